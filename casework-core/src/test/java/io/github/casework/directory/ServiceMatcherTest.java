package io.github.casework.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Agency;
import io.github.casework.party.AgencyKind;
import io.github.casework.party.AgencyService;
import io.github.casework.signal.Area;
import io.github.casework.testing.DirectoryGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Matching a need against the directory: the indexed, compiled matcher agrees with a plain loop over every listing
 * judged by the reference semantics, and its details (services with room, full ones, exclusions) are exact.
 */
class ServiceMatcherTest {
  private static final Instant AT = Instant.parse("2026-10-01T09:00:00Z");

  private record Trial(ServiceDirectory directory, LifeDomain domain, ClientProfile profile) {}

  @Test
  void theMatcherAgreesWithAPlainLoopOverEveryListing() {
    Gen<Trial> trials = r -> new Trial(DirectoryGen.directories(1 + r.nextInt(25), 4, 3).next(r),
        LifeDomain.values()[r.nextInt(4)], DirectoryGen.profiles(r.nextInt(101)).next(r));
    Property.forAll("matcher against plain loop", trials, t -> {
      ServiceMatcher matcher = ServiceMatcher.of(t.directory());
      List<ServiceListing> room = new ArrayList<>();
      List<ServiceListing> full = new ArrayList<>();
      List<ServiceListing> excluded = new ArrayList<>();
      for (ServiceListing l : t.directory().listings()) {
        boolean candidate = l.status() != ServiceStatus.INACTIVE
            && t.directory().serviceOf(l).domains().contains(t.domain())
            && (l.areas().isEmpty() || t.profile().area().isEmpty() || l.areas().contains(t.profile().area().get()));
        if (!candidate) {
          continue;
        }
        Optional<Boolean> v = EligibilityTest.reference(l.eligibility(), t.profile());
        (v.equals(Optional.of(false)) ? excluded : l.hasRoom() ? room : full).add(l);
      }
      Verdict expected = !room.isEmpty() ? Verdict.AVAILABLE : !full.isEmpty() ? Verdict.CAPACITY_GAP
          : Verdict.REGULATORY_GAP;
      assertThat(matcher.verdict(t.domain(), t.profile())).isEqualTo(expected);
      Match m = matcher.match(t.domain(), t.profile());
      assertThat(m.verdict()).isEqualTo(expected);
      if (m instanceof Match.Available a) {
        assertThat(a.services()).containsExactlyElementsOf(room);
      } else if (m instanceof Match.CapacityGap g) {
        assertThat(g.services()).containsExactlyElementsOf(full);
      } else {
        Match.RegulatoryGap g = (Match.RegulatoryGap) m;
        assertThat(g.exclusions()).extracting(Exclusion::listing).containsExactlyElementsOf(excluded);
        for (Exclusion e : g.exclusions()) {
          // Each literal the profile fails; together they explain the rule's failure.
          assertThat(e.literals()).allSatisfy(lit ->
              assertThat(EligibilityTest.reference(lit, t.profile())).contains(false));
          assertThat(e.literals()).allSatisfy(lit -> assertThat(lit instanceof Eligibility.Predicate
              || (lit instanceof Eligibility.Not n && n.rule() instanceof Eligibility.Predicate)
              || lit == Eligibility.Constant.NOBODY).isTrue());
        }
        g.narrowest().ifPresent(n -> assertThat(g.exclusions()).allSatisfy(
            e -> assertThat(e.literals().size()).isGreaterThanOrEqualTo(n.literals().size())));
      }
    });
  }

  @Test
  void aServiceForSomeAreasIsNoCandidateForAClientElsewhereButIsForOneWhoseAreaIsUnknown() {
    Agency shelter = Agency.of(AgencyId.of("hvo"), "HVO", AgencyKind.SHELTER,
        List.of(AgencyService.of("night-shelter", "Night shelter", List.of(LifeDomain.HOUSING))));
    ServiceDirectory d = ServiceDirectory.of(List.of(shelter), List.of(ServiceListing.open(shelter.id(),
        "night-shelter").withAreas(List.of(Area.of("west")))));
    ServiceMatcher m = ServiceMatcher.of(d);
    assertThat(m.verdict(LifeDomain.HOUSING, ClientProfile.builder().area(Area.of("west")).build()))
        .isEqualTo(Verdict.AVAILABLE);
    assertThat(m.match(LifeDomain.HOUSING, ClientProfile.builder().area(Area.of("noord")).build()))
        .isEqualTo(new Match.RegulatoryGap(ImmutableList.of()));
    assertThat(m.verdict(LifeDomain.HOUSING, ClientProfile.unknown())).isEqualTo(Verdict.AVAILABLE);
    assertThat(m.verdict(LifeDomain.FINANCES, ClientProfile.unknown())).isEqualTo(Verdict.REGULATORY_GAP);
    ServiceMatcher full = ServiceMatcher.of(d.withListing(d.listings().get(0)
        .withCapacity(new ServiceCapacity.Waitlist(WaitlistBand.OVER_THREE_MONTHS, AT))));
    assertThat(full.verdict(LifeDomain.HOUSING, ClientProfile.unknown())).isEqualTo(Verdict.CAPACITY_GAP);
    ServiceMatcher closed = ServiceMatcher.of(d.withListing(d.listings().get(0)
        .withStatus(ServiceStatus.TEMPORARILY_CLOSED)));
    assertThat(closed.verdict(LifeDomain.HOUSING, ClientProfile.unknown())).isEqualTo(Verdict.CAPACITY_GAP);
    ServiceMatcher gone = ServiceMatcher.of(d.withListing(d.listings().get(0).withStatus(ServiceStatus.INACTIVE)));
    assertThat(gone.verdict(LifeDomain.HOUSING, ClientProfile.unknown())).isEqualTo(Verdict.REGULATORY_GAP);
  }

  @Test
  void theDirectoryKeepsItsInvariants() {
    Agency a = Agency.of(AgencyId.of("a"), "A", AgencyKind.WELFARE,
        List.of(AgencyService.of("s", "S", List.of(LifeDomain.FINANCES))));
    assertThat(catchThrowableOfType(() -> ServiceDirectory.of(List.of(a, a), List.of()),
        InvalidValueException.class).code()).isEqualTo(DirectoryCodes.DUPLICATE);
    assertThat(catchThrowableOfType(() -> ServiceDirectory.of(List.of(a), List.of(ServiceListing.open(a.id(), "s"),
        ServiceListing.open(a.id(), "s"))), InvalidValueException.class).code()).isEqualTo(DirectoryCodes.DUPLICATE);
    assertThat(catchThrowableOfType(() -> ServiceDirectory.of(List.of(a), List.of(ServiceListing.open(a.id(),
        "other"))), InvalidValueException.class).code()).isEqualTo(DirectoryCodes.UNKNOWN_SERVICE);
    assertThat(catchThrowableOfType(() -> ServiceDirectory.of(List.of(a), List.of(ServiceListing.open(
        AgencyId.of("b"), "s"))), InvalidValueException.class).code()).isEqualTo(DirectoryCodes.UNKNOWN_SERVICE);
    assertThat(ServiceDirectory.openTo(List.of(a)).listings()).containsExactly(ServiceListing.open(a.id(), "s"));
    assertThat(catchThrowableOfType(() -> new ServiceCapacity.Places(3, 2, AT), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.CAPACITY_INVALID);
    assertThat(catchThrowableOfType(() -> new ServiceCapacity.Places(0, 0, AT), InvalidValueException.class).code())
        .isEqualTo(DirectoryCodes.CAPACITY_INVALID);
    assertThat(new ServiceCapacity.Places(0, 2, AT).hasRoom()).isFalse();
    assertThat(new ServiceCapacity.Places(1, 2, AT).hasRoom()).isTrue();
    assertThat(new ServiceCapacity.Waitlist(WaitlistBand.NONE, AT).hasRoom()).isTrue();
    ServiceListing l = ServiceListing.open(a.id(), "s");
    assertThat(l.withStatus(ServiceStatus.ACTIVE)).isSameAs(l);
    assertThat(l.withEligibility(Eligibility.everyone())).isSameAs(l);
    assertThat(l.withAreas(List.of())).isSameAs(l);
  }
}
