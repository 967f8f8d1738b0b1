package io.github.casework.examples.stories;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
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
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.party.Professional;
import io.github.casework.signal.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The article's gaps, seen before the refusals come: with a service directory whose eligibility rules are data and
 * the pseudonymous profile of a case, the caseload check finds that no housing service admits Mr. K. (a regulatory
 * gap) and names the housing service, whose rule excludes him most narrowly, as the one to escalate to; the
 * escalation gets him priority. Five such cases make a pattern, and the check proposes a structural offer. An
 * unmarried, heavily pregnant girl falls outside everything "because of the gaps in the law": the youth shelter
 * may formally refuse her; Maartje goes to the shelter, which makes an exception. Deterministic: fixed instants
 * and ids.
 */
public final class GapStory {
  static final Area WEST = Area.of("wijk-west");
  static final Agency WELFARE = MrKStory.WELFARE;
  static final Agency DIENST_WONEN = MrKStory.DIENST_WONEN;
  static final Agency HVO = Agency.of(AgencyId.of("hvo"), "HVO (Hulp voor Onbehuisden)", AgencyKind.SHELTER, List.of(
      AgencyService.of("youth-shelter", "Youth shelter (jongerenopvang)", List.of(LifeDomain.HOUSING)),
      AgencyService.of("night-shelter", "Night shelter (nachtopvang)", List.of(LifeDomain.HOUSING))));
  static final Professional MAARTJE = MrKStory.MAARTJE;

  /** The housing services and their rules, after the age rule for divorced people was dropped. */
  static final ServiceDirectory DIRECTORY = ServiceDirectory.of(List.of(WELFARE, HVO, DIENST_WONEN), List.of(
          ServiceListing.open(HVO.id(), "youth-shelter").withEligibility(
              Eligibility.parse("age 18..23 and household in (single, with-parents) and not pregnant")),
          ServiceListing.open(HVO.id(), "night-shelter").withEligibility(Eligibility.parse(
              "age 23.. and not employed and (addiction or psychiatric-condition or not registered-address)"))
              .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED,
                  Instant.parse("2026-10-01T08:00:00Z"))),
          ServiceListing.open(DIENST_WONEN.id(), "housing-priority").withEligibility(
              Eligibility.parse("household in (single-parent, couple-with-children)"))));

  static final ClientProfile DIVORCED_WORKING_MAN = ClientProfile.builder().age(58)
      .household(HouseholdSituation.DIVORCED).employed(true).income(IncomeBand.UP_TO_120_PERCENT)
      .registeredAddress(true).insured(true).addiction(false).psychiatricCondition(false).area(WEST).build();
  static final ClientProfile PREGNANT_GIRL = ClientProfile.builder().age(19).household(HouseholdSituation.SINGLE)
      .pregnant(true).employed(false).income(IncomeBand.NONE).registeredAddress(false).addiction(false)
      .psychiatricCondition(false).area(WEST).build();
  static final NeedId HOUSING = NeedId.of("need-housing");
  static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());

  private GapStory() {}

  /**
   * What the story ended with.
   *
   * @param mrKGap the findings when Mr. K.'s profile was first checked, not null
   * @param pattern the findings once five such cases were open, not null
   * @param girlGap the findings when the girl's profile was first checked, not null
   * @param afterwards the findings after both escalations were resolved, not null
   * @param escalations Mr. K.'s and the girl's escalations, resolved, not null
   */
  public record Result(ImmutableList<Finding> mrKGap, ImmutableList<Finding> pattern, ImmutableList<Finding> girlGap,
      ImmutableList<Finding> afterwards, ImmutableList<Escalation> escalations) {}

  /**
   * Runs the story, adding its timeline to {@code t}.
   *
   * @param t the timeline to tell it on, not null
   * @return what the story ended with
   */
  public static Result run(Timeline t) {
    FindingText text = t.dutch() ? FindingText.dutch() : FindingText.english();
    t.name(MAARTJE.id().value(), "Maartje", "Maartje").name("client-k", "Mr. K.", "meneer K.")
        .name("client-girl", "the girl", "het meisje").name(HVO.id().value(), "HVO", "HVO")
        .name(DIENST_WONEN.id().value(), DIENST_WONEN.name(), DIENST_WONEN.name());
    t.heading("3. Outside every scheme: the gaps, before the refusals",
        "3. Buiten alle regelingen: de gaten, voordat de weigeringen komen");
    Instant opened = Instant.parse("2026-10-05T08:00:00Z");
    Case mrK = housingCase("case-mr-k", "client-k", opened);
    Map<CaseId, ClientProfile> profiles = new LinkedHashMap<>();
    profiles.put(mrK.id(), DIVORCED_WORKING_MAN);
    Instant firstCheck = Instant.parse("2026-10-05T09:00:00Z");
    t.step(firstCheck, "Now with a service directory whose eligibility rules are data. Maartje records Mr. K.'s "
        + "housing need and his facts: 58, divorced, working.", "Nu met een sociale kaart waarop de toegangsregels "
        + "als gegevens staan. Maartje legt de woonvraag van meneer K. vast, met zijn feiten: 58, gescheiden, werkt.");
    ImmutableList<Finding> mrKGap = gaps(List.of(mrK), profiles, List.of(), firstCheck);
    tell(t, text, firstCheck, mrKGap);

    Escalation k = Escalation.raise(EscalationId.of("esc-k-gap"), EscalationSubject.need(mrK.id(), HOUSING,
        LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP, Target.of(DIENST_WONEN), MAARTJE,
        Mandates.of(List.of()).mandateOf(MAARTJE), Route.DIRECT, Instant.parse("2026-10-05T10:00:00Z")).state()
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("dw-official"),
            Instant.parse("2026-10-05T11:00:00Z"))).state()
        .decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, Instant.parse("2026-10-12T15:00:00Z")))
        .state();
    Case housed = mrK.decide(new CaseCommand.DisposeNeed(HOUSING, new Disposition.HandedOver(
        ProfessionalId.of("dw-official"), DIENST_WONEN.id(), Instant.parse("2026-10-13T09:00:00Z")))).state();
    t.step(Instant.parse("2026-10-12T15:00:00Z"), "She escalates the gap to Dienst Wonen; priority is granted.",
        "Ze schaalt het gat op naar Dienst Wonen; de voorrang komt er.");

    List<Case> cases = new ArrayList<>(List.of(housed));
    for (int i = 1; i <= 5; i++) {
      Case c = housingCase("case-divorced-" + i, "client-divorced-" + i, Instant.parse("2026-11-0" + i
          + "T09:00:00Z"));
      cases.add(c);
      profiles.put(c.id(), DIVORCED_WORKING_MAN.toBuilder().age(44 + 3 * i).build());
    }
    Instant patternCheck = Instant.parse("2026-11-09T08:00:00Z");
    t.step(patternCheck, "\"Just like all those other divorced men\": five more ask for housing in November.",
        "\"Net als al die andere gescheiden mannen\": in november vragen er nog vijf om woonruimte.");
    ImmutableList<Finding> pattern = gaps(cases, profiles, List.of(k), patternCheck);
    t.check(patternCheck, pattern);

    Case girl = housingCase("case-girl", "client-girl", Instant.parse("2026-11-16T09:00:00Z"));
    Map<CaseId, ClientProfile> girlProfile = Map.of(girl.id(), PREGNANT_GIRL);
    Instant girlCheck = Instant.parse("2026-11-16T10:00:00Z");
    t.step(girlCheck, "An unmarried, heavily pregnant girl (19) \"fell outside everything\". Her pregnancy is "
        + "health data (GDPR art. 9): the check's texts never name it.",
        "Een ongehuwd hoogzwanger meisje (19) \"viel overal buiten\". Haar zwangerschap is een gegeven over "
        + "gezondheid (AVG art. 9): de teksten van de check noemen het nooit.");
    ImmutableList<Finding> girlGap = gaps(List.of(girl), girlProfile, List.of(), girlCheck);
    tell(t, text, girlCheck, girlGap);
    Escalation g = Escalation.raise(EscalationId.of("esc-girl-gap"), EscalationSubject.need(girl.id(), HOUSING,
        LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP, Target.of(HVO), MAARTJE,
        Mandates.of(List.of()).mandateOf(MAARTJE), Route.DIRECT, Instant.parse("2026-11-16T11:00:00Z")).state()
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("hvo-intake"),
            Instant.parse("2026-11-16T13:00:00Z"))).state()
        .decide(new EscalationCommand.Resolve(Outcome.EXCEPTION_GRANTED, Instant.parse("2026-11-18T15:00:00Z")))
        .state();
    Case sheltered = girl.decide(new CaseCommand.DisposeNeed(HOUSING, new Disposition.HandedOver(
        ProfessionalId.of("hvo-intake"), HVO.id(), Instant.parse("2026-11-19T09:00:00Z")))).state();
    Instant lastCheck = Instant.parse("2026-11-19T10:00:00Z");
    t.step(Instant.parse("2026-11-18T15:00:00Z"), "\"How can that be? What can we do?\" Maartje goes to the "
        + "shelter, which may formally refuse her; it makes an exception.",
        "\"Hoe kan dat nu? Wat kunnen we doen?\" Maartje stapt naar de opvang die haar formeel kan weigeren; die "
        + "maakt een uitzondering.");
    ImmutableList<Finding> afterwards = gaps(List.of(sheltered), girlProfile, List.of(g), lastCheck);
    t.check(lastCheck, afterwards);
    return new Result(mrKGap, pattern, girlGap, afterwards, ImmutableList.of(k, g));
  }

  private static void tell(Timeline t, FindingText text, Instant at, List<Finding> findings) {
    t.check(at, findings);
    for (Finding f : findings) {
      t.note(text.explanation(f), text.explanation(f));
    }
  }

  private static Case housingCase(String id, String client, Instant at) {
    return Case.open(CaseId.of(id), ClientId.of(client), WELFARE.id(), MAARTJE.id(), at).state()
        .decide(new CaseCommand.RegisterNeed(HOUSING, LifeDomain.HOUSING, Urgency.URGENT, MAARTJE.id(), at)).state()
        .decide(new CaseCommand.Activate(at)).state();
  }

  private static ImmutableList<Finding> gaps(List<Case> cases, Map<CaseId, ClientProfile> profiles,
      List<Escalation> escalations, Instant at) {
    Caseload caseload = Caseload.builder().cases(cases).escalations(escalations).agencies(DIRECTORY.agencies())
        .professionals(List.of(MAARTJE)).directory(DIRECTORY).profiles(profiles).build();
    return CHECK.run(caseload, at).stream().filter(f -> f.code() == FindingCode.NEED_REGULATORY_GAP
        || f.code() == FindingCode.NEED_CAPACITY_GAP || f.code() == FindingCode.RECURRING_GAP_PROPOSED)
        .collect(ImmutableList.toImmutableList());
  }
}
