package io.github.casework.referral;

import static io.github.casework.referral.Fixtures.CLIENT;
import static io.github.casework.referral.Fixtures.LEGAL_BASIS;
import static io.github.casework.referral.Fixtures.MAARTJE;
import static io.github.casework.referral.Fixtures.SHELTER;
import static io.github.casework.referral.Fixtures.WELFARE;
import static io.github.casework.referral.Fixtures.apply;
import static io.github.casework.referral.Fixtures.drafted;
import static io.github.casework.referral.Fixtures.send;
import static io.github.casework.referral.Fixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A client withdraws consent: sending under it stops, what was shared before stays recorded as shared then. */
class ConsentWithdrawalTest {
  static final DataSharingBasis.Consent CONSENT = DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE, t(-60),
      List.of(SHELTER, AgencyId.of("debt-aid")), List.of(LifeDomain.HOUSING, LifeDomain.FINANCES));
  static final ConsentWithdrawal WITHDRAWAL = ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(30),
      List.of(SHELTER), List.of(LifeDomain.HOUSING));
  static final ConsentRegister REGISTER = ConsentRegister.empty().withdraw(WITHDRAWAL);

  static Referral underConsent() {
    return apply(drafted(), new ReferralCommand.RecordBasis(CONSENT, t(10)));
  }

  @Test
  void sendingUnderAWithdrawnConsentIsRejectedAndChangesNothing() {
    Referral draft = underConsent();

    assertThatThrownBy(() -> REGISTER.decide(draft, send(40)))
        .isInstanceOfSatisfying(RuleViolationException.class, e -> {
          assertThat(e.code()).isEqualTo(ReferralCodes.CONSENT_WITHDRAWN);
          assertThat(e.getMessage()).doesNotContain(CLIENT.value());
        });
    assertThat(draft).isEqualTo(underConsent());
  }

  @Test
  void sendingBeforeTheWithdrawalOrOutsideItsScopeIsAllowed() {
    assertThat(REGISTER.decide(underConsent(), send(20)).state().status()).isEqualTo(ReferralStatus.SENT);
    // The withdrawal names housing at the shelter only; the same consent for finances at debt aid still holds.
    Referral debt = Referral.draft(ReferralId.of("ref-2"), CLIENT, Fixtures.CASE, NeedId.of("need-debt"),
        LifeDomain.FINANCES, WELFARE, MAARTJE, AgencyId.of("debt-aid"), "debt-counselling", t(0)).state();
    debt = debt.decide(new ReferralCommand.RecordBasis(CONSENT, t(10))).state();
    assertThat(REGISTER.decide(debt, send(40)).state().status()).isEqualTo(ReferralStatus.SENT);
    // Another client's withdrawal does not touch this client's consent.
    ConsentRegister other = ConsentRegister.of(List.of(ConsentWithdrawal.of(ClientId.of("client-other"),
        ConsentGiver.CLIENT, MAARTJE, t(30), List.of(SHELTER), List.of(LifeDomain.HOUSING))));
    assertThat(other.decide(underConsent(), send(40)).state().status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void aConsentGivenAfterTheWithdrawalIsANewConsent() {
    DataSharingBasis.Consent renewed = DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE, t(35),
        List.of(SHELTER), List.of(LifeDomain.HOUSING));
    Referral r = REGISTER.decide(drafted(), new ReferralCommand.RecordBasis(renewed, t(36))).state();

    assertThat(REGISTER.decide(r, send(40)).state().status()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void recordingAWithdrawnConsentIsRejected() {
    assertThatThrownBy(() -> REGISTER.decide(drafted(), new ReferralCommand.RecordBasis(CONSENT, t(31))))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo(ReferralCodes.CONSENT_WITHDRAWN));
  }

  @Test
  void aDraftResumesUnderALegalBasisAndTheReferralsOwnRulesComeFirst() {
    Referral rebased = REGISTER.decide(underConsent(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(40))).state();
    assertThat(REGISTER.decide(rebased, send(41)).state().status()).isEqualTo(ReferralStatus.SENT);
    assertThat(REGISTER.stillResting(List.of(rebased), t(41))).isEmpty();
    // A command the referral itself rejects keeps the referral's code.
    assertThatThrownBy(() -> REGISTER.decide(underConsent(), send(5)))
        .isInstanceOfSatisfying(RuleViolationException.class,
            e -> assertThat(e.code()).isEqualTo(ReferralCodes.OUT_OF_ORDER));
  }

  @Test
  void openReferralsRestingOnTheConsentMustBeCancelledOrRebased() {
    Referral draft = underConsent();
    Referral sent = apply(underConsent(), send(20));
    Referral cancelled = apply(sent, new ReferralCommand.Cancel(MAARTJE, t(50)));
    Referral legal = apply(drafted(), new ReferralCommand.RecordBasis(LEGAL_BASIS, t(10)), send(20));

    assertThat(REGISTER.stillResting(List.of(draft, sent, cancelled, legal), t(29))).isEmpty();
    assertThat(REGISTER.stillResting(List.of(draft, sent, cancelled, legal), t(60))).containsExactly(draft, sent);
    assertThat(REGISTER.ending(sent, t(60))).contains(WITHDRAWAL);
  }

  @Test
  void replayAfterTheWithdrawalTellsWhatWasSharedThen() {
    List<ReferralEvent> history = new ArrayList<>(Referral.draft(Fixtures.REF, CLIENT, Fixtures.CASE,
        Fixtures.HOUSING_NEED, LifeDomain.HOUSING, WELFARE, MAARTJE, SHELTER, "night-shelter", t(0)).events());
    Referral r = Referral.replay(history);
    for (ReferralCommand c : List.of(new ReferralCommand.RecordBasis(CONSENT, t(10)), send(20),
        new ReferralCommand.Cancel(MAARTJE, t(45)))) {
      var d = REGISTER.decide(r, c);
      history.addAll(d.events());
      r = d.state();
    }

    Referral replayed = Referral.replay(history);
    assertThat(replayed).isEqualTo(r);
    assertThat(replayed.sentAt()).contains(t(20));
    assertThat(replayed.basis()).contains(CONSENT);
    assertThat(REGISTER.stillResting(List.of(replayed), t(60))).isEmpty();
  }

  @Test
  void aWithdrawalNamesAnAgencyAndALifeDomain() {
    assertThatThrownBy(() -> ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(0), List.of(),
        List.of(LifeDomain.HOUSING))).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ReferralCodes.WITHDRAWAL_EMPTY_SCOPE));
    assertThatThrownBy(() -> ConsentWithdrawal.of(CLIENT, ConsentGiver.CLIENT, MAARTJE, t(0), Set.of(SHELTER),
        List.of())).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(ReferralCodes.WITHDRAWAL_EMPTY_SCOPE));
  }

  @Test
  void registersAreValuesAndHostileToNull() {
    new EqualsTester()
        .addEqualityGroup(ConsentRegister.empty(), ConsentRegister.of(List.of()))
        .addEqualityGroup(REGISTER, ConsentRegister.of(ImmutableList.of(WITHDRAWAL)))
        .testEquals();
    assertThat(REGISTER.toString()).doesNotContain(CLIENT.value());
    NullPointerTester npt = new NullPointerTester()
        .setDefault(ConsentWithdrawal.class, WITHDRAWAL).setDefault(Referral.class, underConsent())
        .setDefault(DataSharingBasis.Consent.class, CONSENT).setDefault(ReferralCommand.class, send(40))
        .setDefault(AgencyId.class, SHELTER).setDefault(ClientId.class, CLIENT);
    npt.testAllPublicInstanceMethods(REGISTER);
    npt.testAllPublicStaticMethods(ConsentRegister.class);
    npt.testAllPublicInstanceMethods(WITHDRAWAL);
  }
}
