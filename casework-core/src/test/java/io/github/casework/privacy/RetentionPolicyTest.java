package io.github.casework.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseCommand;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.check.Caseload;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each closed case gets an erase-after date; a client is due for erasure when nothing of theirs is open. */
class RetentionPolicyTest {
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
  static final ProfessionalId SW = ProfessionalId.of("sw-1");
  static final AgencyId WELFARE = AgencyId.of("welfare");

  static Case opened(String id, String client) {
    return Case.open(CaseId.of(id), ClientId.of(client), WELFARE, SW, T0).state();
  }

  static Case closed(String id, String client) {
    return opened(id, client).decide(new CaseCommand.Close(ClosureReason.GOALS_REACHED, T0.plusSeconds(3600)))
        .state();
  }

  @Test
  void aClosedCaseIsErasedFiveYearsAfterClosingByDefault() {
    RetentionPolicy p = RetentionPolicy.defaults();
    assertThat(p.period(RetentionPolicy.Kind.CLOSED_CASE)).isEqualTo(Period.ofYears(5));
    assertThat(p.period(RetentionPolicy.Kind.ENDED_REFERRAL)).isEqualTo(Period.ofYears(2));
    assertThat(p.eraseAfter(closed("c1", "k"), ZONE)).contains(Instant.parse("2031-03-02T10:00:00Z"));
    assertThat(p.eraseAfter(opened("c1", "k"), ZONE)).isEmpty();
    assertThat(p.with(RetentionPolicy.Kind.CLOSED_CASE, Period.ofMonths(6)).eraseAfter(closed("c1", "k"), ZONE))
        .contains(Instant.parse("2026-09-02T09:00:00Z"));
  }

  @Test
  void anEndedReferralIsErasedTwoYearsAfterItEndedByDefault() {
    Referral draft = Referral.draft(ReferralId.of("r1"), ClientId.of("m"), CaseId.of("c3"), NeedId.of("n"),
        LifeDomain.HOUSING, WELFARE, SW, AgencyId.of("shelter"), "bed", T0).state();
    Referral cancelled = draft.decide(new ReferralCommand.Cancel(SW, T0.plusSeconds(3600))).state();
    RetentionPolicy p = RetentionPolicy.defaults();
    assertThat(p.eraseAfter(draft, ZONE)).isEmpty();
    assertThat(p.eraseAfter(cancelled, ZONE)).contains(Instant.parse("2028-03-02T10:00:00Z"));
    assertThat(p.with(RetentionPolicy.Kind.ENDED_REFERRAL, Period.ofMonths(6)).eraseAfter(cancelled, ZONE))
        .contains(Instant.parse("2026-09-02T09:00:00Z"));
    assertThat(p.toString()).contains("P5Y").contains("P2Y");
  }

  @Test
  void aClientIsDueOnlyWhenEveryCaseIsPastItsDateAndNoReferralIsOpen() {
    Referral open = Referral.draft(ReferralId.of("r1"), ClientId.of("m"), CaseId.of("c3"), NeedId.of("n"),
        LifeDomain.HOUSING, WELFARE, SW, AgencyId.of("shelter"), "bed", T0).state();
    Caseload caseload = Caseload.builder()
        .cases(List.of(closed("c1", "k"), closed("c2", "l"), opened("c2b", "l"), closed("c3", "m")))
        .referrals(List.of(open)).build();
    RetentionPolicy p = RetentionPolicy.defaults();

    assertThat(p.dueForErasure(caseload, ZONE, Instant.parse("2031-03-02T09:59:59Z"))).isEmpty();
    assertThat(p.dueForErasure(caseload, ZONE, Instant.parse("2031-03-02T10:00:00Z")))
        .containsExactly(ClientId.of("k"));
  }

  @Test
  void periodsArePositiveAndPoliciesAreValues() {
    assertThatThrownBy(() -> RetentionPolicy.defaults().with(RetentionPolicy.Kind.CLOSED_CASE, Period.ZERO))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(PrivacyCodes.RETENTION_NOT_POSITIVE));
    assertThatThrownBy(() -> RetentionPolicy.defaults().with(RetentionPolicy.Kind.CLOSED_CASE, Period.of(1, -1, 0)))
        .isInstanceOf(InvalidValueException.class);
    RetentionPolicy same = RetentionPolicy.defaults().with(RetentionPolicy.Kind.CLOSED_CASE, Period.ofYears(5));
    assertThat(same).isSameAs(RetentionPolicy.defaults());
    new EqualsTester().addEqualityGroup(RetentionPolicy.defaults(), same)
        .addEqualityGroup(RetentionPolicy.defaults().with(RetentionPolicy.Kind.ENDED_REFERRAL, Period.ofYears(1)))
        .testEquals();
  }
}
