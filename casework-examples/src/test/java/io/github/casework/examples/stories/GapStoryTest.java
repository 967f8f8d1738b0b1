package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.check.AgencyRef;
import io.github.casework.check.Facts;
import io.github.casework.check.Finding;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.NextStep;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.Outcome;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The demo's third story: the gaps the check finds with a service directory, and what the escalations made of them. */
class GapStoryTest {

  @Test
  void mrKsGapNamesTheHousingServiceTheGirlsTheShelterAndFiveCasesMakeAPattern() {
    GapStory.Result r = GapStory.run(new Timeline(Locale.ENGLISH));
    assertThat(r.mrKGap()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.NEED_REGULATORY_GAP);
      assertThat(f.nextStep()).isInstanceOfSatisfying(NextStep.Escalate.class, s -> {
        assertThat(s.agency()).isEqualTo(AgencyRef.of(GapStory.DIENST_WONEN));
        assertThat(s.reason()).isEqualTo(EscalationReason.REGULATORY_GAP);
      });
    });
    assertThat(r.pattern()).extracting(Finding::code).containsOnly(FindingCode.NEED_REGULATORY_GAP,
        FindingCode.RECURRING_GAP_PROPOSED).filteredOn(c -> c == FindingCode.NEED_REGULATORY_GAP).hasSize(5);
    assertThat(r.pattern()).filteredOn(f -> f.code() == FindingCode.RECURRING_GAP_PROPOSED).singleElement()
        .satisfies(f -> assertThat(((Facts.RecurringGap) f.facts()).cases()).hasSize(5));
    assertThat(r.girlGap()).singleElement().satisfies(f -> assertThat(f.nextStep())
        .isInstanceOfSatisfying(NextStep.Escalate.class, s -> assertThat(s.agency())
            .isEqualTo(AgencyRef.of(GapStory.HVO))));
    assertThat(r.afterwards()).isEmpty();
    assertThat(r.escalations()).extracting(e -> e.outcome().orElseThrow())
        .containsExactly(Outcome.PRIORITY_GRANTED, Outcome.EXCEPTION_GRANTED);
  }

  @Test
  void theTimelineShowsTheGapsInBothLanguagesAndNeverNamesTheSpecialCategoryFact() {
    for (FindingText findingText : new FindingText[] {FindingText.english(), FindingText.dutch()}) {
      Timeline t = new Timeline(findingText.locale());
      GapStory.Result r = GapStory.run(t);
      String text = String.join(" ", t.lines()).replaceAll("\\s+", " ");
      String explanation = findingText.explanation(r.girlGap().get(0));
      assertThat(explanation).doesNotContainIgnoringCase("pregnan").doesNotContainIgnoringCase("zwanger")
          .contains(findingText.locale().getLanguage().equals("nl") ? "een bijzonder persoonsgegeven"
              : "a special-category fact");
      assertThat(text).contains(explanation.substring(0, 60)).contains(findingText.title(
          FindingCode.NEED_REGULATORY_GAP));
    }
  }
}
