package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.AgencyKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The signal values at their limits: every count of the evidence checked alike, texts of exactly the longest
 * length, trends from and to zero, and incident shapes without a reason ordered before those with one.
 */
class SignalValueEdgesTest {

  private static void rejected(Executable make, String code, String field) {
    assertThatThrownBy(make::execute).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.code()).isEqualTo(code);
      assertThat(e.field()).isEqualTo(field);
    });
  }

  @Test
  void everyCountOfTheEvidenceIsCheckedAlike() {
    rejected(() -> Evidence.ofCounts(1, -1, 0), SignalCodes.EVIDENCE_NEGATIVE_COUNT, "Evidence.escalationCount");
    rejected(() -> Evidence.ofCounts(1, 0, -1), SignalCodes.EVIDENCE_NEGATIVE_COUNT, "Evidence.refusalCount");
    rejected(() -> new Evidence(1, 0, 0, ImmutableSortedSet.of(), ImmutableSortedSet.of(EscalationId.of("e")),
        ImmutableSortedSet.of()), SignalCodes.EVIDENCE_COUNT_BELOW_IDS, "Evidence.escalationCount");
    rejected(() -> new Evidence(1, 0, 0, ImmutableSortedSet.of(), ImmutableSortedSet.of(),
        ImmutableSortedSet.of(ReferralId.of("r"))), SignalCodes.EVIDENCE_COUNT_BELOW_IDS, "Evidence.refusalCount");
    assertThat(Evidence.ofIds(List.of(), List.of(EscalationId.of("e")), List.of(ReferralId.of("r")))
        .escalationCount()).isOne();
  }

  @Test
  void textsOfExactlyTheLongestLengthAreAccepted() {
    assertThat(new Topic(LifeDomain.HOUSING, "x".repeat(Topic.MAX_TARGET_GROUP)).targetGroup())
        .hasSize(Topic.MAX_TARGET_GROUP);
    rejected(() -> new Topic(LifeDomain.HOUSING, "x".repeat(Topic.MAX_TARGET_GROUP + 1)), SignalCodes.TOPIC_TOO_LONG,
        "Topic.targetGroup");
    assertThat(Response.noAction("y".repeat(Response.MAX_EXPLANATION)).explanation()).get().asString()
        .hasSize(Response.MAX_EXPLANATION);
    rejected(() -> Response.noAction("y".repeat(Response.MAX_EXPLANATION + 1)), SignalCodes.RESPONSE_TOO_LONG,
        "Response.explanation");
  }

  @Test
  void trendsFromAndToZero() {
    assertThat(Trend.between(0, 0)).isEqualTo(Trend.NEW);
    assertThat(Trend.between(0, 4)).isEqualTo(Trend.NEW);
    assertThat(Trend.between(3, 0)).isEqualTo(Trend.DECREASING);
    assertThat(Trend.between(3, 3)).isEqualTo(Trend.STABLE);
    assertThat(Trend.between(3, 4)).isEqualTo(Trend.INCREASING);
    rejected(() -> Trend.between(0, -1), SignalCodes.TREND_NEGATIVE_COUNT, "Trend.count");
  }

  @Test
  void aShapeWithoutAReasonComesBeforeEveryShapeWithOne() {
    Area west = Area.of("west");
    IncidentShape refusal = IncidentShape.refusal("no-capacity", LifeDomain.HOUSING, AgencyKind.SHELTER, west);
    EscalationReason first = EscalationReason.values()[0];
    IncidentShape escalated = IncidentShape.escalation(first, LifeDomain.HOUSING, AgencyKind.SHELTER, west);
    assertThat(refusal.compareTo(escalated)).isNegative();
    assertThat(escalated.compareTo(refusal)).isPositive();
    IncidentShape second = IncidentShape.escalation(EscalationReason.values()[1], LifeDomain.HOUSING,
        AgencyKind.SHELTER, west);
    assertThat(escalated.compareTo(second)).isNegative();
  }
}
