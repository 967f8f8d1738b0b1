package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.FindingCode;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.PartnerFeedback;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EarlySignalStoryTest {

  @Test
  void theCrisisSignalIsCaughtInTimeWhereTheCheckWouldOtherwiseHaveRaisedIt() {
    Timeline t = new Timeline(Locale.ENGLISH);
    EarlySignalStory.Result r = EarlySignalStory.run(t);
    assertThat(r.inTime()).isEmpty();
    assertThat(r.untouched()).extracting(f -> f.code()).containsExactly(FindingCode.OUTREACH_CRISIS_ATTEMPT_OVERDUE);
    assertThat(r.caseHandled().ending()).get().extracting(e -> e.result()).isEqualTo(EndResult.FOLLOW_UP_FINANCIAL);
    assertThat(r.caseHandled().signals()).hasSize(2);
    assertThat(r.caseHandled().partnerFeedback()).extracting(PartnerFeedback::answer)
        .containsOnly(PartnerFeedback.Answer.TAKEN_UP);
    assertThat(String.join("\n", t.lines())).contains("Caught in time").doesNotContain("1102KL");
  }
}
