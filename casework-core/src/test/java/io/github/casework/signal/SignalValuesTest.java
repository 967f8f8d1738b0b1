package io.github.casework.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.NullPointerTester;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.escalation.Escalation;
import io.github.casework.id.CaseId;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.AgencyKind;
import io.github.casework.testing.EscalationGen;
import io.github.casework.testing.Rejections;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SignalValuesTest {
  static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @Test
  void aQuarterHasATextFormThatParsesBack() {
    Quarter q = Quarter.parse("2026-Q4");
    assertThat(q).isEqualTo(Quarter.of(2026, 4));
    assertThat(q.toString()).isEqualTo("2026-Q4");
    assertThat(Quarter.of(7, 1).toString()).isEqualTo("0007-Q1");
    assertThat(Quarter.parse("0007-Q1")).isEqualTo(Quarter.of(7, 1));
    for (String bad : List.of("2026-Q5", "2026-Q0", "2026Q4", "26-Q4", "2026-q4", " 2026-Q4", "2026-Q4 ", "0000-Q1",
        "+2026-Q4", "2026-W4", "")) {
      assertThatThrownBy(() -> Quarter.parse(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
    assertThatThrownBy(() -> Quarter.of(2026, 5)).extracting(Rejections::code).isEqualTo("quarter.out-of-range");
    assertThatThrownBy(() -> Quarter.of(10_000, 1)).extracting(Rejections::code)
        .isEqualTo("quarter.year-out-of-range");
  }

  @Test
  void aQuarterKnowsItsDaysAndNeighbours() {
    Quarter q = Quarter.of(2026, 4);
    assertThat(q.firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(q.lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Quarter.of(2028, 1).lastDay()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(q.next()).isEqualTo(Quarter.of(2027, 1));
    assertThat(q.previous()).isEqualTo(Quarter.of(2026, 3));
    assertThat(Quarter.of(2026, 1).previous()).isEqualTo(Quarter.of(2025, 4));
    assertThat(q.plus(-9)).isEqualTo(Quarter.of(2024, 3));
    assertThat(q.plus(0)).isSameAs(q);
    assertThatThrownBy(() -> Quarter.MAX.next()).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> Quarter.MIN.previous()).isInstanceOf(InvalidValueException.class);
    assertThat(Quarter.containing(LocalDate.of(2026, 6, 30))).isEqualTo(Quarter.of(2026, 2));
    assertThat(q.contains(LocalDate.of(2026, 10, 1))).isTrue();
    assertThat(q.contains(LocalDate.of(2027, 1, 1))).isFalse();
    // Midnight in Amsterdam is 23:00 UTC in winter: the instant belongs to the next quarter there.
    Instant newYear = Instant.parse("2026-12-31T23:30:00Z");
    assertThat(Quarter.containing(newYear, AMSTERDAM)).isEqualTo(Quarter.of(2027, 1));
    assertThat(Quarter.containing(newYear, java.time.ZoneOffset.UTC)).isEqualTo(q);
    assertThat(q.start(AMSTERDAM)).isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    assertThat(q.end(AMSTERDAM)).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    assertThat(Quarter.of(2026, 1)).isLessThan(Quarter.of(2026, 2)).isGreaterThan(Quarter.of(2025, 4));
  }

  @Test
  void aTopicNamesAGroupNeverAPerson() {
    assertThat(Topic.of(LifeDomain.HOUSING, "divorced working men aged 50-65").targetGroup())
        .isEqualTo("divorced working men aged 50-65");
    for (String personal : List.of("client 123456782", "BSN 1234.56.782", "call 06-12345678",
        "tel 020 123 45 67", "mail k.jansen@example.nl")) {
      assertThatThrownBy(() -> Topic.of(LifeDomain.HOUSING, personal)).as(personal)
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).isEqualTo("text.personal-data");
            assertThat(e.getMessage()).doesNotContain(personal);
          });
    }
    // Eight digits in a row, or numbers separated by more than one character, are no BSN.
    assertThat(Topic.of(LifeDomain.FINANCES, "debts 2025 - 2026, 12345678 euro").domain())
        .isEqualTo(LifeDomain.FINANCES);
    assertThatThrownBy(() -> Topic.of(LifeDomain.HOUSING, " ")).extracting(Rejections::code).isEqualTo("topic.blank");
    assertThatThrownBy(() -> Topic.of(LifeDomain.HOUSING, "x".repeat(201))).extracting(Rejections::code)
        .isEqualTo("topic.too-long");
    assertThat(Topic.of(LifeDomain.HOUSING, "divorced working men").toString()).doesNotContain("divorced");
  }

  @Test
  void anAreaIsACode() {
    assertThat(Area.of("K24").toString()).isEqualTo("K24");
    assertThat(Area.of("1055")).isLessThan(Area.of("K24"));
    for (String bad : List.of("", "-west", "bos en lommer", "a".repeat(33), "123456782")) {
      assertThatThrownBy(() -> Area.of(bad)).as(bad).isInstanceOf(InvalidValueException.class);
    }
  }

  @Test
  void evidenceCountsAtLeastWhatItNames() {
    Evidence e = Evidence.ofIds(List.of(CaseId.of("c2"), CaseId.of("c1"), CaseId.of("c1")), List.of(), List.of());
    assertThat(e.caseCount()).isEqualTo(2);
    assertThat(e.caseIds()).containsExactly(CaseId.of("c1"), CaseId.of("c2"));
    assertThat(Evidence.ofCounts(12, 0, 3).refusalCount()).isEqualTo(3);
    assertThatThrownBy(() -> Evidence.ofCounts(0, 0, 0)).extracting(Rejections::code).isEqualTo("evidence.empty");
    assertThatThrownBy(() -> Evidence.ofCounts(-1, 1, 0)).extracting(Rejections::code)
        .isEqualTo("evidence.negative-count");
    assertThatThrownBy(() -> new Evidence(1, 0, 0, ImmutableSortedSet.of(CaseId.of("a"), CaseId.of("b")),
        ImmutableSortedSet.of(), ImmutableSortedSet.of())).extracting(Rejections::code)
        .isEqualTo("evidence.count-below-ids");
  }

  @Test
  void trendsCompareWithThePreviousPeriod() {
    assertThat(Trend.between(0, 5)).isEqualTo(Trend.NEW);
    assertThat(Trend.between(3, 5)).isEqualTo(Trend.INCREASING);
    assertThat(Trend.between(5, 5)).isEqualTo(Trend.STABLE);
    assertThat(Trend.between(7, 5)).isEqualTo(Trend.DECREASING);
    for (Trend t : Trend.values()) {
      assertThat(Trend.ofCode(t.code())).isEqualTo(t);
    }
    for (ResponseKind k : ResponseKind.values()) {
      assertThat(ResponseKind.ofCode(k.code())).isEqualTo(k);
    }
    assertThatThrownBy(() -> Trend.ofCode("x")).extracting(Rejections::code).isEqualTo("trend.unknown");
    assertThatThrownBy(() -> ResponseKind.ofCode("x")).extracting(Rejections::code)
        .isEqualTo("response-kind.unknown");
  }

  @Test
  void publicMethodsRejectNulls() {
    IncidentShape shape = IncidentShape.refusal("not-eligible", LifeDomain.HOUSING,
        AgencyKind.HOUSING_SERVICE, Area.of("wijk-west"));
    Incident incident = Incident.refusal(ReferralId.of("ref-1"), CaseId.of("case-1"), shape,
        Instant.parse("2026-10-05T10:00:00Z"));
    NullPointerTester tester = new NullPointerTester()
        .setDefault(Quarter.class, Quarter.of(2026, 4))
        .setDefault(Area.class, Area.of("wijk-west"))
        .setDefault(IncidentShape.class, shape)
        .setDefault(Incident.class, incident)
        .setDefault(ZoneId.class, AMSTERDAM)
        .setDefault(Instant.class, Instant.parse("2026-10-05T10:00:00Z"))
        .setDefault(LocalDate.class, LocalDate.of(2026, 10, 5))
        .setDefault(CaseId.class, CaseId.of("case-1"))
        .setDefault(EscalationId.class, EscalationId.of("esc-1"))
        .setDefault(ReferralId.class, ReferralId.of("ref-1"))
        .setDefault(Escalation.class, EscalationGen.escalations().next(new SplittableRandom(1)));
    tester.testAllPublicStaticMethods(Quarter.class);
    tester.testAllPublicInstanceMethods(Quarter.of(2026, 4));
    tester.testAllPublicStaticMethods(Topic.class);
    tester.testAllPublicStaticMethods(Evidence.class);
    tester.testAllPublicStaticMethods(IncidentShape.class);
    tester.testAllPublicStaticMethods(Incident.class);
    tester.testAllPublicConstructors(Incident.class);
    tester.testAllPublicStaticMethods(SignalDetector.class);
    tester.testAllPublicInstanceMethods(SignalDetector.of(5));
  }
}
