package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.FindingCode;
import io.github.casework.check.NextStep;
import io.github.casework.check.Severity;
import io.github.casework.escalation.Outcome;
import io.github.casework.id.AgencyId;
import org.junit.jupiter.api.Test;

class ClinicStoryTest {
  @Test
  void theDeadlockBetweenClinicAndSocialWorkIsNamedEscalatedAndBroken() {
    Timeline t = new Timeline();
    ClinicStory.Result r = ClinicStory.run(t);

    assertThat(r.deadlocks()).singleElement().satisfies(d -> assertThat(d.agencies())
        .containsExactly(AgencyId.of("kliniek-noord"), AgencyId.of("welzijn-west")));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.PRECONDITION_DEADLOCK);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.nextStep()).isInstanceOfSatisfying(NextStep.BreakDeadlock.class,
          b -> assertThat(b.agency().name()).contains("Kliniek Noord"));
    });
    assertThat(r.escalation().outcome()).contains(Outcome.EXCEPTION_GRANTED);
    assertThat(r.deadlocksAfter()).isEmpty();
    assertThat(String.join("\n", t.lines())).contains("no deadlocks left");
  }
}
