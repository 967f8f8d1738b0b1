package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.HouseholdSituation;
import io.github.casework.directory.IncomeBand;
import io.github.casework.directory.ProfileFact;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.Escalation;
import io.github.casework.escalation.EscalationCommand;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.EscalationSubject;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
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
import io.github.casework.party.Role;
import io.github.casework.signal.Area;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The two gap stories of the seed article, as the caseload check sees them with a service directory. Mr. K., 58,
 * divorced and working: the housing service's priority rule no longer counts his age after a divorce, and the
 * shelter (HVO) is for the homeless without work; no service admits him, a regulatory gap, whose step is to
 * escalate (reason regulatory-gap) to the housing service, whose rule excludes him most narrowly; Maartje does,
 * and priority is granted. "An incident with an incidental solution": once five such cases exist, the check
 * proposes a structural signal. An unmarried, heavily pregnant girl falls outside everything: the youth shelter
 * may formally refuse her because she is pregnant, the night shelter takes adults, the mother-and-child home
 * mothers, the housing service families; Maartje goes to the shelter, and it grants an exception.
 */
class GapStoriesTest {
  static final AgencyId WELFARE = AgencyId.of("mokummerwijs");
  static final Agency DIENST_WONEN = Agency.of(AgencyId.of("dienst-wonen"), "Dienst Wonen",
      AgencyKind.HOUSING_SERVICE, List.of(AgencyService.of("housing-priority", "Priority for housing",
          List.of(LifeDomain.HOUSING))));
  static final Agency HVO = Agency.of(AgencyId.of("hvo"), "Hulp voor Onbehuisden", AgencyKind.SHELTER, List.of(
      AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING)),
      AgencyService.of("youth-shelter", "Youth shelter", List.of(LifeDomain.HOUSING))));
  static final Agency MOEDER_KIND = Agency.of(AgencyId.of("moeder-kindhuis"), "Moeder-kindhuis",
      AgencyKind.WELFARE, List.of(AgencyService.of("mother-and-child", "Mother-and-child home",
          List.of(LifeDomain.HOUSING))));
  static final Agency WELZIJN = Agency.of(WELFARE, "Mokum Mer Wijs", AgencyKind.WELFARE, List.of());
  static final Instant UPDATED = Instant.parse("2026-10-01T08:00:00Z");
  /** The directory after the age rule was dropped: priority only for households with children. */
  static final ServiceDirectory DIRECTORY = ServiceDirectory.of(List.of(WELZIJN, HVO, DIENST_WONEN, MOEDER_KIND),
      List.of(
          ServiceListing.open(HVO.id(), "youth-shelter").withEligibility(
              Eligibility.parse("age 18..23 and household in (single, with-parents) and not pregnant")),
          ServiceListing.open(HVO.id(), "night-shelter").withEligibility(
              Eligibility.parse("age 23.. and not employed and (addiction or psychiatric-condition or not "
                  + "registered-address)"))
              .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDETERMINED, UPDATED)),
          ServiceListing.open(DIENST_WONEN.id(), "housing-priority").withEligibility(
              Eligibility.parse("household in (single-parent, couple-with-children)")),
          ServiceListing.open(MOEDER_KIND.id(), "mother-and-child").withEligibility(
              Eligibility.parse("household in (single-parent) and age 18.."))));
  static final Professional MAARTJE = new Professional(ProfessionalId.of("sw-maartje"), WELFARE, Role.SOCIAL_WORKER);
  static final ClientProfile DIVORCED_WORKING_MAN = ClientProfile.builder().age(58)
      .household(HouseholdSituation.DIVORCED).employed(true).income(IncomeBand.UP_TO_120_PERCENT)
      .registeredAddress(true).insured(true).addiction(false).psychiatricCondition(false).area(Area.of("west"))
      .build();
  static final ClientProfile PREGNANT_GIRL = ClientProfile.builder().age(19).household(HouseholdSituation.SINGLE)
      .pregnant(true).employed(false).income(IncomeBand.NONE).registeredAddress(false).addiction(false)
      .psychiatricCondition(false).area(Area.of("noord")).build();
  static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());

  static Instant at(String text) {
    return Instant.parse(text);
  }

  static Case housingCase(String id, String opened) {
    return Case.open(CaseId.of(id), ClientId.of("client-" + id), WELFARE, MAARTJE.id(), at(opened)).state()
        .decide(new CaseCommand.RegisterNeed(NeedId.of("need-housing"), LifeDomain.HOUSING, Urgency.URGENT,
            MAARTJE.id(), at(opened))).state();
  }

  static Caseload caseload(List<Case> cases, Map<CaseId, ClientProfile> profiles, List<Escalation> escalations) {
    return Caseload.builder().cases(cases).escalations(escalations).agencies(DIRECTORY.agencies())
        .professionals(List.of(MAARTJE)).mandates(Mandates.of(List.of())).directory(DIRECTORY).profiles(profiles)
        .build();
  }

  static List<Finding> gaps(Caseload caseload, Instant at) {
    return CHECK.run(caseload, at).stream().filter(f -> f.code() == FindingCode.NEED_REGULATORY_GAP
        || f.code() == FindingCode.NEED_CAPACITY_GAP || f.code() == FindingCode.RECURRING_GAP_PROPOSED).toList();
  }

  @Test
  void theStepToTheFirstRungIsDirectEvenUnderTheStrictestMandate() {
    // The first rung is within every mandate: a strict mandate that reaches no higher still lets the social worker
    // address the frontline official herself, so the suggested step never sends her via her manager.
    Case mrK = housingCase("case-mr-k", "2026-10-05T09:00:00Z");
    Mandates strictest = Mandates.of(List.of(Mandate.of(WELFARE, MAARTJE.role(), LadderLevel.FRONTLINE_OFFICIAL,
        MandatePolicy.STRICT)), LadderLevel.FRONTLINE_OFFICIAL, MandatePolicy.STRICT);
    Caseload caseload = Caseload.builder().cases(List.of(mrK)).agencies(DIRECTORY.agencies())
        .professionals(List.of(MAARTJE)).mandates(strictest).directory(DIRECTORY)
        .profiles(Map.of(mrK.id(), DIVORCED_WORKING_MAN)).build();
    assertThat(gaps(caseload, at("2026-10-12T09:00:00Z"))).singleElement().satisfies(f -> {
      assertThat(f.nextStep()).isEqualTo(new NextStep.Escalate(AgencyRef.of(DIENST_WONEN),
          LadderLevel.FRONTLINE_OFFICIAL, EscalationReason.REGULATORY_GAP, false));
      assertThat(FindingText.english().nextStep(f.nextStep())).doesNotContainIgnoringCase("manager");
    });
  }

  @Test
  void mrKFallsOutsideEveryHousingRuleAndTheStepIsToEscalateToTheHousingService() {
    Case mrK = housingCase("case-mr-k", "2026-10-05T09:00:00Z");
    List<Finding> found = gaps(caseload(List.of(mrK), Map.of(mrK.id(), DIVORCED_WORKING_MAN), List.of()),
        at("2026-10-12T09:00:00Z"));

    assertThat(found).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.NEED_REGULATORY_GAP);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      Facts.RegulatoryGap gap = (Facts.RegulatoryGap) f.facts();
      // Narrowest first: one fact (his household) keeps him from priority; the shelters exclude him on more.
      assertThat(gap.exclusions()).extracting(GapExclusion::service)
          .containsExactly("housing-priority", "mother-and-child", "youth-shelter", "night-shelter");
      assertThat(gap.exclusions().get(0).facts()).containsExactly(ProfileFact.HOUSEHOLD);
      assertThat(gap.exclusions().get(0).literals()).extracting(Eligibility::toString)
          .containsExactly("household in (couple-with-children, single-parent)");
      assertThat(gap.exclusions().get(3).facts()).contains(ProfileFact.EMPLOYMENT);
      assertThat(f.nextStep()).isEqualTo(new NextStep.Escalate(AgencyRef.of(DIENST_WONEN),
          LadderLevel.FRONTLINE_OFFICIAL, EscalationReason.REGULATORY_GAP, false));
      assertThat(f.subjects()).contains(SubjectRef.need(mrK.id(), NeedId.of("need-housing")),
          SubjectRef.of(DIENST_WONEN.id()));
      assertThat(FindingText.english().explanation(f)).contains("housing-priority at Dienst Wonen excludes on "
          + "household situation").contains("outside every scheme");
    });
  }

  @Test
  void mrKIsGrantedPriorityAfterEscalatingTheGapAndFiveSuchCasesBecomeAStructuralProposal() {
    Case mrK = housingCase("case-mr-k", "2026-10-05T09:00:00Z");
    // Maartje takes the step: an escalation with reason regulatory-gap to Dienst Wonen.
    Escalation e = Escalation.raise(EscalationId.of("esc-k"), EscalationSubject.need(mrK.id(),
        NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP, Target.of(DIENST_WONEN),
        MAARTJE, Mandates.of(List.of()).mandateOf(MAARTJE), Route.DIRECT, at("2026-10-12T10:00:00Z")).state();
    Map<CaseId, ClientProfile> profiles = new HashMap<>(Map.of(mrK.id(), DIVORCED_WORKING_MAN));

    // While the escalation is open the gap is the escalation's business: no second finding for it.
    assertThat(gaps(caseload(List.of(mrK), profiles, List.of(e)), at("2026-10-12T11:00:00Z"))).isEmpty();

    // Priority is granted; the housing service takes the need over and the gap is gone.
    e = e.decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("dw-official"),
        at("2026-10-13T10:00:00Z"))).state()
        .decide(new EscalationCommand.Resolve(Outcome.PRIORITY_GRANTED, at("2026-10-20T16:00:00Z"))).state();
    assertThat(e.outcome()).contains(Outcome.PRIORITY_GRANTED);
    assertThat(e.isIncident()).isTrue();
    Case housed = mrK.decide(new CaseCommand.DisposeNeed(NeedId.of("need-housing"), new Disposition.HandedOver(
        ProfessionalId.of("dw-official"), DIENST_WONEN.id(), at("2026-10-21T09:00:00Z")))).state();
    assertThat(gaps(caseload(List.of(housed), profiles, List.of(e)), at("2026-10-22T09:00:00Z"))).isEmpty();

    // "Just like all those other divorced men": the same gap in other cases of the area. Four are not yet a
    // pattern; the fifth makes one.
    List<Case> others = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      Case c = housingCase("case-divorced-" + i, "2026-11-0" + i + "T09:00:00Z");
      others.add(c);
      profiles.put(c.id(), DIVORCED_WORKING_MAN.toBuilder().age(45 + i).build());
    }
    List<Case> four = new ArrayList<>(others.subList(0, 4));
    four.add(housed);
    assertThat(gaps(caseload(four, profiles, List.of(e)), at("2026-11-10T09:00:00Z")))
        .extracting(Finding::code).containsOnly(FindingCode.NEED_REGULATORY_GAP).hasSize(4);
    List<Case> five = new ArrayList<>(others);
    five.add(housed);
    List<Finding> found = gaps(caseload(five, profiles, List.of(e)), at("2026-11-10T09:00:00Z"));
    assertThat(found).filteredOn(f -> f.code() == FindingCode.NEED_REGULATORY_GAP).hasSize(5);
    assertThat(found).filteredOn(f -> f.code() == FindingCode.RECURRING_GAP_PROPOSED).singleElement()
        .satisfies(f -> {
          Facts.RecurringGap r = (Facts.RecurringGap) f.facts();
          assertThat(r.cases()).hasSize(5).allMatch(id -> id.value().startsWith("case-divorced-"));
          assertThat(r.domain()).isEqualTo(LifeDomain.HOUSING);
          assertThat(r.area()).isEqualTo(Area.of("west"));
          assertThat(r.literals()).extracting(Eligibility::toString).contains(
              "household in (couple-with-children, single-parent)", "not employed");
          assertThat(f.nextStep()).isEqualTo(new NextStep.RaiseSignal(r.cases()));
          assertThat(FindingText.english().explanation(f)).startsWith("5 cases in area west");
        });
  }

  @Test
  void thePregnantGirlIsRefusedByTheShelterRuleAndAnExceptionIsGrantedAfterEscalation() {
    Case girl = housingCase("case-girl", "2026-10-05T09:00:00Z");
    Map<CaseId, ClientProfile> profiles = Map.of(girl.id(), PREGNANT_GIRL);
    List<Finding> found = gaps(caseload(List.of(girl), profiles, List.of()), at("2026-10-06T09:00:00Z"));
    assertThat(found).singleElement().satisfies(f -> {
      Facts.RegulatoryGap gap = (Facts.RegulatoryGap) f.facts();
      // Each rule excludes her on one fact; the shelter, listed first, is the one that "may formally refuse" her.
      assertThat(gap.exclusions()).extracting(GapExclusion::service)
          .containsExactly("youth-shelter", "night-shelter", "housing-priority", "mother-and-child");
      assertThat(gap.exclusions().get(0).facts()).containsExactly(ProfileFact.PREGNANCY);
      assertThat(f.nextStep()).isEqualTo(new NextStep.Escalate(AgencyRef.of(HVO), LadderLevel.FRONTLINE_OFFICIAL,
          EscalationReason.REGULATORY_GAP, false));
      // Pregnancy is special-category data: the texts name it only as such.
      for (FindingText text : List.of(FindingText.english(), FindingText.dutch())) {
        assertThat(text.explanation(f) + text.nextStep(f.nextStep())).doesNotContainIgnoringCase("pregnan")
            .doesNotContainIgnoringCase("zwanger");
      }
      assertThat(FindingText.english().explanation(f)).contains("youth-shelter at Hulp voor Onbehuisden excludes "
          + "on a special-category fact");
      assertThat(FindingText.dutch().explanation(f)).contains("een bijzonder persoonsgegeven");
    });

    // "How can that be? What can we do?" Maartje goes to the shelter, and it makes an exception.
    Escalation e = Escalation.raise(EscalationId.of("esc-girl"), EscalationSubject.need(girl.id(),
            NeedId.of("need-housing"), LifeDomain.HOUSING), EscalationReason.REGULATORY_GAP, Target.of(HVO), MAARTJE,
        Mandates.of(List.of()).mandateOf(MAARTJE), Route.DIRECT, at("2026-10-06T10:00:00Z")).state()
        .decide(new EscalationCommand.Climb(LadderLevel.FRONTLINE_OFFICIAL, ProfessionalId.of("hvo-intake"),
            at("2026-10-06T11:00:00Z"))).state()
        .decide(new EscalationCommand.Resolve(Outcome.EXCEPTION_GRANTED, at("2026-10-08T15:00:00Z"))).state();
    assertThat(e.outcome()).contains(Outcome.EXCEPTION_GRANTED);
    Case sheltered = girl.decide(new CaseCommand.DisposeNeed(NeedId.of("need-housing"), new Disposition.HandedOver(
        ProfessionalId.of("hvo-intake"), HVO.id(), at("2026-10-09T09:00:00Z")))).state();
    assertThat(gaps(caseload(List.of(sheltered), profiles, List.of(e)), at("2026-10-09T10:00:00Z"))).isEmpty();
  }

  @Test
  void aCapacityGapAsksTheServiceWithTheShortestWait() {
    // A divorced man who is out of work and has no registered address is eligible for the night shelter, whose
    // waiting list has no known length.
    Case c = housingCase("case-night", "2026-10-05T09:00:00Z");
    ClientProfile homeless = DIVORCED_WORKING_MAN.toBuilder().employed(false).registeredAddress(false).build();
    assertThat(gaps(caseload(List.of(c), Map.of(c.id(), homeless), List.of()), at("2026-10-06T09:00:00Z")))
        .singleElement().satisfies(f -> {
          assertThat(f.facts()).isEqualTo(new Facts.CapacityGap(c.client(), c.id(), NeedId.of("need-housing"),
              LifeDomain.HOUSING, ImmutableList.of(new FullService(AgencyRef.of(HVO), "night-shelter",
                  ServiceStatus.ACTIVE, Optional.of(WaitlistBand.UNDETERMINED)))));
          assertThat(f.nextStep()).isEqualTo(new NextStep.AskForPlace(AgencyRef.of(HVO), "night-shelter",
              Optional.of(WaitlistBand.UNDETERMINED)));
        });
    // Without a profile, or without a directory, the check looks for no gaps.
    assertThat(gaps(caseload(List.of(c), Map.of(), List.of()), at("2026-10-06T09:00:00Z"))).isEmpty();
    assertThat(gaps(caseload(List.of(c), Map.of(c.id(), homeless), List.of()).withGapInputs(
        ServiceDirectory.empty(), Map.of(c.id(), homeless)), at("2026-10-06T09:00:00Z"))).isEmpty();
  }

  @Test
  void anUnknownFactNeverMakesAGap() {
    Case c = housingCase("case-unknown", "2026-10-05T09:00:00Z");
    assertThat(gaps(caseload(List.of(c), Map.of(c.id(), ClientProfile.unknown()), List.of()),
        at("2026-10-06T09:00:00Z"))).isEmpty();
  }
}
