package io.github.casework.check;

import static io.github.casework.check.CaseloadCheckTest.CHECK;
import static io.github.casework.check.CaseloadCheckTest.CLIENT;
import static io.github.casework.check.CaseloadCheckTest.CLINIC;
import static io.github.casework.check.CaseloadCheckTest.MAARTJE;
import static io.github.casework.check.CaseloadCheckTest.WELFARE;
import static io.github.casework.check.CaseloadCheckTest.apply;
import static io.github.casework.check.CaseloadCheckTest.day;
import static io.github.casework.check.CaseloadCheckTest.world;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.id.CaseId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.ConsentGiver;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.ConsentWithdrawal;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralStatus;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A referral still resting on a withdrawn consent is reported, with the step to stop sharing. */
class ConsentRuleTest {
  static final DataSharingBasis.Consent CONSENT = DataSharingBasis.Consent.of(ConsentGiver.CLIENT, MAARTJE.id(),
      day(0), List.of(CLINIC.id()), List.of(LifeDomain.SUBSTANCE_USE));
  static final ConsentRegister WITHDRAWN = ConsentRegister.of(List.of(ConsentWithdrawal.of(CLIENT,
      ConsentGiver.CLIENT, MAARTJE.id(), day(2), List.of(CLINIC.id()), List.of(LifeDomain.SUBSTANCE_USE))));

  static Referral referral(String id, DataSharingBasis basis) {
    Referral r = Referral.draft(ReferralId.of(id), CLIENT, CaseId.of("case-" + id), NeedId.of("need-1"),
        LifeDomain.SUBSTANCE_USE, WELFARE.id(), MAARTJE.id(), CLINIC.id(), "detox", day(0)).state();
    return apply(r, new ReferralCommand.RecordBasis(basis, day(0)));
  }

  static Referral sent(String id, DataSharingBasis basis) {
    return apply(referral(id, basis), new ReferralCommand.Send(Deadline.after(Duration.ofDays(30)),
        Deadline.after(Duration.ofDays(60)), day(1)));
  }

  @Test
  void aSentReferralStillSharedAfterTheWithdrawalIsReportedWithTheReferrerToAct() {
    Caseload caseload = world().referrals(List.of(sent("r-1", CONSENT))).build();

    assertThat(CHECK.withConsents(WITHDRAWN).run(caseload, day(3))).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.REFERRAL_SHARED_AFTER_WITHDRAWAL);
      assertThat(f.severity()).isEqualTo(Severity.ERROR);
      assertThat(f.facts()).isEqualTo(new Facts.SharedAfterWithdrawal(CLIENT, ReferralId.of("r-1"),
          AgencyRef.of(CLINIC), LifeDomain.SUBSTANCE_USE, ReferralStatus.SENT, LocalDate.parse("2026-09-09")));
      assertThat(f.nextStep()).isEqualTo(new NextStep.RecordBasisOrCancel(AgencyRef.of(WELFARE),
          ReferralId.of("r-1")));
      assertThat(FindingText.english().render(f).nextStep()).contains("r-1", "Welzijn West");
    });
    // Before the withdrawal, and without the register, there is nothing to report.
    assertThat(CHECK.withConsents(WITHDRAWN).run(caseload, day(1))).isEmpty();
    assertThat(CHECK.run(caseload, day(3))).isEmpty();
  }

  @Test
  void aCancelledReferralOrOneUnderALegalBasisIsNotReported() {
    Referral cancelled = apply(sent("r-1", CONSENT), new ReferralCommand.Cancel(MAARTJE.id(), day(3)));
    Referral legal = sent("r-2", new DataSharingBasis.LegalBasis(LegalGround.VITAL_INTERESTS, "AVG art. 6(1)(d)"));
    Referral draft = referral("r-3", CONSENT);
    List<Finding> findings = CHECK.withConsents(WITHDRAWN).run(world().referrals(List.of(cancelled, legal, draft))
        .build(), day(4));

    assertThat(findings).extracting(f -> ((Facts.SharedAfterWithdrawal) f.facts()).referral())
        .containsExactly(ReferralId.of("r-3"));
  }

  @Test
  void theRegisterIsPartOfTheChecksValue() {
    assertThat(CHECK.withConsents(ConsentRegister.empty())).isSameAs(CHECK);
    new EqualsTester().addEqualityGroup(CHECK, CHECK.withConsents(ConsentRegister.empty()))
        .addEqualityGroup(CHECK.withConsents(WITHDRAWN), CHECK.withConsents(WITHDRAWN))
        .testEquals();
    assertThat(CHECK.withConsents(WITHDRAWN).withPingPongThreshold(3).consents()).isEqualTo(WITHDRAWN);
  }
}
