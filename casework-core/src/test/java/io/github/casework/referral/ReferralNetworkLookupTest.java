package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.github.casework.id.ReferralId;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link ReferralNetwork#referral}: every referral of the network by its id, and nothing else. */
class ReferralNetworkLookupTest {
  @Test
  void findsEachReferralByItsIdAndNoOther() {
    Property.forAll("network.lookup", ReferralGen.referralSets(), given -> {
      Set<ReferralId> seen = new HashSet<>();
      List<Referral> referrals = given.stream().filter(r -> seen.add(r.id())).toList();
      ReferralNetwork network = ReferralNetwork.of(referrals);
      for (Referral r : referrals) {
        assertThat(network.referral(r.id())).containsSame(r);
        // An equal id made apart from the referral's finds it too.
        assertThat(network.referral(new ReferralId(r.id().value()))).containsSame(r);
      }
      assertThat(network.referral(ReferralId.of("not-in-this-network"))).isEmpty();
    });
  }

  @Test
  void anEmptyNetworkHoldsNoReferral() {
    assertThat(ReferralNetwork.of(List.of()).referral(ReferralId.of("r-1"))).isEmpty();
  }

  @Test
  void rejectsANullId() {
    assertThatNullPointerException().isThrownBy(() -> ReferralNetwork.of(List.of()).referral(null));
  }
}
