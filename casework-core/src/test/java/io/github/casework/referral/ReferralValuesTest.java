package io.github.casework.referral;

import static io.github.casework.referral.ConsentWithdrawalTest.underConsent;
import static io.github.casework.referral.Fixtures.CLIENT;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.REF;
import static io.github.casework.referral.Fixtures.SHELTER;
import static io.github.casework.referral.Fixtures.apply;
import static io.github.casework.referral.Fixtures.drafted;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small values of the referral package: the capacity codes the wire format writes, the text of a stale referral,
 * the earliest of several withdrawals that end a consent, and the hash and text of a register and a referral.
 */
class ReferralValuesTest {

  @Test
  void capacitiesKeepTheirCodes() {
    assertThat(Arrays.stream(Capacity.values()).map(Capacity::code)).containsExactly("yes", "no",
        "waitlist-under-1-month", "waitlist-1-to-3-months", "waitlist-over-3-months", "waitlist-undetermined");
    assertThat(Arrays.stream(Capacity.values()).filter(Capacity::isWaitlist)).hasSize(4);
  }

  @Test
  void aStaleReferralSaysWhatIsOverdueAndByHowMuch() {
    NetworkFinding.StaleReferral stale = new NetworkFinding.StaleReferral(CLIENT, REF, SHELTER,
        NetworkFinding.StaleReferral.Kind.NO_RESPONSE, t(0), Duration.ofDays(2));
    assertThat(stale.explanation()).isEqualTo("Referral ref-1 of client client-k to agency hvo-shelter: "
        + "no-response, due 2026-10-01T09:00:00Z, overdue by PT48H.");
  }

  @Test
  void theEarliestOfTwoWithdrawalsEndsTheConsent() {
    ConsentWithdrawal later = ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(50), List.of(SHELTER),
        List.of(LifeDomain.HOUSING));
    ConsentWithdrawal earlier = ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(30),
        List.of(SHELTER, AgencyId.of("debt-aid")), List.of(LifeDomain.HOUSING));
    Referral r = underConsent();
    for (ConsentRegister register : List.of(ConsentRegister.of(List.of(later, earlier)),
        ConsentRegister.of(List.of(earlier, later)))) {
      assertThat(register.ending(r, t(60))).containsSame(earlier);
      assertThat(register.ending(r, t(40))).containsSame(earlier);
      assertThat(register.ending(r, t(20))).isEmpty();
    }
    // A referral on a legal basis (or on none yet) rests on no consent to withdraw.
    ConsentRegister both = ConsentRegister.of(List.of(later, earlier));
    assertThat(both.ending(drafted(), t(60))).isEmpty();
    assertThat(both.ending(apply(drafted(), new ReferralCommand.RecordBasis(Fixtures.LEGAL_BASIS, t(10))), t(60)))
        .isEmpty();
  }

  @Test
  void aRegisterAndAReferralHashByTheirStateAndPrintNoClient() {
    ConsentWithdrawal w = ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(30), List.of(SHELTER),
        List.of(LifeDomain.HOUSING));
    ConsentRegister one = ConsentRegister.empty().withdraw(w);
    assertThat(one.hashCode()).isEqualTo(ConsentRegister.of(List.of(w)).hashCode())
        .isNotEqualTo(ConsentRegister.empty().hashCode());
    assertThat(one.toString()).isEqualTo("ConsentRegister[withdrawals=1]").doesNotContain(CLIENT.value());
    Referral sentOne = apply(underConsent(), send(20));
    assertThat(sentOne.hashCode()).isEqualTo(apply(underConsent(), send(20)).hashCode())
        .isNotEqualTo(underConsent().hashCode());
  }
}
