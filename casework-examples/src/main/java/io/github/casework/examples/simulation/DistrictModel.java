package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.math.Quantiles;
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
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationEvent;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.escalation.Outcome;
import io.github.casework.escalation.Route;
import io.github.casework.escalation.Target;
import io.github.casework.examples.simulation.queue.EventCalendar;
import io.github.casework.examples.simulation.queue.ServiceQueue;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.IdSource;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.norm.ServiceNorms;
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
import io.github.casework.referral.ReferralStatus;
import io.github.casework.referral.Refusal;
import io.github.casework.signal.Addressee;
import io.github.casework.signal.Area;
import io.github.casework.signal.Incident;
import io.github.casework.signal.IncidentShape;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.Response;
import io.github.casework.signal.ResponseKind;
import io.github.casework.signal.Signal;
import io.github.casework.signal.SignalCommand;
import io.github.casework.signal.SignalDetector;
import io.github.casework.signal.SignalEvent;
import io.github.casework.signal.SignalProposal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
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
 */
final class DistrictModel {
  private static final double DAY_MILLIS = 86_400_000d;
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();
  private static final int MAX_DISTINCT_DOMAIN_DRAWS = 20;
  private static final ResponseKind[] RESPONSE_KINDS = ResponseKind.values();
  // Need ids are unique within a case only; sharing them across cases keeps their hash codes computed once.
  private static final ImmutableList<NeedId> NEED_IDS = needIds();

  private final SimulationConfig config;
  private final Policy policy;
  private final int weeks;
  private final EventCalendar calendar = new EventCalendar();
  private final Instant start;
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
  private final ContinuousSampler answerDelay;
  private final EnumMap<LadderLevel, Double> escalationSuccess;
  private final Mandates mandates;
  private final ImmutableList<Professional> socialWorkers;
  private final ProfessionalId teamLead;
  private final ProfessionalId manager;
  private final SignalDetector detector;
  private final Duration grace;
  private final double followUpDays;

  private final List<Incident> incidents = new ArrayList<>();
  private final Set<ClientId> crackedClients = new HashSet<>();

  // Ids (c1, k1, r1, e1, s1, … in the order they are made) and counters.
  private final IdSource clientIds = IdSource.sequential("c");
  private final IdSource caseIds = IdSource.sequential("k");
  private final IdSource referralIds = IdSource.sequential("r");
  private final IdSource escalationIds = IdSource.sequential("e");
  private final IdSource signalIds = IdSource.sequential("s");
  private int nextWorker;
  private long domainEvents;
  private final long[] counts = new long[Metrics.NAMES.size()];
  private final ImmutableMap<String, Integer> metricIndex;
  private final Map<TimeLimit, Map<Long, Instant>> dueCache = new HashMap<>();
  private double[] resolutionDays = new double[1024];
  private int resolved;
  private final long[][] weekly;
  private final ImmutableList<String> weeklyColumns;
  private final ImmutableMap<String, Integer> weeklyIndex;

  DistrictModel(SimulationConfig config, Policy policy, JumpableUniformRandomProvider replicationStream, int weeks) {
    this.config = config;
    this.policy = policy;
    this.weeks = weeks;
    this.start = config.startDate().atStartOfDay(ZONE).toInstant();
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
    this.answerDelay = config.signals().answerDelayDays().sampler(durations);
    this.escalationSuccess = config.escalation().successByLevel();

    AgencyId intakeId = intake.id;
    ImmutableList.Builder<Professional> workers = ImmutableList.builder();
    for (int k = 1; k <= config.socialWorkers(); k++) {
      workers.add(new Professional(ProfessionalId.of(intakeId.value() + "-sw-" + k), intakeId, Role.SOCIAL_WORKER));
    }
    this.socialWorkers = workers.build();
    this.teamLead = ProfessionalId.of(intakeId.value() + "-team-lead");
    this.manager = ProfessionalId.of(intakeId.value() + "-manager");
    this.mandates = Mandates.of(List.of(Mandate.of(intakeId, Role.SOCIAL_WORKER, config.escalation().mandate())));
    this.detector = SignalDetector.of(config.signals().detectorThreshold(), ZONE);
    this.grace = Duration.ofDays(config.cracksGraceDays());
    this.followUpDays = days(NORMS.deadline(NORMS.referralFollowUp()).dueFrom(start));

    ImmutableMap.Builder<String, Integer> metrics = ImmutableMap.builder();
    for (int i = 0; i < Metrics.NAMES.size(); i++) {
      metrics.put(Metrics.NAMES.get(i), i);
    }
    this.metricIndex = metrics.build();
    ImmutableList.Builder<String> cols = ImmutableList.<String>builder().add("arrivals", Metrics.NEEDS,
        Metrics.NEEDS_MET, Metrics.DROP_OUTS, Metrics.RETURNING_CLIENTS, Metrics.NEEDS_BETWEEN_CRACKS,
        Metrics.CLIENTS_BETWEEN_CRACKS, Metrics.REFERRALS, Metrics.REFUSALS, Metrics.ESCALATIONS,
        Metrics.SIGNALS_RAISED, "waiting_total");
    for (String id : agencyById.keySet()) {
      cols.add("waiting_" + id.replace('-', '_'));
    }
    this.weeklyColumns = cols.build();
    ImmutableMap.Builder<String, Integer> index = ImmutableMap.builder();
    for (int i = 0; i < weeklyColumns.size(); i++) {
      index.put(weeklyColumns.get(i), i);
    }
    this.weeklyIndex = index.build();
    this.weekly = new long[weeks][weeklyColumns.size()];
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
    Quarter q = Quarter.containing(config.startDate()).next();
    for (double t = days(q.start(ZONE)); t < end; q = q.next(), t = days(q.start(ZONE))) {
      Quarter previous = q.previous();
      calendar.schedule(t, () -> signalRound(previous));
    }
    calendar.runUntil(end);
    snapshot(weeks - 1);
    progress.accept(1.0);
    return result(replication);
  }

  private RunResult result(int replication) {
    double[] r = Arrays.copyOf(resolutionDays, resolved);
    long needs = counts[metricIndex.get(Metrics.NEEDS)];
    Map<String, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      m.put(Metrics.NAMES.get(i), (double) counts[i]);
    }
    m.put(Metrics.NEEDS_MET_FRACTION, needs == 0 ? 0 : counts[metricIndex.get(Metrics.NEEDS_MET)] / (double) needs);
    m.put(Metrics.RESOLUTION_MEAN_DAYS, r.length == 0 ? 0 : Arrays.stream(r).sum() / r.length);
    m.put(Metrics.RESOLUTION_MEDIAN_DAYS, r.length == 0 ? 0 : Quantiles.median().computeInPlace(r));
    m.put(Metrics.RESOLUTION_P95_DAYS, r.length == 0 ? 0 : Quantiles.percentiles().index(95).computeInPlace(r));
    m.put(Metrics.SIMULATION_EVENTS, (double) calendar.processed());
    m.put(Metrics.DOMAIN_EVENTS, (double) domainEvents);
    return new RunResult(policy, replication, ImmutableMap.copyOf(m), new WeeklySeries(weeklyColumns, weekly));
  }

  private void snapshot(int week) {
    long total = 0;
    int c = weeklyColumns.indexOf("waiting_total");
    int k = c + 1;
    for (AgencyState a : agencyById.values()) {
      weekly[week][k++] = a.queue.waiting();
      total += a.queue.waiting();
    }
    weekly[week][c] = total;
  }

  private void count(String metric) {
    counts[metricIndex.get(metric)]++;
    Integer c = weeklyIndex.get(metric);
    if (c != null) {
      weekly[week()][c]++;
    }
  }

  private int week() {
    return Math.min((int) (calendar.now() / 7), weeks - 1);
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
    weekly[week()][0]++;
    openCase(clientIds.nextClientId(), area.area, domains, urgencies, false);
    calendar.schedule(calendar.now() + area.interArrival.sample(), () -> arrive(area));
  }

  private void openCase(ClientId clientId, Area area, List<LifeDomain> domains, List<Urgency> urgencies,
      boolean returning) {
    count(Metrics.CLIENTS);
    if (returning) {
      count(Metrics.RETURNING_CLIENTS);
    }
    Professional worker = socialWorkers.get(nextWorker++ % socialWorkers.size());
    Instant at = now();
    Decision<Case, CaseEvent> opened = Case.open(caseIds.nextCaseId(), clientId, intake.id, worker.id(), at);
    ClientState c = new ClientState(clientId, area, worker, opened.state());
    domainEvents += opened.events().size();
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
    domainEvents += drafted.referralDecision().events().size()
        + drafted.caseDecision().map(d -> d.events().size()).orElse(0);
    c.referrals.put(n.referral.id(), n.referral);
    step(c, n, new ReferralCommand.RecordBasis(DataSharingBasis.Consent.of(ConsentGiver.CLIENT, c.worker.id(), at,
        List.of(a.id), List.of(n.domain)), at));
    TimeLimit response = n.domain == LifeDomain.FINANCES && n.urgency.compareTo(Urgency.URGENT) >= 0
        ? NORMS.urgentDebtThreatResponse() : NORMS.referralResponse();
    // Sent now, so the norms' due instants (cached per local day) are the deadlines.
    step(c, n, new ReferralCommand.Send(Deadline.at(due(response, at)), Deadline.at(due(NORMS.referralFollowUp(), at)),
        at));
    step(c, n, new ReferralCommand.Receive(at));
    if (policy == Policy.CLOSED_LOOP) {
      ReferralId id = n.referral.id();
      calendar.schedule(Math.max(calendar.now(), days(n.referral.followUpDue().orElseThrow())),
          () -> followUp(c, n, id));
    }
    answer(c, n, a);
  }

  /** The receiving agency's answer, given when the referral arrives. */
  private void answer(ClientState c, NeedState n, AgencyState a) {
    Instant at = now();
    if (!n.eligibilityWaived && decisions.nextDouble() < a.config.notEligibleProbability()) {
      refuse(c, n, a, new Refusal.NotEligible("does not meet the criteria of " + a.config.id()), at);
      return;
    }
    if (!n.preconditionWaived) {
      for (PreconditionConfig p : a.config.preconditions()) {
        LifeDomain first = LifeDomain.ofCode(p.domain());
        if (c.hasOpenNeedIn(first) && decisions.nextDouble() < p.probability()) {
          refuse(c, n, a, Refusal.PreconditionUnmet.solvedBy(first, AgencyId.of(p.solvedBy())), at);
          return;
        }
      }
    }
    enqueue(n, a);
  }

  private void refuse(ClientState c, NeedState n, AgencyState a, Refusal refusal, Instant at) {
    step(c, n, new ReferralCommand.Refuse(refusal, at));
    count(Metrics.REFUSALS);
    incidents.add(Incident.refusal(n.referral.id(), c.caseFile.id(),
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
    }

    ProfessionalId counsellor() {
      return ProfessionalId.of(config.id() + "-counsellor-" + (nextCounsellor++ % Math.max(1, config.counsellors())
          + 1));
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
        addResolution(now - n.registeredAt);
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
    openCase(c.id, c.area, List.of(config.dropOut().returningDomain(n.domain)), List.of(Urgency.URGENT), true);
  }

  /** A referral ended without meeting the need: check the need for the cracks after the grace period. */
  private void endedUnmet(ClientState c, NeedState n) {
    calendar.schedule(calendar.now() + grace.toMillis() / DAY_MILLIS, () -> crackCheck(c, n));
  }

  private void crackCheck(ClientState c, NeedState n) {
    if (n.cracked || !Cracks.fellBetween(c.caseFile, n.id, id -> Optional.ofNullable(c.referrals.get(id)), now(),
        grace)) {
      return;
    }
    n.cracked = true;
    count(Metrics.NEEDS_BETWEEN_CRACKS);
    if (crackedClients.add(c.id)) {
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
    if (k.status() == CaseStatus.CLOSED || !k.openNeeds().isEmpty()) {
      return;
    }
    ClosureReason reason = ClosureReason.CLIENT_WITHDREW;
    for (Need need : k.needs()) {
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

  private final class EscalationRun {
    final ClientState client;
    final AgencyState target;
    final Outcome grant;
    final Runnable granted;
    final Runnable refused;
    final NeedState need;
    Escalation escalation;

    EscalationRun(ClientState client, NeedState need, AgencyState target, Outcome grant, Runnable granted,
        Runnable refused, Escalation escalation) {
      this.client = client;
      this.need = need;
      this.target = target;
      this.grant = grant;
      this.granted = granted;
      this.refused = refused;
      this.escalation = escalation;
    }

    void step(EscalationCommand command) {
      Decision<Escalation, EscalationEvent> d = escalation.decide(command);
      escalation = d.state();
      domainEvents += d.events().size();
    }
  }

  private void escalate(ClientState c, NeedState n, EscalationReason reason, AgencyState target,
      Optional<ReferralId> blocking, Outcome grant, Runnable granted, Runnable refused) {
    Instant at = now();
    EscalationSubject subject = new EscalationSubject(c.caseFile.id(), n.id, n.domain, blocking);
    Decision<Escalation, EscalationEvent> raised = Escalation.raise(escalationIds.nextEscalationId(), subject,
        reason, new Target(target.id, target.kind), c.worker, mandates.mandateOf(c.worker), Route.DIRECT, at);
    domainEvents += raised.events().size();
    count(Metrics.ESCALATIONS);
    incidents.add(Incident.of(raised.state(), c.area));
    n.escalating = true;
    EscalationRun run = new EscalationRun(c, n, target, grant, granted, refused, raised.state());
    climb(run, LadderLevel.FRONTLINE_OFFICIAL);
  }

  private void climb(EscalationRun run, LadderLevel level) {
    Instant at = now();
    if (!run.escalation.mandate().allowsDirect(level) && !run.escalation.isManagerInformed()) {
      run.step(new EscalationCommand.InformManager(at));
    }
    run.step(new EscalationCommand.Climb(level, run.target.officials.get(level), at));
    calendar.schedule(Math.max(calendar.now(), days(due(NORMS.escalationStepResponse(), at))),
        () -> answerEscalation(run, level));
  }

  private void answerEscalation(EscalationRun run, LadderLevel level) {
    boolean success = decisions.nextDouble() < escalationSuccess.get(level);
    if (!success && level != LadderLevel.MUNICIPALITY) {
      climb(run, level.next().orElseThrow());
      return;
    }
    Outcome outcome = success ? run.grant : Outcome.REFUSED;
    run.step(new EscalationCommand.Resolve(outcome, now()));
    count(Metrics.reached(level));
    count(Metrics.outcome(outcome));
    run.need.escalating = false;
    (success ? run.granted : run.refused).run();
  }

  // ----------------------------------------------------------------------------------------- signals

  private void signalRound(Quarter quarter) {
    Instant at = now();
    ImmutableList<SignalProposal> proposals = detector.detect(incidents, quarter);
    // Keep only what the next round needs: this quarter's incidents, its "previous quarter".
    Instant keepFrom = quarter.start(ZONE);
    incidents.removeIf(i -> i.at().isBefore(keepFrom));
    for (SignalProposal p : proposals) {
      IncidentShape shape = p.shape();
      String group = "clients with a " + shape.domain().code() + " need, "
          + shape.reason().map(EscalationReason::code).orElseGet(() -> shape.refusalReason().orElseThrow())
          + " at the " + shape.targetKind().code() + " agency";
      Decision<Signal, SignalEvent> raised = p.raise(signalIds.nextSignalId(), List.of(teamLead),
          Addressee.of(intake.id, Role.MANAGER), group, at);
      domainEvents += raised.events().size();
      count(Metrics.SIGNALS_RAISED);
      if (decisions.nextDouble() < config.signals().answerProbability()) {
        Signal signal = raised.state();
        calendar.schedule(calendar.now() + answerDelay.sample(), () -> answerSignal(signal));
      }
    }
  }

  private void answerSignal(Signal raised) {
    Instant at = now();
    ResponseKind kind = RESPONSE_KINDS[decisions.nextInt(RESPONSE_KINDS.length)];
    Response response = kind == ResponseKind.NO_ACTION
        ? Response.noAction("the pattern is known and covered by an existing plan") : Response.of(kind);
    Signal s = raised;
    for (SignalCommand command : List.of(new SignalCommand.Acknowledge(manager, at),
        new SignalCommand.Respond(response, manager, at), SignalCommand.GiveFeedback.of(s.raisers(), at),
        new SignalCommand.Close(at))) {
      Decision<Signal, SignalEvent> d = s.decide(command);
      s = d.state();
      domainEvents += d.events().size();
    }
    count(Metrics.SIGNALS_ANSWERED);
    if (at.isAfter(s.responseDue())) {
      count(Metrics.SIGNALS_ANSWERED_LATE);
    }
  }

  // --------------------------------------------------------------------------------------- plumbing

  private void step(ClientState c, NeedState n, ReferralCommand command) {
    ReferralLoop.LoopDecision s = new ReferralLoop(c.caseFile, java.util.Objects.requireNonNull(n.referral, "referral"))
        .decide(command);
    c.caseFile = s.loop().caseFile();
    n.referral = s.loop().referral();
    c.referrals.put(n.referral.id(), n.referral);
    domainEvents += s.referralDecision().events().size() + s.caseDecision().map(d -> d.events().size()).orElse(0);
  }

  private void caseStep(ClientState c, CaseCommand command) {
    Decision<Case, CaseEvent> d = c.caseFile.decide(command);
    c.caseFile = d.state();
    domainEvents += d.events().size();
  }

  private void addResolution(double daysToResolve) {
    if (resolved == resolutionDays.length) {
      resolutionDays = Arrays.copyOf(resolutionDays, resolved * 2);
    }
    resolutionDays[resolved++] = daysToResolve;
  }

  private static String key(NetworkFinding.PreconditionDeadlock d) {
    return d.cycle().stream().map(b -> b.referral().value()).sorted().reduce((x, y) -> x + "," + y).orElse("");
  }

  /**
   * A service norm's due instant, cached by local day for norms counted in whole days (the calendar walk of
   * working days is the costly part); the same as {@link ServiceNorms#deadline}'s {@code dueFrom}.
   */
  private Instant due(TimeLimit limit, Instant from) {
    if (!(limit instanceof TimeLimit.WorkingDays)) {
      return NORMS.deadline(limit).dueFrom(from);
    }
    long localDay = Math.floorDiv(from.getEpochSecond() + ZONE.getRules().getOffset(from).getTotalSeconds(), 86_400);
    return dueCache.computeIfAbsent(limit, l -> new HashMap<>()).computeIfAbsent(localDay,
        d -> NORMS.deadline(limit).dueFrom(from));
  }

  private static ImmutableList<NeedId> needIds() {
    ImmutableList.Builder<NeedId> b = ImmutableList.builder();
    for (int i = 1; i <= LifeDomain.values().length; i++) {
      b.add(NeedId.of("n" + i));
    }
    return b.build();
  }

  private Instant now() {
    return instant(calendar.now());
  }

  private Instant instant(double days) {
    return start.plusMillis((long) Math.floor(days * DAY_MILLIS));
  }

  private double days(Instant instant) {
    return Duration.between(start, instant).toMillis() / DAY_MILLIS;
  }

  private static final class AreaState {
    final Area area;
    final ContinuousSampler interArrival;

    AreaState(Area area, ContinuousSampler interArrival) {
      this.area = area;
      this.interArrival = interArrival;
    }
  }

  /** One client's episode at the intake agency: the case and the latest state of each of its referrals. */
  private static final class ClientState {
    final ClientId id;
    final Area area;
    final Professional worker;
    final List<NeedState> needs = new ArrayList<>(2);
    final Map<ReferralId, Referral> referrals = new LinkedHashMap<>(4);
    final Set<String> deadlocksFormed = new HashSet<>(0);
    final Set<String> deadlocksDetected = new HashSet<>(0);
    final Set<String> deadlocksResolved = new HashSet<>(0);
    Case caseFile;

    ClientState(ClientId id, Area area, Professional worker, Case caseFile) {
      this.id = id;
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
