package io.github.casework.examples.stories;

import static io.github.casework.examples.stories.Stage.at;

import com.google.common.collect.ImmutableList;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.UnmetReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralLoop;
import io.github.casework.referral.Refusal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The second story of the seed article, told as it happened and run through the library: a client who drinks is sent
 * from social work to the clinic and back ("van het kastje naar de muur"). His social worker refers him to the clinic
 * to detox first, as a condition for social support; the clinic refers him back, to tackle the social problems
 * first; "and that went back and forth, and back and forth — until the client died of cirrhosis". The library
 * records each referral and refusal; the caseload check, had anyone run it, would have named the precondition
 * deadlock the morning after the second refusal and asked the social worker to escalate to the clinic's supervisor.
 * The story ends with the day he died, against the day the deadlock would have been found.
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

  /** When the check would first have run: the morning after the second refusal closed the circle. */
  public static final Instant CHECKED_AT = at("2026-09-17T08:00:00Z");

  /** When the check runs again, after two more rounds. */
  public static final Instant CHECKED_AGAIN_AT = at("2026-11-27T08:00:00Z");

  /** When Mr. J. died of cirrhosis. */
  public static final Instant DIED_AT = at("2027-02-12T10:00:00Z");

  private ClinicStory() {}

  /**
   * What the story ended with.
   *
   * @param firstFindings the findings of the check at {@link #CHECKED_AT}: the deadlock, not null
   * @param laterFindings the findings of the check at {@link #CHECKED_AGAIN_AT}, not null
   * @param asked who would have been asked to act on the deadlock: who holds the refused need, not null
   * @param caseload the caseload at the end: both cases closed because he died, not null
   * @param daysTooLate the days between {@link #CHECKED_AT} and {@link #DIED_AT}
   */
  public record Result(ImmutableList<Finding> firstFindings, ImmutableList<Finding> laterFindings,
      ProfessionalId asked, Caseload caseload, long daysTooLate) {}

  /**
   * Runs the story, adding its timeline to {@code t}.
   *
   * @param t the timeline to tell it on, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t) {
    t.name(SANNE.id().value(), "Sanne", "Sanne").name(CLINIC_INTAKE.id().value(), "the clinic's intake",
        "de intake van de kliniek").name(CLIENT.value(), "Mr. J.", "meneer J.")
        .name(WELFARE.id().value(), WELFARE.name(), WELFARE.name()).name(CLINIC.id().value(), CLINIC.name(),
            CLINIC.name());
    t.heading("2. From pillar to post: the clinic and social work",
        "2. Van het kastje naar de muur: de kliniek en het maatschappelijk werk");
    t.step(at("2026-09-07T08:00:00Z"), "In Maartje's team a colleague, here Sanne, has a client who drinks, here "
        + "Mr. J. Both she and the clinic open a case for him.",
        "In het team van Maartje heeft een collega, hier Sanne, een cliënt die drinkt, hier meneer J. Zij en de "
        + "kliniek openen elk een dossier voor hem.");
    List<CaseEvent> opened = new ArrayList<>();
    Case welfareCase = open(WELFARE_CASE, SANNE, ALCOHOL, LifeDomain.SUBSTANCE_USE, at("2026-09-07T08:00:00Z"),
        opened);
    Case clinicCase = open(CLINIC_CASE, CLINIC_INTAKE, SOCIAL, LifeDomain.SOCIAL_NETWORK, at("2026-09-07T13:00:00Z"),
        opened);
    t.events(opened, e -> e instanceof CaseEvent.NeedRegistered);

    t.step(at("2026-09-08T08:00:00Z"), "Sanne refers him to the clinic to detox first, as a condition for social "
        + "support. The clinic refers him back: first the social problems.",
        "Sanne verwijst hem naar de kliniek om eerst af te kicken, als voorwaarde voor de sociale ondersteuning. "
        + "De kliniek verwijst terug: eerst de sociale problemen.");
    List<Referral> referrals = new ArrayList<>();
    List<CaseworkEvent> round = new ArrayList<>();
    welfareCase = refer(welfareCase, ALCOHOL, "ref-j-detox", SANNE, CLINIC, "detox", LifeDomain.SOCIAL_NETWORK,
        WELFARE.id(), at("2026-09-08T08:00:00Z"), referrals, round);
    clinicCase = refer(clinicCase, SOCIAL, "ref-j-support", CLINIC_INTAKE, WELFARE, "social-support",
        LifeDomain.SUBSTANCE_USE, CLINIC.id(), at("2026-09-14T08:00:00Z"), referrals, round);
    t.events(round, e -> e instanceof ReferralEvent.Sent s && s.referralId().value().equals("ref-j-detox")
        || e instanceof ReferralEvent.Refused);
    ImmutableList<Finding> first = CaseloadCheck.of(Stage.NORMS).run(caseload(List.of(welfareCase, clinicCase),
        referrals), CHECKED_AT);
    t.check(CHECKED_AT, first);
    ProfessionalId asked = welfareCase.findNeed(ALCOHOL).orElseThrow().accountable();
    t.note("Sanne holds the addiction need, so she would have been asked to act, that morning.",
        "Sanne houdt de hulpvraag verslaving vast, dus haar was die ochtend gevraagd in actie te komen.");

    t.step(at("2026-10-12T08:00:00Z"), "Nobody runs such a check. Back and forth, and back and forth: the "
        + "referrals go round twice more (the refusals below).", "Niemand draait zo'n check. Over en weer, en over "
        + "en weer: de verwijzingen gaan nog twee keer rond (de weigeringen hieronder).");
    round.clear();
    welfareCase = refer(welfareCase, ALCOHOL, "ref-j-detox-2", SANNE, CLINIC, "detox", LifeDomain.SOCIAL_NETWORK,
        WELFARE.id(), at("2026-10-12T08:00:00Z"), referrals, round);
    clinicCase = refer(clinicCase, SOCIAL, "ref-j-support-2", CLINIC_INTAKE, WELFARE, "social-support",
        LifeDomain.SUBSTANCE_USE, CLINIC.id(), at("2026-10-19T08:00:00Z"), referrals, round);
    welfareCase = refer(welfareCase, ALCOHOL, "ref-j-detox-3", SANNE, CLINIC, "detox", LifeDomain.SOCIAL_NETWORK,
        WELFARE.id(), at("2026-11-16T08:00:00Z"), referrals, round);
    clinicCase = refer(clinicCase, SOCIAL, "ref-j-support-3", CLINIC_INTAKE, WELFARE, "social-support",
        LifeDomain.SUBSTANCE_USE, CLINIC.id(), at("2026-11-23T08:00:00Z"), referrals, round);
    t.events(round, e -> e instanceof ReferralEvent.Refused);
    ImmutableList<Finding> later = CaseloadCheck.of(Stage.NORMS).run(caseload(List.of(welfareCase, clinicCase),
        referrals), CHECKED_AGAIN_AT);
    t.check(CHECKED_AGAIN_AT, later);

    t.step(DIED_AT, "Mr. J. dies of cirrhosis of the liver.", "Meneer J. overlijdt aan een levercirrose.");
    List<CaseEvent> closing = new ArrayList<>();
    welfareCase = close(welfareCase, ALCOHOL, closing);
    clinicCase = close(clinicCase, SOCIAL, closing);
    t.events(closing, e -> e instanceof CaseEvent.Closed c && c.caseId().equals(WELFARE_CASE));
    long days = Duration.between(CHECKED_AT, DIED_AT).toDays();
    t.narrate("The check would have found the deadlock on " + t.dates().weekday(CHECKED_AT) + " and asked Sanne "
        + "to escalate to the clinic's supervisor. He died " + days + " days later, on " + t.dates().weekday(DIED_AT)
        + ". Responsibility does not end at a referral.", "De check had de impasse gevonden op "
        + t.dates().weekday(CHECKED_AT) + " en Sanne gevraagd naar de leidinggevende van de kliniek te stappen. Hij "
        + "overleed " + days + " dagen later, op " + t.dates().weekday(DIED_AT) + ". Bij doorverwijzen houdt de "
        + "verantwoordelijkheid niet op.");
    return new Result(first, later, asked, caseload(List.of(welfareCase, clinicCase), referrals), days);
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

  /** Refers a need; the receiver refuses it two days later until the precondition is solved, and the loop closes. */
  private static Case refer(Case c, NeedId need, String id, Professional from, Agency to, String service,
      LifeDomain precondition, AgencyId solvedBy, Instant at, List<Referral> referrals, List<CaseworkEvent> events) {
    Stage.Loop loop = new Stage.Loop(ReferralLoop.draft(c, need, ReferralId.of(id), from.id(), to.id(), service, at))
        .then(new ReferralCommand.RecordBasis(Stage.BASIS, at), Stage.send(at.plusSeconds(300)),
            new ReferralCommand.Refuse(Refusal.PreconditionUnmet.solvedBy(precondition, solvedBy),
                at.plus(Duration.ofDays(2)).plusSeconds(4 * 3600)),
            new ReferralCommand.AcknowledgeOutcome(from.id(), at.plus(Duration.ofDays(2)).plusSeconds(6 * 3600)));
    events.addAll(loop.drain());
    referrals.add(loop.loop().referral());
    return loop.loop().caseFile();
  }

  private static Case close(Case c, NeedId need, List<CaseEvent> events) {
    for (CaseCommand command : List.of(new CaseCommand.DisposeNeed(need, new Disposition.Unmet(UnmetReason.OTHER,
        "client died", DIED_AT)), new CaseCommand.Close(ClosureReason.CLIENT_DIED, DIED_AT))) {
      Decision<Case, CaseEvent> d = c.decide(command);
      events.addAll(d.events());
      c = d.state();
    }
    return c;
  }

  private static Caseload caseload(List<Case> cases, List<Referral> referrals) {
    return Caseload.builder()
        .agencies(List.of(WELFARE, CLINIC))
        .professionals(List.of(SANNE, TEAM_LEAD, CLINIC_INTAKE, CLINIC_LEAD))
        .mandates(MANDATES)
        .cases(cases)
        .referrals(referrals)
        .build();
  }
}
