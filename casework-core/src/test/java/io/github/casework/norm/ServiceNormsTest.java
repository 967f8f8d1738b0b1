package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.testing.Rejections;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ServiceNormsTest {
  private static final ServiceNorms NL = ServiceNorms.dutchDefaults();

  @Test
  void urgentDebtThreatsAreDueWithinThreeWorkingDays() {
    // Requested Thursday 2 April 2026 10:00 in Amsterdam (08:00Z); Good Friday works, Easter Monday does not:
    // due at the end of Wednesday 8 April, i.e. midnight 8/9 April local time (22:00Z, summer time).
    Instant requested = Instant.parse("2026-04-02T08:00:00Z");
    assertThat(NL.due(NL.urgentDebtThreatResponse(), requested)).isEqualTo(Instant.parse("2026-04-08T22:00:00Z"));
    assertThat(NL.urgentDebtThreatResponse()).isEqualTo(TimeLimit.workingDays(3));
  }

  @Test
  void aFirstConversationIsDueWithinFourWeeks() {
    Instant requested = Instant.parse("2026-03-02T09:00:00Z");
    assertThat(NL.due(NL.firstConversation(), requested)).isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void aSignalIsDueOneQuarterLaterInLocalTime() {
    Instant raised = Instant.parse("2026-01-30T23:30:00Z"); // 31 January 00:30 in Amsterdam
    assertThat(NL.due(NL.signalResponse(), raised)).isEqualTo(Instant.parse("2026-04-29T22:30:00Z"));
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> TimeLimit.workingDays(0)).extracting(Rejections::code).isEqualTo("time-limit.out-of-range");
    assertThatThrownBy(() -> TimeLimit.of(Duration.ZERO)).extracting(Rejections::code)
        .isEqualTo("time-limit.not-positive");
    assertThatThrownBy(() -> TimeLimit.of(Period.ofDays(-1))).extracting(Rejections::code)
        .isEqualTo("time-limit.not-positive");
    assertThat(TimeLimit.of(Duration.ofHours(48)).dueAfter(Instant.EPOCH, WorkingDayCalendar.weekendsOnly(),
        ZoneId.of("UTC"))).isEqualTo(Instant.EPOCH.plus(Duration.ofHours(48)));
  }

  @Test
  void withersOverrideOneNormAndReturnThisWhenUnchanged() {
    assertThat(NL.withReferralResponse(NL.referralResponse())).isSameAs(NL);
    assertThat(NL.withZone(NL.zone())).isSameAs(NL);
    ServiceNorms strict = NL.withReferralResponse(TimeLimit.workingDays(2));
    assertThat(strict.referralResponse()).isEqualTo(TimeLimit.workingDays(2));
    assertThat(strict.firstConversation()).isEqualTo(NL.firstConversation());
    assertThat(NL.withCalendar(WorkingDayCalendar.weekendsOnly()).calendar()).isNotEqualTo(NL.calendar());
  }
}
