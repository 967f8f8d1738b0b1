package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import io.github.casework.Deadline;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Need;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Target;
import io.github.casework.examples.simulation.queue.EventCalendar;
import io.github.casework.examples.simulation.queue.ServiceQueue;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.IdSource;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.TimeLimit;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.FailureReason;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.referral.ReferralOutcome;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Signal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.jspecify.annotations.Nullable;

/**
 * One run of the district: one policy, one replication, on one thread. Every client, need, referral, escalation
 * and signal is a real aggregate of the library, changed only through its public commands ({@link Case#decide},
 * {@link ReferralLoop#decide}, {@link Escalation#decide}, {@link Signal#decide}); the model only decides which
 * command to give when. A rule the library enforces is therefore a rule of the simulated district: a referrer can
 * never close a case while a referral of it is open, a step above the mandate needs the own manager informed, a
 * signal closes only after feedback.
 *
 * <p>Random draws come from three sub-streams of the replication's stream ({@link RandomStreams#split}): arrivals
 * (arrival times and what clients ask for), decisions (refusals, outcomes, follow-ups, escalations, returns,
 * signals) and durations (service, patience, delays). The arrival sub-stream is consumed identically under both
 * policies, so a paired comparison sees the same clients.
 *
 * <p>This class holds the district — its clients, needs and agencies' queues — and the referrer's policy; the
 * run's time and service norms are in {@link SimClock}, what it counts in {@link RunMetrics}, escalations in
 * {@link EscalationLadder} and the quarterly signal round in {@link SignalRound}. Ids come from the library's
 * deterministic {@link IdSource#sequential} sources (c1, k1, r1, …), short and readable in a debugger.
 */
final class DistrictModel {
  private static final int MAX_DISTINCT_DOMAIN_DRAWS = 20;
  // Need ids are unique within a case only; sharing them across cases keeps their hash codes computed once.
  private static final ImmutableList<NeedId> NEED_IDS = needIds();

  private final SimulationConfig config;
  private final Policy policy;
  private final int weeks;
  private final EventCalendar calendar = new EventCalendar();
  private final SimClock clock;
  private final RunMetrics metrics;
  private final SignalRound signals;
  private final EscalationLadder ladder;
  private final UniformRandomProvider decisions;
  private final UniformRandomProvider durations;

  private final Map<LifeDomain, AgencyState> agencyByDomain = new EnumMap<>(LifeDomain.class);
  private final Map<String, AgencyState> agencyById = new LinkedHashMap<>();
  private final AgencyState intake;
  private final List<AreaState> areas = new ArrayList<>();
  private final DiscreteSampler extraNeeds;
  private final DiscreteSampler domainSampler;
  private final LifeDomain[] domainValues;
  private final DiscreteSampler urgencySampler;
  private final Urgency[] urgencyValues;
  private final ContinuousSampler returnDelay;
  private final ImmutableList<Professional> socialWorkers;
  private final Duration grace;
  private final double followUpDays;

  // Ids (c1, k1, r1, … in the order they are made): the library's deterministic sequential sources.
  private final IdSource clientIds = IdSource.sequential("c");
  private final IdSource caseIds = IdSource.sequential("k");
  private final IdSource referralIds = IdSource.sequential("r");
  private int nextWorker;

  DistrictModel(SimulationConfig config, Policy policy, JumpableUniformRandomProvider replicationStream, int weeks) {
    this.config = config;
    this.policy = policy;
    this.weeks = weeks;
    this.clock = new SimClock(calendar, config.startDate().atStartOfDay(SimClock.ZONE).toInstant());
    UniformRandomProvider[] streams = RandomStreams.split(replicationStream, 3);
    UniformRandomProvider arrivals = streams[0];
    this.decisions = streams[1];
    this.durations = streams[2];

    AgencyState intakeState = null;
    for (AgencyConfig a : config.agencies()) {
      AgencyState s = new AgencyState(a);
      agencyById.put(a.id(), s);
      for (LifeDomain d : a.servedDomains()) {
        agencyByDomain.put(d, s);
      }
      if (a.id().equals(config.intakeAgency())) {
        intakeState = s;
      }
    }
    this.intake = java.util.Objects.requireNonNull(intakeState, "bug: intake agency");
    for (AreaConfig a : config.areas()) {
      areas.add(new AreaState(Area.of(a.code()), ZigguratSampler.Exponential.of(arrivals, 365.2425 / a.clientsPerYear())));
    }
    NeedsConfig needs = config.needs();
    this.extraNeeds = needs.extraNeedsMean() > 0 ? PoissonSampler.of(arrivals, needs.extraNeedsMean()) : () -> 0;
    EnumMap<LifeDomain, Double> dw = needs.domainWeights();
    this.domainValues = dw.keySet().toArray(new LifeDomain[0]);
    this.domainSampler = AliasMethodDiscreteSampler.of(arrivals, dw.values().stream().mapToDouble(x -> x).toArray());
    EnumMap<Urgency, Double> uw = needs.urgencyWeights();
    this.urgencyValues = uw.keySet().toArray(new Urgency[0]);
    this.urgencySampler = AliasMethodDiscreteSampler.of(arrivals, uw.values().stream().mapToDouble(x -> x).toArray());
    this.returnDelay = config.dropOut().returnDelayDays().sampler(durations);
    this.metrics = new RunMetrics(weeks, agencyById.keySet());

    AgencyId intakeId = intake.id;
    ImmutableList.Builder<Professional> workers = ImmutableList.builder();
    for (int k = 1; k <= config.socialWorkers(); k++) {
      workers.add(new Professional(ProfessionalId.of(intakeId.value() + "-sw-" + k), intakeId, Role.SOCIAL_WORKER));
    }
    this.socialWorkers = workers.build();
    this.signals = new SignalRound(clock, metrics, decisions, config.signals().answerDelayDays().sampler(durations),
        config.signals(), intakeId);
    this.ladder = new EscalationLadder(clock, metrics, signals, decisions, config.escalation(),
        Mandates.of(List.of(Mandate.of(intakeId, Role.SOCIAL_WORKER, config.escalation().mandate()))));
    this.grace = Duration.ofDays(config.cracksGraceDays());
    this.followUpDays = clock.days(SimClock.NORMS.deadline(SimClock.NORMS.referralFollowUp())
        .dueFrom(clock.instant(0)));

  }

  // ---------------------------------------------------------------------------------------------- the run

  RunResult run(int replication, DoubleConsumer progress) {
    for (AreaState area : areas) {
      calendar.schedule(area.interArrival.sample(), () -> arrive(area));
    }
    double end = weeks * 7.0;
    for (int w = 1; w < weeks; w++) {
      int week = w - 1;
      calendar.schedule(w * 7.0, () -> {
        snapshot(week);
        progress.accept((week + 1) / (double) weeks);
      });
    }
    signals.scheduleUntil(config.startDate(), end);
    calendar.runUntil(end);
    snapshot(weeks - 1);
    progress.accept(1.0);
    return metrics.result(policy, replication, calendar.processed());
  }

  private void snapshot(int week) {
    int[] waiting = new int[agencyById.size()];
    int k = 0;
    for (AgencyState a : agencyById.values()) {
      waiting[k++] = a.queue.waiting();
    }
    metrics.snapshot(week, waiting);
  }

  private void count(String metric) {
    metrics.count(metric, calendar.now());
  }

  // ----------------------------------------------------------------------------------------- arrivals

  private void arrive(AreaState area) {
    int extra = Math.min(extraNeeds.sample(), domainValues.length - 1);
    List<LifeDomain> domains = new ArrayList<>(1 + extra);
    List<Urgency> urgencies = new ArrayList<>(1 + extra);
    for (int draws = 0; domains.size() < 1 + extra && draws < MAX_DISTINCT_DOMAIN_DRAWS; draws++) {
      LifeDomain d = domainValues[domainSampler.sample()];
      Urgency u = urgencyValues[urgencySampler.sample()];
      if (!domains.contains(d)) {
        domains.add(d);
        urgencies.add(u);
      }
    }
    metrics.arrival(calendar.now());
    openCase(new Client(clientIds.nextClientId()), area.area, domains, urgencies, false);
    calendar.schedule(calendar.now() + area.interArrival.sample(), () -> arrive(area));
  }

  private void openCase(Client client, Area area, List<LifeDomain> domains, List<Urgency> urgencies,
      boolean returning) {
    count(Metrics.CLIENTS);
    if (returning) {
      count(Metrics.RETURNING_CLIENTS);
    }
    Professional worker = socialWorkers.get(nextWorker++ % socialWorkers.size());
    Instant at = now();
    Decision<Case, CaseEvent> opened = Case.open(caseIds.nextCaseId(), client.id, intake.id, worker.id(), at);
    ClientState c = new ClientState(client, area, worker, opened.state());
    metrics.domainEvents(opened.events().size());
    for (int i = 0; i < domains.size(); i++) {
      NeedState n = new NeedState(c, NEED_IDS.get(i), domains.get(i), urgencies.get(i), calendar.now());
      c.needs.add(n);
      caseStep(c, new CaseCommand.RegisterNeed(n.id, n.domain, n.urgency, worker.id(), at));
      count(Metrics.NEEDS);
    }
    caseStep(c, new CaseCommand.Activate(at));
    for (NeedState n : c.needs) {
      route(c, n);
    }
  }

  /** Sends a need where it can be helped: the intake agency's own counsellors, a referral, or nowhere (a gap). */
  private void route(ClientState c, NeedState n) {
    AgencyState a = agencyByDomain.get(n.domain);
    if (a == null) {
      count(Metrics.REGULATORY_GAPS);
      dispose(c, n, new Disposition.Unmet(UnmetReason.NO_SERVICE_AVAILABLE,
          "no agency in the district offers a service for this life domain", now()));
      return;
    }
    if (a == intake) {
      n.agency = a;
      enqueue(n, a);
      return;
    }
    refer(c, n, a);
  }

  // ---------------------------------------------------------------------------------------- referrals

  private void refer(ClientState c, NeedState n, AgencyState a) {
    Instant at = now();
    n.agency = a;
    n.referrals++;
    count(Metrics.REFERRALS);
    ReferralLoop.LoopDecision drafted = ReferralLoop.draft(c.caseFile, n.id, referralIds.nextReferralId(),
        c.worker.id(), a.id, a.config.id(), at);
    c.caseFile = drafted.loop().caseFile();
    n.referral = drafted.loop().referral();
    metrics.domainEvents(drafted.referralDecision().events().size()
        + drafted.caseDecision().map(d -> d.events().size()).orElse(0));
    c.referrals.put(n.referral.id(), n.referral);
    step(c, n, new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT, c.worker.id(), at,
        List.of(a.id), List.of(n.domain)), at));
    TimeLimit response = n.domain == LifeDomain.FINANCES && n.urgency.compareTo(Urgency.URGENT) >= 0
        ? SimClock.NORMS.urgentDebtThreatResponse() : SimClock.NORMS.referralResponse();
    // Sent now, so the norms' due instants (computed once per local day) are the deadlines.
    step(c, n, new ReferralCommand.Send(Deadline.at(clock.due(response, at)),
        Deadline.at(clock.due(SimClock.NORMS.referralFollowUp(), at)), at));
    step(c, n, new ReferralCommand.Receive(at));
    if (policy == Policy.CLOSED_LOOP) {
      ReferralId id = n.referral.id();
      clock.at(n.referral.followUpDue().orElseThrow(), () -> followUp(c, n, id));
    }
    answer(c, n, a);
  }

  /** The receiving agency's answer, given when the referral arrives. */
  private void answer(ClientState c, NeedState n, AgencyState a) {
    Instant at = now();
    if (!n.eligibilityWaived && decisions.nextDouble() < a.config.notEligibleProbability()) {
      refuse(c, n, a, a.notEligible, at);
      return;
    }
    if (!n.preconditionWaived) {
      for (int i = 0; i < a.preconditionDomains.length; i++) {
        if (c.hasOpenNeedIn(a.preconditionDomains[i]) && decisions.nextDouble() < a.preconditionProbabilities[i]) {
          refuse(c, n, a, a.preconditionRefusals[i], at);
          return;
        }
      }
    }
    enqueue(n, a);
  }

  private void refuse(ClientState c, NeedState n, AgencyState a, Refusal refusal, Instant at) {
    step(c, n, new ReferralCommand.Refuse(refusal, at));
    count(Metrics.REFUSALS);
    signals.add(Incident.refusal(n.referral.id(), c.caseFile.id(),
        IncidentShape.refusal(refusal.type(), n.domain, a.kind, c.area), at));
    if (refusal instanceof Refusal.PreconditionUnmet) {
      for (NetworkFinding.PreconditionDeadlock d : ReferralNetwork.of(c.referrals.values()).deadlocks()) {
        if (c.deadlocksFormed.add(key(d))) {
          count(Metrics.DEADLOCKS_FORMED);
        }
      }
    }
    endedUnmet(c, n);
  }

  private void enqueue(NeedState n, AgencyState a) {
    boolean priority = n.priority || n.urgency.compareTo(Urgency.URGENT) >= 0;
    n.ticket = a.queue.arrive(n, a.service.sample(), a.patience.sample(), priority);
  }

  /** Listens to one agency's queue and drives the referral (or, at the intake agency, the case) accordingly. */
  private final class AgencyState implements ServiceQueue.Listener<NeedState> {
    final AgencyConfig config;
    final AgencyId id;
    final AgencyKind kind;
    final ServiceQueue<NeedState> queue;
    final ContinuousSampler service;
    final ContinuousSampler patience;
    final EnumMap<LadderLevel, ProfessionalId> officials = new EnumMap<>(LadderLevel.class);
    // Made once per agency rather than per referral: ids and refusals are immutable values, and making an id
    // checks and interns its text each time.
    final ProfessionalId[] counsellors;
    final Refusal.NotEligible notEligible;
    final LifeDomain[] preconditionDomains;
    final double[] preconditionProbabilities;
    final Refusal.PreconditionUnmet[] preconditionRefusals;
    int nextCounsellor;

    AgencyState(AgencyConfig config) {
      this.config = config;
      this.id = AgencyId.of(config.id());
      this.kind = ConfigChecks.kind(config.kind(), "AgencyConfig.kind");
      this.queue = new ServiceQueue<>(config.id(), config.counsellors(), calendar, this);
      this.service = config.serviceDays().sampler(durations);
      this.patience = config.attendance().sampler(durations, config.patienceDays());
      for (LadderLevel l : LadderLevel.values()) {
        officials.put(l, ProfessionalId.of(config.id() + "-" + l.code()));
      }
      this.counsellors = new ProfessionalId[Math.max(1, config.counsellors())];
      for (int k = 0; k < counsellors.length; k++) {
        counsellors[k] = ProfessionalId.of(config.id() + "-counsellor-" + (k + 1));
      }
      this.notEligible = new Refusal.NotEligible("does not meet the criteria of " + config.id());
      List<PreconditionConfig> preconditions = config.preconditions();
      this.preconditionDomains = new LifeDomain[preconditions.size()];
      this.preconditionProbabilities = new double[preconditions.size()];
      this.preconditionRefusals = new Refusal.PreconditionUnmet[preconditions.size()];
      for (int i = 0; i < preconditions.size(); i++) {
        PreconditionConfig p = preconditions.get(i);
        preconditionDomains[i] = LifeDomain.ofCode(p.domain());
        preconditionProbabilities[i] = p.probability();
        preconditionRefusals[i] = Refusal.PreconditionUnmet.solvedBy(preconditionDomains[i],
            AgencyId.of(p.solvedBy()));
      }
    }

    ProfessionalId counsellor() {
      return counsellors[nextCounsellor++ % counsellors.length];
    }

    @Override
    public void waitlisted(NeedState n, double now) {
      if (n.referral != null) {
        double expectedWait = (queue.waiting() / (double) Math.max(1, queue.servers())) * config.serviceDays().mean();
        step(n.client, n, new ReferralCommand.Waitlist(instant(now + Math.min(expectedWait, 3650)), instant(now)));
      }
    }

    @Override
    public void started(NeedState n, double waited, double now) {
      if (n.referral == null) {
        return;
      }
      Instant at = instant(now);
      step(n.client, n, new ReferralCommand.Accept(at));
      step(n.client, n, new ReferralCommand.Start(at));
      if (policy == Policy.CLOSED_LOOP && decisions.nextDouble() < DistrictModel.this.config.closedLoop()
          .warmHandoverProbability()) {
        step(n.client, n, new ReferralCommand.AcceptAccountability(counsellor(), at));
        n.handedOver = true;
        maybeClose(n.client);
      }
    }

    @Override
    public void completed(NeedState n, double now) {
      ClientState c = n.client;
      Instant at = instant(now);
      boolean met = decisions.nextDouble() < config.needMetProbability();
      if (met) {
        n.met = true;
        count(Metrics.NEEDS_MET);
        metrics.resolved(now - n.registeredAt);
      }
      if (n.referral == null) {
        dispose(c, n, met ? new Disposition.Met(at)
            : new Disposition.Unmet(UnmetReason.OTHER, "the service was delivered but did not meet the need", at));
        return;
      }
      step(c, n, new ReferralCommand.Complete(met ? ReferralOutcome.NEED_MET : ReferralOutcome.NOT_MET, at));
      if (!met) {
        if (n.handedOver) {
          // The receiving professional accepted accountability and records the result.
          count(Metrics.NEEDS_UNMET_RECORDED);
        } else {
          endedUnmet(c, n);
        }
      }
    }

    @Override
    public void abandoned(NeedState n, double waited, double now) {
      ClientState c = n.client;
      count(Metrics.DROP_OUTS);
      if (n.referral == null) {
        dispose(c, n, new Disposition.WithdrawnByClient(instant(now)));
      } else {
        step(c, n, new ReferralCommand.Fail(FailureReason.CLIENT_DROPPED_OUT, instant(now)));
        endedUnmet(c, n);
      }
      if (decisions.nextDouble() < DistrictModel.this.config.dropOut().returnProbability()) {
        calendar.schedule(now + returnDelay.sample(), () -> comeBack(c, n));
      }
    }
  }

  /** A client who dropped out comes back with a worse problem, unless the need was met or is worked on again. */
  private void comeBack(ClientState c, NeedState n) {
    boolean active = n.escalating || (n.referral != null && !n.referral.status().isTerminal());
    if (n.met || active) {
      return;
    }
    openCase(c.identity, c.area, List.of(config.dropOut().returningDomain(n.domain)), List.of(Urgency.URGENT), true);
  }

  /** A referral ended without meeting the need: check the need for the cracks after the grace period. */
  private void endedUnmet(ClientState c, NeedState n) {
    clock.after(grace.toMillis() / SimClock.DAY_MILLIS, () -> crackCheck(c, n));
  }

  private void crackCheck(ClientState c, NeedState n) {
    if (n.cracked || !Cracks.fellBetween(c.caseFile, n.id, id -> Optional.ofNullable(c.referrals.get(id)), now(),
        grace)) {
      return;
    }
    n.cracked = true;
    count(Metrics.NEEDS_BETWEEN_CRACKS);
    // A returning client opens a new episode with the same client: the client counts once, whichever episode.
    if (!c.identity.cracked) {
      c.identity.cracked = true;
      count(Metrics.CLIENTS_BETWEEN_CRACKS);
    }
  }

  // ------------------------------------------------------------------------------ closed loop: follow-up

  private void followUp(ClientState c, NeedState n, ReferralId expected) {
    Referral r = n.referral;
    if (r == null || !r.id().equals(expected) || !r.isOpen()) {
      return;
    }
    if (decisions.nextDouble() >= config.closedLoop().followUpReliability()) {
      calendar.schedule(calendar.now() + followUpDays, () -> followUp(c, n, expected));
      return;
    }
    Instant at = now();
    ProfessionalId by = c.worker.id();
    switch (r.status()) {
      case COMPLETED -> {
        step(c, n, new ReferralCommand.AcknowledgeOutcome(by, at));
        if (r.outcome().orElseThrow() == ReferralOutcome.NEED_MET) {
          dispose(c, n, new Disposition.Met(at));
        } else {
          dispose(c, n, new Disposition.Unmet(UnmetReason.OTHER,
              "the service was delivered but did not meet the need", at));
        }
      }
      case FAILED -> {
        step(c, n, new ReferralCommand.AcknowledgeOutcome(by, at));
        if (n.referrals < config.closedLoop().maxReferralsPerNeed()
            && decisions.nextDouble() < config.closedLoop().reEngageProbability()) {
          refer(c, n, n.agency);
        } else {
          giveUp(c, n, UnmetReason.CLIENT_UNREACHABLE, "the client dropped out and could not be re-engaged");
        }
      }
      case REFUSED -> {
        step(c, n, new ReferralCommand.AcknowledgeOutcome(by, at));
        followUpRefusal(c, n, r);
      }
      case WAITLISTED, SENT, RECEIVED -> {
        if (n.urgency.compareTo(Urgency.URGENT) >= 0 && !n.priority && !n.escalating) {
          escalate(c, n, EscalationReason.DEADLINE_BREACH, n.agency, Optional.of(r.id()), Outcome.PRIORITY_GRANTED,
              () -> {
                n.priority = true;
                if (n.ticket != null) {
                  n.agency.queue.prioritise(n.ticket);
                }
              }, () -> { });
        }
        calendar.schedule(calendar.now() + followUpDays, () -> followUp(c, n, expected));
      }
      default -> calendar.schedule(calendar.now() + followUpDays, () -> followUp(c, n, expected));
    }
  }

  private void followUpRefusal(ClientState c, NeedState n, Referral r) {
    Refusal refusal = r.refusal().orElseThrow();
    AgencyState a = n.agency;
    if (refusal instanceof Refusal.NotEligible) {
      escalate(c, n, EscalationReason.DISPUTED_REFUSAL, a, Optional.of(r.id()), Outcome.EXCEPTION_GRANTED, () -> {
        n.eligibilityWaived = true;
        referAgainOrGiveUp(c, n);
      }, () -> giveUp(c, n, UnmetReason.NOT_ELIGIBLE, "not eligible; the escalation was refused"));
      return;
    }
    Optional<NetworkFinding.PreconditionDeadlock> deadlock = ReferralNetwork.of(c.referrals.values()).deadlocks()
        .stream().filter(d -> d.cycle().stream().anyMatch(b -> b.referral().equals(r.id()))).findFirst();
    if (deadlock.isPresent()) {
      String key = key(deadlock.get());
      if (c.deadlocksDetected.add(key)) {
        count(Metrics.DEADLOCKS_DETECTED);
      }
      escalate(c, n, EscalationReason.DEADLOCK, a, Optional.of(r.id()), Outcome.EXCEPTION_GRANTED, () -> {
        if (c.deadlocksResolved.add(key)) {
          count(Metrics.DEADLOCKS_RESOLVED);
        }
        n.preconditionWaived = true;
        referAgainOrGiveUp(c, n);
      }, () -> giveUp(c, n, UnmetReason.OTHER, "the agencies' preconditions block each other"));
      return;
    }
    // The precondition is being worked on: try again one follow-up period later.
    calendar.schedule(calendar.now() + followUpDays, () -> referAgainOrGiveUp(c, n));
  }

  private void referAgainOrGiveUp(ClientState c, NeedState n) {
    if (n.referrals < config.closedLoop().maxReferralsPerNeed()) {
      refer(c, n, n.agency);
    } else {
      giveUp(c, n, UnmetReason.OTHER, "referred the most times allowed without result");
    }
  }

  private void giveUp(ClientState c, NeedState n, UnmetReason reason, String explanation) {
    dispose(c, n, new Disposition.Unmet(reason, explanation, now()));
  }

  private void dispose(ClientState c, NeedState n, Disposition disposition) {
    caseStep(c, new CaseCommand.DisposeNeed(n.id, disposition));
    if (disposition instanceof Disposition.Unmet) {
      count(Metrics.NEEDS_UNMET_RECORDED);
    }
    maybeClose(c);
  }

  private void maybeClose(ClientState c) {
    Case k = c.caseFile;
    if (k.status() == CaseStatus.CLOSED) {
      return;
    }
    ImmutableList<Need> needs = k.needs();
    for (Need need : needs) {
      if (need.isOpen()) {
        return;
      }
    }
    ClosureReason reason = ClosureReason.CLIENT_WITHDREW;
    for (Need need : needs) {
      Disposition d = need.disposition().orElseThrow();
      if (d instanceof Disposition.Met) {
        reason = ClosureReason.GOALS_REACHED;
        break;
      } else if (d instanceof Disposition.HandedOver) {
        reason = ClosureReason.TRANSFERRED;
      } else if (d instanceof Disposition.Unmet u && u.reason() == UnmetReason.CLIENT_UNREACHABLE
          && reason == ClosureReason.CLIENT_WITHDREW) {
        reason = ClosureReason.CLIENT_UNREACHABLE;
      }
    }
    caseStep(c, new CaseCommand.Close(reason, now()));
    count(Metrics.CASES_CLOSED);
  }

  // ------------------------------------------------------------------------------------- escalations

  private void escalate(ClientState c, NeedState n, EscalationReason reason, AgencyState target,
      Optional<ReferralId> blocking, Outcome grant, Runnable granted, Runnable refused) {
    n.escalating = true;
    ladder.escalate(new EscalationSubject(c.caseFile.id(), n.id, n.domain, blocking), reason,
        new Target(target.id, target.kind), target.officials, c.worker, c.area, grant, () -> {
          n.escalating = false;
          granted.run();
        }, () -> {
          n.escalating = false;
          refused.run();
        });
  }

  // --------------------------------------------------------------------------------------- plumbing

  private void step(ClientState c, NeedState n, ReferralCommand command) {
    ReferralLoop.LoopDecision s = new ReferralLoop(c.caseFile, java.util.Objects.requireNonNull(n.referral, "referral"))
        .decide(command);
    c.caseFile = s.loop().caseFile();
    n.referral = s.loop().referral();
    c.referrals.put(n.referral.id(), n.referral);
    metrics.domainEvents(s.referralDecision().events().size()
        + s.caseDecision().map(d -> d.events().size()).orElse(0));
  }

  private void caseStep(ClientState c, CaseCommand command) {
    Decision<Case, CaseEvent> d = c.caseFile.decide(command);
    c.caseFile = d.state();
    metrics.domainEvents(d.events().size());
  }

  private static String key(NetworkFinding.PreconditionDeadlock d) {
    return d.cycle().stream().map(b -> b.referral().value()).sorted().reduce((x, y) -> x + "," + y).orElse("");
  }

  private static ImmutableList<NeedId> needIds() {
    ImmutableList.Builder<NeedId> b = ImmutableList.builder();
    for (int i = 1; i <= LifeDomain.values().length; i++) {
      b.add(NeedId.of("n" + i));
    }
    return b.build();
  }

  private Instant now() {
    return clock.now();
  }

  private Instant instant(double days) {
    return clock.instant(days);
  }

  private static final class AreaState {
    final Area area;
    final ContinuousSampler interArrival;

    AreaState(Area area, ContinuousSampler interArrival) {
      this.area = area;
      this.interArrival = interArrival;
    }
  }

  /** A client across episodes (a returning client opens a new case): counted between the cracks at most once. */
  private static final class Client {
    final ClientId id;
    boolean cracked;

    Client(ClientId id) {
      this.id = id;
    }
  }

  /** One client's episode at the intake agency: the case and the latest state of each of its referrals. */
  private static final class ClientState {
    final Client identity;
    final Area area;
    final Professional worker;
    final List<NeedState> needs = new ArrayList<>(2);
    final Map<ReferralId, Referral> referrals = new LinkedHashMap<>(4);
    final Set<String> deadlocksFormed = new HashSet<>(0);
    final Set<String> deadlocksDetected = new HashSet<>(0);
    final Set<String> deadlocksResolved = new HashSet<>(0);
    Case caseFile;

    ClientState(Client identity, Area area, Professional worker, Case caseFile) {
      this.identity = identity;
      this.area = area;
      this.worker = worker;
      this.caseFile = caseFile;
    }

    boolean hasOpenNeedIn(LifeDomain domain) {
      for (NeedState n : needs) {
        if (n.domain == domain && !n.met && caseFile.findNeed(n.id).map(Need::isOpen).orElse(false)) {
          return true;
        }
      }
      return false;
    }
  }

  /** What the model remembers of a need besides its state in the case: where it is and what was waived. */
  private final class NeedState {
    final NeedId id;
    final LifeDomain domain;
    final Urgency urgency;
    final double registeredAt;
    final ClientState client;
    @Nullable AgencyState agency;
    @Nullable Referral referral;
    ServiceQueue.@Nullable Ticket<NeedState> ticket;
    int referrals;
    boolean eligibilityWaived;
    boolean preconditionWaived;
    boolean priority;
    boolean escalating;
    boolean handedOver;
    boolean met;
    boolean cracked;

    NeedState(ClientState client, NeedId id, LifeDomain domain, Urgency urgency, double registeredAt) {
      this.client = client;
      this.id = id;
      this.domain = domain;
      this.urgency = urgency;
      this.registeredAt = registeredAt;
    }
  }
}
