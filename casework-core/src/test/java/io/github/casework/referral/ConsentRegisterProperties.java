package io.github.casework.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkException;
import io.github.casework.Decision;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The register decides as the referral does, except that it never lets a referral be sent, or a consent be recorded,
 * under a consent a withdrawal ends at that time: an oracle that reads the withdrawal's fields directly says when.
 */
class ConsentRegisterProperties {
  record Try(Referral referral, ReferralCommand command, ConsentWithdrawal withdrawal) {}

  static final Gen<Try> TRIES = r -> {
    Referral referral = ReferralGen.referrals().next(r);
    ReferralCommand command = r.nextInt(3) == 0
        ? new ReferralCommand.Send(ReferralGen.deadlines(referral.lastChangedAt(), r),
            ReferralGen.deadlines(referral.lastChangedAt(), r), ReferralGen.laterTime(referral, r))
        : ReferralGen.referralCommands(referral, r);
    Set<AgencyId> agencies = new HashSet<>(Set.of(r.nextBoolean() ? referral.to() : CaseworkGen.agencyIds().next(r)));
    Set<LifeDomain> domains = new HashSet<>(Set.of(r.nextBoolean() ? referral.domain()
        : Gen.oneOf(LifeDomain.values()).next(r)));
    ClientId client = r.nextInt(5) == 0 ? ClientId.of("another-client") : referral.client();
    Instant at = command.at().plus(Duration.ofMinutes(r.nextInt(2 * 24 * 60) - 24 * 60));
    return new Try(referral, command, ConsentWithdrawal.of(client, ConsentGiver.CLIENT, referral.referrer(), at,
        agencies, domains));
  };

  /** Whether the withdrawal ends this consent of this referral at this instant, read from the fields. */
  static boolean ends(ConsentWithdrawal w, Referral r, DataSharingBasis basis, Instant when) {
    return basis instanceof DataSharingBasis.Consent c && w.client().equals(r.client())
        && !c.givenAt().isAfter(w.at()) && !when.isBefore(w.at()) && w.agencies().contains(r.to())
        && w.domains().contains(r.domain());
  }

  @Test
  void theRegisterDecidesAsTheReferralDoesButNeverSendsOrRecordsAWithdrawnConsent() {
    int[] refused = {0};
    Property.forAll("referral.consent-register", TRIES, t -> {
      ConsentRegister register = ConsentRegister.of(List.of(t.withdrawal()));
      Object plain = outcome(() -> t.referral().decide(t.command()));
      Object guarded = outcome(() -> register.decide(t.referral(), t.command()));
      boolean withdrawn = plain instanceof Decision<?, ?>
          && (t.command() instanceof ReferralCommand.Send s && t.referral().basis().isPresent()
              && ends(t.withdrawal(), t.referral(), t.referral().basis().get(), s.at())
          || t.command() instanceof ReferralCommand.RecordBasis b
              && ends(t.withdrawal(), t.referral(), b.basis(), b.at()));
      if (withdrawn) {
        refused[0]++;
        assertThat(guarded).isEqualTo(ReferralCodes.CONSENT_WITHDRAWN);
      } else {
        assertThat(guarded).isEqualTo(plain);
      }
    });
    assertThat(refused[0]).as("the generator withdraws consents that matter").isPositive();
  }

  /** The decision, or the code of the rejection. */
  static Object outcome(java.util.function.Supplier<Decision<Referral, ReferralEvent>> decide) {
    try {
      return decide.get();
    } catch (CaseworkException e) {
      return Rejections.code(e);
    }
  }
}
