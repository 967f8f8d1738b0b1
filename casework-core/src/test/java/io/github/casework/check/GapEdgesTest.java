package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.Case;
import io.github.casework.directory.ClientProfile;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ServiceCapacity;
import io.github.casework.directory.ServiceDirectory;
import io.github.casework.directory.ServiceListing;
import io.github.casework.directory.ServiceStatus;
import io.github.casework.directory.WaitlistBand;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Mandate;
import io.github.casework.escalation.MandatePolicy;
import io.github.casework.escalation.Mandates;
import io.github.casework.id.CaseId;
import io.github.casework.party.Role;
import io.github.casework.signal.Signal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The gap check at its edges: several full services in order of their wait, the escalation step under a strict
 * mandate and without a known professional, recurring gaps kept apart by their exclusions, and a recurring gap a
 * signal of the quarter already raises.
 */
class GapEdgesTest {
  private static final Instant AT = Instant.parse("2026-11-10T09:00:00Z");

  private static Caseload withCases(int n, ClientProfile profile, String prefix, Map<CaseId, ClientProfile> profiles,
      List<Case> cases) {
    for (int i = 1; i <= n; i++) {
      Case c = GapStoriesTest.housingCase(prefix + i, "2026-11-0" + i + "T09:00:00Z");
      cases.add(c);
      profiles.put(c.id(), profile);
    }
    return GapStoriesTest.caseload(cases, profiles, List.of());
  }

  @Test
  void aCapacityGapListsTheFullServicesShortestWaitFirstAndAClosedOneLast() {
    Eligibility anyone = Eligibility.parse("age 18..");
    Instant updated = GapStoriesTest.UPDATED;
    ServiceListing closed = ServiceListing.open(GapStoriesTest.HVO.id(), "night-shelter").withEligibility(anyone)
        .withStatus(ServiceStatus.TEMPORARILY_CLOSED);
    ServiceListing noPlaces = ServiceListing.open(GapStoriesTest.HVO.id(), "youth-shelter").withEligibility(anyone)
        .withCapacity(new ServiceCapacity.Places(0, 10, updated));
    ServiceListing months = ServiceListing.open(GapStoriesTest.DIENST_WONEN.id(), "housing-priority")
        .withEligibility(anyone).withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.OVER_THREE_MONTHS, updated));
    ServiceListing weeks = ServiceListing.open(GapStoriesTest.MOEDER_KIND.id(), "mother-and-child")
        .withEligibility(anyone).withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.UNDER_ONE_MONTH, updated));
    ServiceDirectory full = ServiceDirectory.of(GapStoriesTest.DIRECTORY.agencies(),
        List.of(closed, noPlaces, months, weeks));
    Case c = GapStoriesTest.housingCase("case-full", "2026-11-02T09:00:00Z");
    Caseload caseload = GapStoriesTest.caseload(List.of(c), Map.of(), List.of())
        .withGapInputs(full, Map.of(c.id(), GapStoriesTest.DIVORCED_WORKING_MAN));
    assertThat(GapStoriesTest.gaps(caseload, AT)).singleElement().satisfies(f -> {
      Facts.CapacityGap gap = (Facts.CapacityGap) f.facts();
      assertThat(gap.services()).extracting(FullService::service)
          .containsExactly("mother-and-child", "housing-priority", "youth-shelter", "night-shelter");
      assertThat(f.nextStep()).isEqualTo(new NextStep.AskForPlace(AgencyRef.of(GapStoriesTest.MOEDER_KIND),
          "mother-and-child", Optional.of(WaitlistBand.UNDER_ONE_MONTH)));
    });
  }

  @Test
  void theFirstEscalationStepIsDirectUnderAStrictMandateAndForAnUnknownProfessional() {
    Case mrK = GapStoriesTest.housingCase("case-mr-k", "2026-10-05T09:00:00Z");
    Mandate strict = Mandate.of(GapStoriesTest.WELFARE, Role.SOCIAL_WORKER, LadderLevel.FRONTLINE_OFFICIAL,
        MandatePolicy.STRICT);
    Map<CaseId, ClientProfile> profiles = Map.of(mrK.id(), GapStoriesTest.DIVORCED_WORKING_MAN);
    Caseload base = GapStoriesTest.caseload(List.of(mrK), profiles, List.of());
    Caseload strictly = Caseload.builder().cases(List.of(mrK)).agencies(GapStoriesTest.DIRECTORY.agencies())
        .professionals(List.of(GapStoriesTest.MAARTJE)).mandates(Mandates.of(List.of(strict)))
        .directory(GapStoriesTest.DIRECTORY).profiles(profiles).build();
    Caseload unknownProfessional = Caseload.builder().cases(List.of(mrK))
        .agencies(GapStoriesTest.DIRECTORY.agencies()).mandates(Mandates.of(List.of(strict)))
        .directory(GapStoriesTest.DIRECTORY).profiles(profiles).build();
    for (Caseload caseload : List.of(base, strictly, unknownProfessional)) {
      assertThat(GapStoriesTest.gaps(caseload, AT)).singleElement().extracting(Finding::nextStep)
          .isEqualTo(new NextStep.Escalate(AgencyRef.of(GapStoriesTest.DIENST_WONEN), LadderLevel.FRONTLINE_OFFICIAL,
              io.github.casework.escalation.EscalationReason.REGULATORY_GAP, false));
    }
  }

  @Test
  void recurringGapsOfOneAreaAreKeptApartByWhatExcludesThem() {
    Map<CaseId, ClientProfile> profiles = new HashMap<>();
    List<Case> cases = new ArrayList<>();
    withCases(5, GapStoriesTest.DIVORCED_WORKING_MAN, "case-divorced-", profiles, cases);
    Caseload both = withCases(5, GapStoriesTest.PREGNANT_GIRL.toBuilder().area(
        GapStoriesTest.DIVORCED_WORKING_MAN.area().orElseThrow()).build(), "case-pregnant-", profiles, cases);
    List<Finding> recurring = GapStoriesTest.gaps(both, AT).stream()
        .filter(f -> f.code() == FindingCode.RECURRING_GAP_PROPOSED).toList();
    assertThat(recurring).hasSize(2).allSatisfy(f -> {
      Facts.RecurringGap gap = (Facts.RecurringGap) f.facts();
      assertThat(gap.cases()).hasSize(5);
      String prefix = gap.cases().first().value().startsWith("case-divorced-") ? "case-divorced-" : "case-pregnant-";
      assertThat(gap.cases()).allMatch(id -> id.value().startsWith(prefix));
      assertThat(f.subjects()).hasSize(5);
    });
  }

  @Test
  void aRecurringGapThatASignalOfTheQuarterRaisesIsNotProposedAgain() {
    Map<CaseId, ClientProfile> profiles = new HashMap<>();
    Caseload caseload = withCases(5, GapStoriesTest.DIVORCED_WORKING_MAN, "case-divorced-", profiles,
        new ArrayList<>());
    assertThat(GapStoriesTest.gaps(caseload, AT)).extracting(Finding::code)
        .contains(FindingCode.RECURRING_GAP_PROPOSED);
    // A signal about housing in area west, raised in this quarter; one of last quarter does not count.
    Signal thisQuarter = CaseloadCheckTest.signal("sig-now", AT.minusSeconds(86_400));
    Signal lastQuarter = CaseloadCheckTest.signal("sig-then", Instant.parse("2026-08-03T09:00:00Z"));
    Caseload old = caseload.withAggregates(caseload.cases(), List.of(), List.of(), List.of(lastQuarter));
    assertThat(GapStoriesTest.gaps(old, AT)).extracting(Finding::code).contains(FindingCode.RECURRING_GAP_PROPOSED);
    Caseload signalled = caseload.withAggregates(caseload.cases(), List.of(), List.of(), List.of(thisQuarter));
    assertThat(GapStoriesTest.gaps(signalled, AT)).extracting(Finding::code)
        .doesNotContain(FindingCode.RECURRING_GAP_PROPOSED).contains(FindingCode.NEED_REGULATORY_GAP);
  }
}
