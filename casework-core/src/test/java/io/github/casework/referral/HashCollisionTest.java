package io.github.casework.referral;

import static io.github.casework.referral.ReferralNetworkTest.CLINIC;
import static io.github.casework.referral.ReferralNetworkTest.WELFARE;
import static io.github.casework.referral.ReferralNetworkTest.day;
import static io.github.casework.referral.ReferralNetworkTest.refused;
import static io.github.casework.referral.ReferralNetworkTest.sent;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The network's hash tables tell keys apart by equality, not by their hash: two clients (or two referrals) whose
 * ids hash alike ("Aa" and "BB" have the same {@link String#hashCode()}) are never taken for one another.
 */
class HashCollisionTest {
  private static final ClientId A = ClientId.of("client-Aa");
  private static final ClientId B = ClientId.of("client-BB");
  private static final AgencyId SHELTER = AgencyId.of("hvo-shelter");
  private static final AgencyId OTHER = AgencyId.of("other-housing");

  @Test
  void theIdsUsedHereHashAlike() {
    assertThat(A.hashCode()).isEqualTo(B.hashCode());
    assertThat(sent("ref-Aa", A, WELFARE, CLINIC, LifeDomain.HOUSING, 0).id().hashCode())
        .isEqualTo(sent("ref-BB", A, WELFARE, CLINIC, LifeDomain.HOUSING, 0).id().hashCode());
  }

  @Test
  void twoReferralsWhoseIdsHashAlikeAreNoDuplicate() {
    ReferralNetwork network = ReferralNetwork.of(List.of(sent("ref-Aa", A, WELFARE, CLINIC, LifeDomain.HOUSING, 0),
        sent("ref-BB", A, WELFARE, SHELTER, LifeDomain.HOUSING, 0)));
    assertThat(network.referrals()).hasSize(2);
  }

  /**
   * Client A's two refusals wait for each other: the clinic wants housing first, and the shelter A was referred to
   * for housing wants the addiction treated first. Client B, whose id hashes as A's, was accepted for housing.
   */
  private static List<Referral> cycleOfAWithBHousedAt(AgencyId bHousing) {
    return List.of(
        // B first, so B's entries take the slots that A's keys hash to.
        Fixtures.apply(sent("b1", B, WELFARE, bHousing, LifeDomain.HOUSING, 9),
            new ReferralCommand.Accept(day(10))),
        refused("a1", A, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0,
            Refusal.PreconditionUnmet.first(LifeDomain.HOUSING)),
        refused("a2", A, CLINIC, SHELTER, LifeDomain.HOUSING, 1,
            Refusal.PreconditionUnmet.first(LifeDomain.SUBSTANCE_USE)));
  }

  @Test
  void anotherClientsHousingDoesNotStandInForTheClientsOwn() {
    // B housed elsewhere: A's precondition still waits for the shelter that answered A.
    assertThat(ReferralNetwork.of(cycleOfAWithBHousedAt(OTHER)).deadlocks()).singleElement().satisfies(d -> {
      assertThat(d.client()).isEqualTo(A);
      assertThat(d.agencies()).containsExactlyInAnyOrder(SHELTER, CLINIC);
    });
  }

  @Test
  void anotherClientAtTheSameAgencyAndDomainIsAnotherNode() {
    // B housed at the same shelter, and later than A was refused there: still A's own refusal stands.
    assertThat(ReferralNetwork.of(cycleOfAWithBHousedAt(SHELTER)).deadlocks()).singleElement().satisfies(d -> {
      assertThat(d.client()).isEqualTo(A);
      assertThat(d.cycle()).extracting(NetworkFinding.PreconditionDeadlock.Blocked::referral)
          .extracting(id -> id.value()).containsExactlyInAnyOrder("a1", "a2");
    });
  }

  @Test
  void halfCyclesOfTwoClientsWhoseIdsHashAlikeAreNoDeadlock() {
    List<Referral> refs = List.of(
        refused("a", A, WELFARE, CLINIC, LifeDomain.SUBSTANCE_USE, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SOCIAL_NETWORK, WELFARE)),
        refused("b", B, CLINIC, WELFARE, LifeDomain.SOCIAL_NETWORK, 0,
            Refusal.PreconditionUnmet.solvedBy(LifeDomain.SUBSTANCE_USE, CLINIC)));
    assertThat(ReferralNetwork.of(refs).deadlocks()).isEmpty();
    assertThat(ReferralNetwork.of(List.of(refs.get(1), refs.get(0))).deadlocks()).isEmpty();
  }
}
