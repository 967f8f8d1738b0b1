package io.github.casework.examples.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.casefile.CaseStatus;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.check.FindingCode;
import io.github.casework.check.FindingText;
import io.github.casework.check.NextStep;
import io.github.casework.check.Severity;
import io.github.casework.id.ProfessionalId;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ClinicStoryTest {
  @Test
  void theDeadlockIsNamedTheMorningAfterTheSecondRefusalLongBeforeHeDiedOfCirrhosis() {
    Timeline t = new Timeline(Locale.ENGLISH);
    ClinicStory.Result r = ClinicStory.run(t);

    assertThat(r.firstFindings()).singleElement().satisfies(f -> {
      assertThat(f.code()).isEqualTo(FindingCode.PRECONDITION_DEADLOCK);
      assertThat(f.severity()).isEqualTo(Severity.CRITICAL);
      assertThat(f.nextStep()).isInstanceOfSatisfying(NextStep.BreakDeadlock.class,
          b -> assertThat(b.agency().name()).contains("Kliniek Noord"));
    });
    assertThat(r.asked()).isEqualTo(ProfessionalId.of("sw-sanne"));
    assertThat(r.laterFindings()).extracting(f -> f.code())
        .containsExactlyInAnyOrder(FindingCode.PRECONDITION_DEADLOCK, FindingCode.REFERRAL_PING_PONG,
            FindingCode.REFERRAL_PING_PONG);
    assertThat(r.caseload().cases()).allSatisfy(c -> {
      assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
      assertThat(c.closure()).contains(ClosureReason.CLIENT_DIED);
    });
    assertThat(ClinicStory.CHECKED_AT).isBefore(ClinicStory.DIED_AT);
    assertThat(r.daysTooLate()).isEqualTo(Duration.between(ClinicStory.CHECKED_AT, ClinicStory.DIED_AT).toDays())
        .isEqualTo(148);

    String text = String.join("\n", t.lines()).replaceAll("\\s+", " ");
    assertThat(text).contains("cirrhosis", "Thu 17 Sep 2026", "Fri 12 Feb 2027", "148 days", "Sanne",
        "Kliniek Noord refuses: first social network, by Welzijn West.", checkLine(FindingText.english()));
  }

  @Test
  void inDutchTheSameFactsAreTold() {
    Timeline t = new Timeline(Locale.forLanguageTag("nl"));
    ClinicStory.run(t);
    String text = String.join("\n", t.lines()).replaceAll("\\s+", " ");
    assertThat(text).contains("levercirrose", "do 17 sep 2026", "vr 12 feb 2027", "148 dagen", "Sanne",
        "Kliniek Noord weigert: eerst sociaal netwerk, door Welzijn West.", checkLine(FindingText.dutch()),
        "de cliënt is overleden");
    assertThat(text).doesNotContain("refuses", "the check");
  }

  /** The check's line for the deadlock, in the words of the renderer. */
  private static String checkLine(FindingText text) {
    return text.severity(Severity.CRITICAL) + ": " + text.title(FindingCode.PRECONDITION_DEADLOCK) + ".";
  }
}
