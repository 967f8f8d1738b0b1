package io.github.casework.examples.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.LifeDomain;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Urgency;
import io.github.casework.escalation.BeyondMandateReason;
import io.github.casework.escalation.EscalationReason;
import io.github.casework.escalation.LadderLevel;
import io.github.casework.escalation.Outcome;
import io.github.casework.party.Role;
import io.github.casework.referral.ReferralOutcome;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Every code people read has an English and a Dutch word, and they differ where the languages do. */
class WordsTest {
  private static final Words EN = Words.of(Locale.ENGLISH);
  private static final Words NL = Words.of(Locale.forLanguageTag("nl-BE"));

  @Test
  void everyCodeHasAWordInBothLanguages() {
    both(LifeDomain.values(), Words::domain);
    both(Urgency.values(), Words::urgency);
    both(LadderLevel.values(), Words::level);
    both(EscalationReason.values(), Words::reason);
    both(Outcome.values(), Words::outcome);
    both(ClosureReason.values(), Words::closure);
    both(Role.values(), Words::role);
    both(ReferralOutcome.values(), Words::referralOutcome);
    both(BeyondMandateReason.values(), Words::beyond);
    assertThat(NL.domain(LifeDomain.SUBSTANCE_USE)).isEqualTo("verslaving");
    assertThat(EN.domain(LifeDomain.SUBSTANCE_USE)).isEqualTo("addiction");
  }

  private static <K> void both(K[] keys, BiFunction<Words, K, String> word) {
    for (K k : keys) {
      assertThat(word.apply(EN, k)).as("English for %s", k).isNotBlank();
      assertThat(word.apply(NL, k)).as("Dutch for %s", k).isNotBlank();
    }
  }

  @Test
  void datesNameTheZoneAndUseTheirOwnNames() {
    ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
    Instant summer = Instant.parse("2026-10-05T08:30:00Z");
    Instant winter = Instant.parse("2026-11-03T15:00:00Z");
    Dates en = Dates.of(amsterdam, Locale.ENGLISH);
    Dates nl = Dates.of(amsterdam, Locale.forLanguageTag("nl"));
    assertThat(en.moment(summer)).isEqualTo("Mon 5 Oct 10:30 CEST");
    assertThat(en.moment(winter)).isEqualTo("Tue 3 Nov 16:00 CET");
    assertThat(nl.moment(summer)).isEqualTo("ma 5 okt 10:30 CEST");
    assertThat(nl.weekday(winter)).isEqualTo("di 3 nov 2026");
    assertThat(en.longDateTime(winter)).isEqualTo("3 November 2026, 16:00 CET");
    assertThat(Dates.of(ZoneId.of("UTC"), Locale.ENGLISH).time(winter)).isEqualTo("15:00 UTC");
    assertThat(Dates.of(ZoneId.of("Asia/Kolkata"), Locale.ENGLISH).time(winter)).isEqualTo("20:30 UTC+05:30");
    List<Function<Instant, String>> all = List.of(en::day, nl::day, en::longDay, nl::longDay);
    for (Function<Instant, String> f : all) {
      assertThat(f.apply(winter)).contains("2026");
    }
  }
}
