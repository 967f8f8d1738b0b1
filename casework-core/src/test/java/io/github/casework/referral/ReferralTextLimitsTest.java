package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import org.junit.jupiter.api.Test;

/** A refusal's criterion and a legal basis's provision are accepted at exactly their longest, not a character more. */
class ReferralTextLimitsTest {

  @Test
  void aCriterionOfExactlyTheLongestLengthIsAccepted() {
    String longest = "c".repeat(Refusal.NotEligible.MAX_CRITERION);
    assertThat(new Refusal.NotEligible(longest).criterion()).isEqualTo(longest);
    assertThatThrownBy(() -> new Refusal.NotEligible(longest + "c")).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(ReferralCodes.REFUSAL_CRITERION_TOO_LONG));
  }

  @Test
  void aProvisionOfExactlyTheLongestLengthIsAccepted() {
    String longest = "p".repeat(DataSharingBasis.LegalBasis.MAX_PROVISION);
    assertThat(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, longest).provision()).isEqualTo(longest);
    assertThatThrownBy(() -> new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, longest + "p"))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ReferralCodes.LEGAL_BASIS_PROVISION_TOO_LONG));
  }
}
