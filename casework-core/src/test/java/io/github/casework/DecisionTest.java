package io.github.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** A {@link Decision} carries the new state and at least one event. */
class DecisionTest {

  @Test
  void aDecisionWithoutEventsIsRejectedAsInvalidInputNotAsABug() {
    assertThatThrownBy(() -> new Decision<>("state", ImmutableList.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.code()).isEqualTo(CoreCodes.DECISION_NO_EVENTS);
          assertThat(e.field()).isEqualTo("Decision.events");
          assertThat(e.getMessage()).doesNotContain("bug");
        });
  }

  @Test
  void aDecisionKeepsItsStateAndEvents() {
    Decision<String, Integer> d = new Decision<>("state", ImmutableList.of(1));
    assertThat(d.state()).isEqualTo("state");
    assertThat(d.event()).isEqualTo(1);
    assertThatThrownBy(() -> new Decision<>("state", ImmutableList.of(1, 2)).event())
        .isInstanceOf(IllegalStateException.class);
  }
}
