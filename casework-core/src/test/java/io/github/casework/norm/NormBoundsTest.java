package io.github.casework.norm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The documented ranges of the norms, at their edges, and the norms' withers. */
class NormBoundsTest {
  private static final ServiceNorms DUTCH = ServiceNorms.dutchDefaults();

  private static void rejected(Runnable r, String code) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void workingDaysCountFrom0To100000() {
    WorkingDayCalendar c = WorkingDayCalendar.weekendsOnly();
    LocalDate monday = LocalDate.of(2026, 3, 2);
    assertThat(c.plusWorkingDays(monday, 0)).isEqualTo(monday);
    assertThat(c.plusWorkingDays(monday, 100_000)).isEqualTo(monday.plusWeeks(20_000));
    rejected(() -> c.plusWorkingDays(monday, -1), NormCodes.WORKING_DAYS_OUT_OF_RANGE);
    rejected(() -> c.plusWorkingDays(monday, 100_001), NormCodes.WORKING_DAYS_OUT_OF_RANGE);
  }

  @Test
  void aLimitInWorkingDaysIsFrom1To1000() {
    assertThat(TimeLimit.workingDays(1)).isEqualTo(TimeLimit.workingDays(1));
    assertThat(TimeLimit.workingDays(1000)).isInstanceOf(TimeLimit.WorkingDays.class);
    rejected(() -> TimeLimit.workingDays(0), NormCodes.TIME_LIMIT_OUT_OF_RANGE);
    rejected(() -> TimeLimit.workingDays(1001), NormCodes.TIME_LIMIT_OUT_OF_RANGE);
  }

  private static void wither(BiFunction<ServiceNorms, TimeLimit, ServiceNorms> with,
      Function<ServiceNorms, TimeLimit> get) {
    TimeLimit other = TimeLimit.workingDays(17);
    assertThat(with.apply(DUTCH, get.apply(DUTCH))).isSameAs(DUTCH);
    ServiceNorms changed = with.apply(DUTCH, other);
    assertThat(get.apply(changed)).isEqualTo(other);
    assertThat(changed).isNotEqualTo(DUTCH);
    assertThat(with.apply(changed, get.apply(DUTCH))).isEqualTo(DUTCH);
  }

  @Test
  void eachWitherChangesOneLimitAndReturnsTheSameNormsWhenNothingChanges() {
    wither(ServiceNorms::withReferralResponse, ServiceNorms::referralResponse);
    wither(ServiceNorms::withReferralFollowUp, ServiceNorms::referralFollowUp);
    wither(ServiceNorms::withUrgentDebtThreatResponse, ServiceNorms::urgentDebtThreatResponse);
    wither(ServiceNorms::withFirstConversation, ServiceNorms::firstConversation);
    wither(ServiceNorms::withEscalationStepResponse, ServiceNorms::escalationStepResponse);
    wither(ServiceNorms::withInformManager, ServiceNorms::informManager);
  }
}
