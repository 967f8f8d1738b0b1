package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import io.github.casework.signal.SignalDetector;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A check's configuration as a value: equal configurations are equal checks, and each wither changes one part. */
class CaseloadCheckConfigTest {
  private static final CaseloadCheck CHECK = CaseloadCheck.of(ServiceNorms.dutchDefaults());

  @Test
  void checksAreEqualExactlyWhenTheirNormsThresholdDetectorAndFeedbackLimitAre() {
    TimeLimit week = TimeLimit.of(Duration.ofDays(7));
    new EqualsTester()
        .addEqualityGroup(CHECK, CaseloadCheck.of(ServiceNorms.dutchDefaults()))
        .addEqualityGroup(CHECK.withPingPongThreshold(1), CaseloadCheck.of(ServiceNorms.dutchDefaults())
            .withPingPongThreshold(1))
        .addEqualityGroup(CHECK.withDetector(SignalDetector.of(9)))
        .addEqualityGroup(CHECK.withFeedbackLimit(week), CHECK.withFeedbackLimit(TimeLimit.of(Duration.ofDays(7))))
        .addEqualityGroup(CaseloadCheck.of(ServiceNorms.dutchDefaults().withReferralResponse(week)))
        .testEquals();
  }

  @Test
  void detectorsAreEqualExactlyWhenTheirThresholdsAndZoneAre() {
    new EqualsTester()
        .addEqualityGroup(SignalDetector.of(5), SignalDetector.of(5, SignalDetector.DEFAULT_ZONE))
        .addEqualityGroup(SignalDetector.of(6))
        .addEqualityGroup(SignalDetector.of(5, ZoneOffset.UTC))
        .addEqualityGroup(SignalDetector.of(5).withMandateThreshold(4), SignalDetector.of(5).withMandateThreshold(4))
        .testEquals();
  }

  @Test
  void eachWitherChangesItsPartAndReturnsTheSameCheckWhenNothingChanges() {
    assertThat(CHECK.withPingPongThreshold(1).pingPongThreshold()).isEqualTo(1);
    TimeLimit week = TimeLimit.of(Duration.ofDays(7));
    CaseloadCheck weekly = CHECK.withFeedbackLimit(week);
    assertThat(weekly.feedbackLimit()).isEqualTo(week);
    assertThat(weekly.withFeedbackLimit(TimeLimit.of(Duration.ofDays(7)))).isSameAs(weekly);
    assertThat(CHECK.withFeedbackLimit(CHECK.feedbackLimit())).isSameAs(CHECK);
    assertThat(weekly.norms()).isEqualTo(CHECK.norms());
    assertThat(weekly.pingPongThreshold()).isEqualTo(CHECK.pingPongThreshold());
    assertThat(weekly.detector()).isEqualTo(CHECK.detector());
  }

  @Test
  void theDescriptionNamesTheSettingsAndNoData() {
    assertThat(CHECK.withPingPongThreshold(4).toString()).startsWith("CaseloadCheck[").contains("pingPongThreshold=4",
        "feedbackLimit=");
  }
}
