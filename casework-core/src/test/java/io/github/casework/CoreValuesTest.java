package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * The shared values at their edges: expected versions (what each matches, how a conflict reads), deadlines and
 * decisions.
 */
class CoreValuesTest {
  private static final Instant T = Instant.parse("2026-03-02T09:00:00Z");

  @Test
  void eachExpectedVersionMatchesExactlyWhatItSays() {
    assertThat(ExpectedVersion.any().matches(0)).isTrue();
    assertThat(ExpectedVersion.any().matches(Long.MAX_VALUE)).isTrue();
    assertThat(ExpectedVersion.none().matches(0)).isTrue();
    assertThat(ExpectedVersion.none().matches(1)).isFalse();
    assertThat(ExpectedVersion.exactly(1).matches(1)).isTrue();
    assertThat(ExpectedVersion.exactly(1).matches(0)).isFalse();
    assertThat(ExpectedVersion.exactly(1).matches(2)).isFalse();
    assertThatThrownBy(() -> ExpectedVersion.exactly(0)).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(CoreCodes.VERSION_INVALID));
  }

  @Test
  void aConflictNamesTheAggregateAndBothVersions() {
    ExpectedVersion.any().check("case-1", 7);
    ExpectedVersion.exactly(7).check("case-1", 7);
    for (ExpectedVersion expected : new ExpectedVersion[] {ExpectedVersion.none(), ExpectedVersion.exactly(3)}) {
      assertThatThrownBy(() -> expected.check("case-1", 7)).isInstanceOfSatisfying(VersionConflictException.class,
          e -> {
            assertThat(e.code()).isEqualTo(VersionConflictException.CODE);
            assertThat(e.aggregateId()).isEqualTo("case-1");
            assertThat(e.expected()).isEqualTo(expected);
            assertThat(e.actual()).isEqualTo(7);
          });
    }
    assertThat(new VersionConflictException("case-1", ExpectedVersion.none(), 7))
        .hasMessage("case-1: expected version none but the aggregate is at version 7");
    assertThat(new VersionConflictException("case-1", ExpectedVersion.exactly(3), 7))
        .hasMessage("case-1: expected version 3 but the aggregate is at version 7");
    assertThat(ExpectedVersion.any()).hasToString("any");
  }

  @Test
  void aDeadlineIsDueAfterItsDurationOrAtItsInstant() {
    assertThat(Deadline.after(Duration.ofHours(2)).dueFrom(T)).isEqualTo(T.plusSeconds(7_200));
    assertThat(Deadline.after(Duration.ZERO).dueFrom(T)).isEqualTo(T);
    assertThat(Deadline.at(T).dueFrom(T.minusSeconds(60))).isEqualTo(T);
    assertThatThrownBy(() -> Deadline.after(Duration.ofNanos(-1))).isInstanceOfSatisfying(
        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(CoreCodes.DEADLINE_NEGATIVE));
  }

  @Test
  void aDecisionCarriesAtLeastOneEventAndNamesTheOnlyOne() {
    assertThat(new Decision<>("state", ImmutableList.of("e")).event()).isEqualTo("e");
    Decision<String, String> two = new Decision<>("state", ImmutableList.of("e1", "e2"));
    assertThatThrownBy(two::event).isInstanceOf(IllegalStateException.class).hasMessageContaining("2 events");
    assertThatThrownBy(() -> new Decision<>("state", ImmutableList.of()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(CoreCodes.DECISION_NO_EVENTS));
  }

  @Test
  void exceptionsJoinWhereAndWhichRuleInTheirMessage() {
    InvalidValueException invalid = new InvalidValueException(CoreCodes.VERSION_INVALID, "X.y", "must be z");
    assertThat(invalid).hasMessage("X.y: must be z");
    assertThat(invalid.field()).isEqualTo("X.y");
    RuleViolationException violation = new RuleViolationException(CoreCodes.VERSION_INVALID, "case-1", "rule");
    assertThat(violation).hasMessage("case-1: rule");
    assertThat(violation.subject()).isEqualTo("case-1");
  }
}
