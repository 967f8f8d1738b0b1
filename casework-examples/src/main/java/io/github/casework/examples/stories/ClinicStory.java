package io.github.casework.examples.stories;

import static io.github.casework.examples.stories.Stage.at;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
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
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.NetworkFinding;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.referral.Refusal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The second story of the seed article, told by running the library: a client who drinks is sent from the clinic to
 * social work and back ("van het kastje naar de muur"). Social work refers him to the clinic to detox first; the
 * clinic refuses until his social problems are solved, by social work; social work refuses the clinic's referral
 * until he has detoxed, at the clinic. In the article this went on until he died. Here the referral network names
 * the precondition deadlock after one round, the caseload check suggests whom to escalate to, the social worker
 * escalates via her own manager, the clinic grants an exception, and the deadlock is gone.
 *
 * <p>Deterministic: fixed instants and ids.
 */
public final class ClinicStory {
  static final Agency WELFARE = Agency.of(AgencyId.of("welzijn-west"), "Welzijn West", AgencyKind.WELFARE,
      List.of(AgencyService.of("social-support", "Social support", List.of(LifeDomain.SOCIAL_NETWORK,
          LifeDomain.DOMESTIC_RELATIONS, LifeDomain.FINANCES))));
  static final Agency CLINIC = Agency.of(AgencyId.of("kliniek-noord"), "Kliniek Noord", AgencyKind.CLINIC,
      List.of(AgencyService.of("detox", "Detoxification (afkicken)", List.of(LifeDomain.SUBSTANCE_USE))));

  static final Professional SANNE = new Professional(ProfessionalId.of("sw-sanne"), WELFARE.id(),
      Role.SOCIAL_WORKER);
  static final Professional TEAM_LEAD = new Professional(ProfessionalId.of("tl-welzijn-west"), WELFARE.id(),
      Role.TEAM_LEAD);
  static final Professional CLINIC_INTAKE = new Professional(ProfessionalId.of("kn-intake"), CLINIC.id(),
      Role.SOCIAL_WORKER);
  static final Professional CLINIC_LEAD = new Professional(ProfessionalId.of("kn-team-lead"), CLINIC.id(),
      Role.TEAM_LEAD);

  static final Mandates MANDATES = Mandates.of(List.of(
      Mandate.of(WELFARE.id(), Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL),
      Mandate.of(WELFARE.id(), Role.TEAM_LEAD, LadderLevel.MANAGEMENT)));

  static final ClientId CLIENT = ClientId.of("client-j");
  static final CaseId WELFARE_CASE = CaseId.of("case-j-welzijn");
  static final CaseId CLINIC_CASE = CaseId.of("case-j-kliniek");
  static final NeedId ALCOHOL = NeedId.of("need-alcohol");
  static final NeedId SOCIAL = NeedId.of("need-social");
  static final EscalationId ESCALATION = EscalationId.of("esc-j-deadlock");

  /** When the caseload check runs in the story: the day after the second refusal. */
  public static final Instant CHECKED_AT = at("2026-09-17T08:00:00Z");

  private ClinicStory() {}

  /**
   * What the story ended with.
   *
   * @param deadlocks the deadlocks the network named after the first round, not null
   * @param caseload the caseload the check ran on, not null
   * @param findings the findings of the check at {@link #CHECKED_AT}, not null
   * @param escalation the escalation, resolved with an exception granted, not null
   * @param deadlocksAfter the deadlocks once the clinic accepted him, none, not null
   */
  public record Result(ImmutableList<NetworkFinding.PreconditionDeadlock> deadlocks, Caseload caseload,
      ImmutableList<Finding> findings, Escalation escalation,
      ImmutableList<NetworkFinding.PreconditionDeadlock> deadlocksAfter) {}

  /**
   * Runs the story, adding its timeline to {@code t}.
   *
   * @param t the timeline to tell it on, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t) {
    t.heading("2. From pillar to post (van het kastje naar de muur): the clinic and social work");
    t.narrate("Mr. J. drinks, and his social life has fallen apart. Social worker Sanne at Welzijn West holds his "
        + "alcohol need; Kliniek Noord holds his need for social support.");
    List<CaseEvent> caseEvents = new ArrayList<>();
    Case welfareCase = open(WELFARE_CASE, SANNE, ALCOHOL, LifeDomain.SUBSTANCE_USE, at("2026-09-07T08:00:00Z"),
        caseEvents);
    Case clinicCase = open(CLINIC_CASE, CLINIC_INTAKE, SOCIAL, LifeDomain.SOCIAL_NETWORK,
        at("2026-09-07T13:00:00Z"), caseEvents);
    t.events(caseEvents);

    t.narrate("Sanne refers him to the clinic to detox first. The clinic refuses: the social problems must be "
        + "solved first, by social work. The clinic refers him to social work for support; social work refuses: "
        + "he must detox first, at the clinic. Every refusal names its precondition.");
    Stage.Loop toClinic = new Stage.Loop(ReferralLoop.draft(welfareCase, ALCOHOL, ReferralId.of("ref-j-detox"),
        SANNE.id(), CLINIC.id(), "detox", at("2026-09-08T08:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-09-08T08:00:00Z")),
            Stage.send(at("2026-09-08T08:05:00Z")),
            new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE.id()),
                at("2026-09-10T12:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(SANNE.id(), at("2026-09-10T14:00:00Z")));
    t.events(toClinic.drain());
    welfareCase = toClinic.loop().caseFile();
    Stage.Loop toWelfare = new Stage.Loop(ReferralLoop.draft(clinicCase, SOCIAL, ReferralId.of("ref-j-support"),
        CLINIC_INTAKE.id(), WELFARE.id(), "social-support", at("2026-09-14T08:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-09-14T08:00:00Z")),
            Stage.send(at("2026-09-14T08:05:00Z")),
            new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC.id()),
                at("2026-09-16T10:00:00Z")),
            new ReferralCommand.AcknowledgeOutcome(CLINIC_INTAKE.id(), at("2026-09-16T11:00:00Z")));
    t.events(toWelfare.drain());
    clinicCase = toWelfare.loop().caseFile();

    t.narrate("One round is enough. The referral network finds a cycle in the waits-for graph of precondition "
        + "refusals, and names it:");
    List<Referral> referrals = new ArrayList<>(List.of(toClinic.loop().referral(), toWelfare.loop().referral()));
    ImmutableList<NetworkFinding.PreconditionDeadlock> deadlocks = ReferralNetwork.of(referrals).deadlocks();
    for (NetworkFinding.PreconditionDeadlock d : deadlocks) {
      t.note(d.explanation());
    }
    Caseload caseload = caseload(List.of(welfareCase, clinicCase), referrals, List.of());
    ImmutableList<Finding> findings = CaseloadCheck.of(Stage.NORMS).run(caseload, CHECKED_AT);
    t.findings(CHECKED_AT, findings);

    t.narrate("Sanne goes \"er op af\", via her own manager (the supervisor is above her mandate). The clinic's "
        + "team lead grants an exception: detox and social support start together.");
    List<EscalationEvent> escalationEvents = new ArrayList<>();
    Decision<Escalation, EscalationEvent> d = Escalation.raise(ESCALATION,
        EscalationSubject.need(WELFARE_CASE, ALCOHOL, LifeDomain.SUBSTANCE_USE).blockedBy(ReferralId.of("ref-j-detox")),
        EscalationReason.DEADLOCK, Target.of(CLINIC), SANNE, MANDATES.mandateOf(SANNE), Route.VIA_OWN_MANAGER,
        at("2026-09-17T09:00:00Z"));
    escalationEvents.addAll(d.events());
    Escalation escalation = d.state();
    for (EscalationCommand c : List.of(
        new EscalationCommand.Climb(LadderLevel.SUPERVISOR, CLINIC_LEAD.id(), at("2026-09-17T10:00:00Z")),
        new EscalationCommand.Resolve(Outcome.EXCEPTION_GRANTED, at("2026-09-18T15:00:00Z")))) {
      d = escalation.decide(c);
      escalationEvents.addAll(d.events());
      escalation = d.state();
    }
    t.events(escalationEvents);

    Stage.Loop again = new Stage.Loop(ReferralLoop.draft(welfareCase, ALCOHOL, ReferralId.of("ref-j-detox-2"),
        SANNE.id(), CLINIC.id(), "detox", at("2026-09-21T08:00:00Z")))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at("2026-09-21T08:00:00Z")),
            Stage.send(at("2026-09-21T08:05:00Z")),
            new ReferralCommand.Accept(at("2026-09-22T09:00:00Z")),
            new ReferralCommand.Start(at("2026-09-28T09:00:00Z")));
    t.events(again.drain());
    referrals.add(again.loop().referral());
    ImmutableList<NetworkFinding.PreconditionDeadlock> after = ReferralNetwork.of(referrals).deadlocks();
    t.note("The clinic's latest answer on his alcohol need is now an acceptance, which replaces its refusal: "
        + Timeline.count(after.size(), "deadlock") + " left.");
    return new Result(deadlocks, caseload, findings, escalation, after);
  }

  private static Case open(CaseId id, Professional owner, NeedId need, LifeDomain domain, Instant at,
      List<CaseEvent> events) {
    Decision<Case, CaseEvent> d = Case.open(id, CLIENT, owner.agency(), owner.id(), at);
    events.addAll(d.events());
    Case c = d.state();
    for (CaseCommand command : List.of(new CaseCommand.RegisterNeed(need, domain, Urgency.URGENT, owner.id(), at),
        new CaseCommand.Activate(at))) {
      d = c.decide(command);
      events.addAll(d.events());
      c = d.state();
    }
    return c;
  }

  private static Caseload caseload(List<Case> cases, List<Referral> referrals, List<Escalation> escalations) {
    return Caseload.builder()
        .agencies(List.of(WELFARE, CLINIC))
        .professionals(List.of(SANNE, TEAM_LEAD, CLINIC_INTAKE, CLINIC_LEAD))
        .mandates(MANDATES)
        .cases(cases)
        .referrals(referrals)
        .escalations(escalations)
        .build();
  }
}
