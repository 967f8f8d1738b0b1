package io.github.casework.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Exactly which literals a regulatory gap names for one rule and one profile, through and-s, or-s and negations of
 * them; looking a listing up by agency and service; and the profile's count of known facts and its hash.
 */
class ExclusionLiteralsTest {
  private static final AgencyId WELFARE = AgencyId.of("welfare");
  private static final Agency AGENCY = Agency.of(WELFARE, "Welfare", AgencyKind.WELFARE,
      List.of(AgencyService.of("debt-help", "Debt help", List.of(LifeDomain.FINANCES))));

  /** The literals the only service names when its rule excludes the profile. */
  private static List<String> literals(String rule, ClientProfile profile) {
    ServiceDirectory d = ServiceDirectory.of(List.of(AGENCY),
        List.of(ServiceListing.open(WELFARE, "debt-help").withEligibility(Eligibility.parse(rule))));
    Match m = ServiceMatcher.of(d).match(LifeDomain.FINANCES, profile);
    assertThat(m).as(rule).isInstanceOf(Match.RegulatoryGap.class);
    List<Exclusion> exclusions = ((Match.RegulatoryGap) m).exclusions();
    assertThat(exclusions).hasSize(1);
    return exclusions.get(0).literals().stream().map(Eligibility::toString).toList();
  }

  private static ClientProfile.Builder profile() {
    return ClientProfile.builder();
  }

  @Test
  void aFailedOrNamesEveryPartAndAFailedAndOnlyTheFailedParts() {
    assertThat(literals("employed or insured", profile().employed(false).insured(false).build()))
        .containsExactly("employed", "insured");
    assertThat(literals("age 18..23 and employed", profile().age(30).employed(true).build()))
        .containsExactly("age 18..23");
    assertThat(literals("age 18..23 and employed", profile().age(30).employed(false).build()))
        .containsExactly("age 18..23", "employed");
  }

  @Test
  void aNegatedOrNamesOnlyThePartsThatHeld() {
    // not (a or b) fails because a holds; b, which does not hold, excludes no one.
    assertThat(literals("not (employed or insured)", profile().employed(true).insured(false).build()))
        .containsExactly("not employed");
    assertThat(literals("not (employed or insured)", profile().employed(true).build()))
        .containsExactly("not employed");
    assertThat(literals("not (employed or insured)", profile().employed(true).insured(true).build()))
        .containsExactly("not employed", "not insured");
  }

  @Test
  void aNegatedAndNamesEveryPartAndADoubleNegationThePredicate() {
    assertThat(literals("not (employed and insured)", profile().employed(true).insured(true).build()))
        .containsExactly("not employed", "not insured");
    assertThat(literals("not not employed", profile().employed(false).build())).containsExactly("employed");
    assertThat(literals("not pregnant", profile().pregnant(true).build())).containsExactly("not pregnant");
    assertThat(literals("nobody", ClientProfile.unknown())).containsExactly("nobody");
  }

  @Test
  void aListingIsFoundByItsAgencyAndItsService() {
    AgencyId other = AgencyId.of("other");
    Agency welfare = Agency.of(WELFARE, "Welfare", AgencyKind.WELFARE, List.of(
        AgencyService.of("debt-help", "Debt help", List.of(LifeDomain.FINANCES)),
        AgencyService.of("budget", "Budget course", List.of(LifeDomain.FINANCES))));
    Agency second = Agency.of(other, "Other", AgencyKind.WELFARE, List.of(
        AgencyService.of("debt-help", "Debt help", List.of(LifeDomain.FINANCES)),
        AgencyService.of("budget", "Budget course", List.of(LifeDomain.FINANCES))));
    ServiceListing welfareBudget = ServiceListing.open(WELFARE, "budget");
    ServiceListing otherDebt = ServiceListing.open(other, "debt-help");
    ServiceListing welfareDebt = ServiceListing.open(WELFARE, "debt-help")
        .withEligibility(Eligibility.parse("insured"));
    ServiceDirectory d = ServiceDirectory.of(List.of(welfare, second), List.of(welfareBudget, otherDebt, welfareDebt));
    assertThat(d.listing(WELFARE, "debt-help")).containsSame(welfareDebt);
    assertThat(d.listing(other, "debt-help")).containsSame(otherDebt);
    assertThat(d.listing(WELFARE, "budget")).containsSame(welfareBudget);
    assertThat(d.listing(other, "budget")).isEmpty();
    assertThat(d.listing(AgencyId.of("nobody-here"), "debt-help")).isEmpty();
  }

  @Test
  void aProfileCountsEachKnownFactOnceAgeZeroIncluded() {
    assertThat(ClientProfile.unknown().knownFacts()).isZero();
    assertThat(profile().age(0).build().knownFacts()).isEqualTo(1);
    assertThat(profile().age(0).build().age()).hasValue(0);
    assertThat(profile().employed(false).addiction(false).build().knownFacts()).isEqualTo(2);
  }

  @Test
  void equalProfilesHashAlikeAndProfilesThatDifferInOneFactDoNot() {
    ClientProfile a = profile().age(30).insured(true).build();
    assertThat(a.hashCode()).isEqualTo(profile().age(30).insured(true).build().hashCode());
    // Objects.hash over the facts: one fact changed changes the hash (deterministic, not a chance).
    assertThat(a.hashCode()).isNotEqualTo(profile().age(31).insured(true).build().hashCode())
        .isNotEqualTo(profile().age(30).insured(false).build().hashCode())
        .isNotEqualTo(ClientProfile.unknown().hashCode());
  }

  @Test
  void theNarrowestExclusionHasTheFewestLiteralsThenTheFewestFacts() {
    ServiceListing listing = ServiceListing.open(WELFARE, "debt-help");
    Exclusion oneFact = exclusion(listing, "age 18..23", "not age 30..");
    Exclusion twoFacts = exclusion(listing, "employed", "insured");
    Exclusion oneLiteral = exclusion(listing, "not employed");
    assertThat(oneFact.facts()).containsExactly(ProfileFact.AGE);
    assertThat(twoFacts.facts()).containsExactly(ProfileFact.INSURANCE, ProfileFact.EMPLOYMENT);
    assertThat(exclusion(listing, "nobody").facts()).isEmpty();
    assertThat(Exclusion.NARROWEST_FIRST.compare(oneLiteral, oneFact)).isNegative();
    assertThat(Exclusion.NARROWEST_FIRST.compare(twoFacts, oneLiteral)).isPositive();
    assertThat(Exclusion.NARROWEST_FIRST.compare(oneFact, twoFacts)).isNegative();
    assertThat(Exclusion.NARROWEST_FIRST.compare(twoFacts, oneFact)).isPositive();
    assertThat(new Match.RegulatoryGap(ImmutableList.of(twoFacts, oneFact)).narrowest()).containsSame(oneFact);
    assertThat(new Match.RegulatoryGap(ImmutableList.of(twoFacts, oneLiteral, oneFact)).narrowest())
        .containsSame(oneLiteral);
    assertThat(new Match.RegulatoryGap(ImmutableList.of()).narrowest()).isEmpty();
  }

  private static Exclusion exclusion(ServiceListing listing, String... literals) {
    return new Exclusion(listing, Arrays.stream(literals).map(Eligibility::parse)
        .collect(ImmutableList.toImmutableList()));
  }

  @Test
  void serviceStatusesKeepTheirCodes() {
    assertThat(Arrays.stream(ServiceStatus.values()).map(ServiceStatus::code))
        .containsExactly("active", "inactive", "temporarily-closed");
    for (ServiceStatus s : ServiceStatus.values()) {
      assertThat(ServiceStatus.ofCode(s.code())).isSameAs(s);
    }
  }
}
