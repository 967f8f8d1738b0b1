package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
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
    assertThat(NL.deadline(NL.urgentDebtThreatResponse()).dueFrom(requested))
        .isEqualTo(Instant.parse("2026-04-08T22:00:00Z"));
    assertThat(NL.urgentDebtThreatResponse()).isEqualTo(TimeLimit.workingDays(3));
  }

  @Test
  void aFirstConversationIsDueWithinFourWeeks() {
    Instant requested = Instant.parse("2026-03-02T09:00:00Z");
    assertThat(NL.deadline(NL.firstConversation()).dueFrom(requested))
        .isEqualTo(Instant.parse("2026-03-30T08:00:00Z"));
  }

  @Test
  void aSignalIsDueOneQuarterLaterOnTheUtcCalendarWhateverTheZone() {
    // 31 January 00:30 in Amsterdam, but 30 January on the UTC calendar: due 30 April at the same UTC time, not
    // at 00:30 local time on 30 April (which three months in Amsterdam would give, 2026-04-29T22:30Z).
    Instant raised = Instant.parse("2026-01-30T23:30:00Z");
    assertThat(NL.signalResponse().dueFrom(raised)).isEqualTo(Instant.parse("2026-04-30T23:30:00Z"));
    assertThat(NL.withZone(ZoneId.of("Asia/Tokyo")).signalResponse().dueFrom(raised))
        .isEqualTo(Instant.parse("2026-04-30T23:30:00Z"));
    // Counting the quarter in the norms' zone is one wither away.
    ServiceNorms local = NL.withSignalResponse(NL.deadline(TimeLimit.of(Period.ofMonths(3))));
    assertThat(local.signalResponse().dueFrom(raised)).isEqualTo(Instant.parse("2026-04-29T22:30:00Z"));
    assertThat(NL.withSignalResponse(NL.signalResponse())).isSameAs(NL);
  }

  @Test
  void aNormIsADeadlineCountedWithTheNormsCalendarAndZone() {
    CalendarDeadline response = NL.deadline(NL.referralResponse());
    assertThat(response).isEqualTo(new CalendarDeadline(TimeLimit.workingDays(5), DutchHolidays.standard(),
        ZoneId.of("Europe/Amsterdam")));
    // Sent on Friday 24 April 2026; King's Day (Monday 27 April) is a holiday, so the fifth working day is Monday
    // 4 May and the response is due at local midnight 4/5 May (22:00Z, summer time).
    Instant friday = Instant.parse("2026-04-24T10:00:00Z");
    assertThat(response.dueFrom(friday)).isEqualTo(Instant.parse("2026-05-04T22:00:00Z"));
    ServiceNorms utc = NL.withZone(ZoneId.of("UTC")).withCalendar(WorkingDayCalendar.weekendsOnly());
    assertThat(utc.deadline(NL.referralResponse()).dueFrom(friday)).isEqualTo(Instant.parse("2026-05-02T00:00:00Z"));
    new EqualsTester()
        .addEqualityGroup(response, NL.deadline(TimeLimit.workingDays(5)))
        .addEqualityGroup(utc.deadline(NL.referralResponse()))
        .addEqualityGroup(NL.deadline(NL.firstConversation()))
        .testEquals();
    new NullPointerTester().setDefault(TimeLimit.class, TimeLimit.workingDays(1))
        .setDefault(WorkingDayCalendar.class, WorkingDayCalendar.weekendsOnly()).setDefault(ZoneId.class, ZoneId.of("UTC"))
        .testAllPublicConstructors(CalendarDeadline.class);
    assertThatThrownBy(() -> response.dueFrom(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void limitsMustBePositive() {
    assertThatThrownBy(() -> TimeLimit.workingDays(0)).extracting(Rejections::code).isEqualTo("time-limit.out-of-range");
    assertThatThrownBy(() -> TimeLimit.of(Duration.ZERO)).extracting(Rejections::code)
        .isEqualTo("time-limit.not-positive");
    assertThatThrownBy(() -> TimeLimit.of(Period.ofDays(-1))).extracting(Rejections::code)
        .isEqualTo("time-limit.not-positive");
    assertThat(new CalendarDeadline(TimeLimit.of(Duration.ofHours(48)), WorkingDayCalendar.weekendsOnly(),
        ZoneId.of("UTC")).dueFrom(Instant.EPOCH)).isEqualTo(Instant.EPOCH.plus(Duration.ofHours(48)));
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
