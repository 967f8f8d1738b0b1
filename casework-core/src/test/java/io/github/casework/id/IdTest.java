package io.github.casework.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.casework.InvalidValueException;
import io.github.casework.testing.CaseworkGen;
import io.github.casework.testing.Property;
import io.github.casework.testing.Rejections;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdTest {
  private static final Pattern RULE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  @Test
  void validIdsRoundTripThroughTheirText() {
    Property.forAll("id.valid", CaseworkGen.idText(), text -> {
      assertThat(RULE.matcher(text).matches()).isTrue();
      CaseId id = CaseId.of(text);
      assertThat(CaseId.of(id.toString())).isEqualTo(id);
      assertThat(ReferralId.of(text).value()).isEqualTo(text);
    });
  }

  @Test
  void invalidIdsAreRejectedWithACodeAndWithoutEchoingTheInput() {
    Property.forAll("id.invalid", CaseworkGen.invalidIdText(), text -> {
      assertThat(RULE.matcher(text).matches()).isFalse();
      assertThatThrownBy(() -> ClientId.of(text))
          .isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.code()).startsWith("id.");
            assertThat(e.field()).isEqualTo("ClientId.value");
            if (text.length() > 3) {
              assertThat(e.getMessage()).doesNotContain(text);
            }
          });
    });
  }

  @Test
  void boundaryLengths() {
    assertThat(AgencyId.of("a".repeat(64)).value()).hasSize(64);
    assertThatThrownBy(() -> AgencyId.of("a".repeat(65))).extracting(Rejections::code).isEqualTo("id.too-long");
    assertThatThrownBy(() -> AgencyId.of("")).extracting(Rejections::code).isEqualTo("id.blank");
    assertThatThrownBy(() -> AgencyId.of(" a")).extracting(Rejections::code).isEqualTo("id.invalid-start");
    assertThatThrownBy(() -> AgencyId.of("a b")).extracting(Rejections::code).isEqualTo("id.invalid-character");
    assertThatThrownBy(() -> AgencyId.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void equalityAndOrder() {
    new EqualsTester()
        .addEqualityGroup(CaseId.of("a"), CaseId.of("a"))
        .addEqualityGroup(CaseId.of("b"))
        .addEqualityGroup(NeedId.of("a"))
        .testEquals();
    assertThat(CaseId.of("a")).isLessThan(CaseId.of("b"));
  }

  @Test
  void seededSourcesRepeatAndRandomSourcesDiffer() {
    IdSource a = IdSource.seeded(42);
    IdSource b = IdSource.seeded(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String x = a.next();
      assertThat(b.next()).isEqualTo(x);
      assertThat(seen.add(x)).isTrue();
      assertThat(CaseId.of(x).value()).isEqualTo(x);
    }
    assertThat(IdSource.seeded(43).next()).isNotEqualTo(IdSource.seeded(42).next());
    assertThat(IdSource.random().nextCaseId()).isNotEqualTo(IdSource.random().nextCaseId());
    IdSource seq = IdSource.sequential("case-");
    assertThat(seq.nextCaseId()).isEqualTo(CaseId.of("case-1"));
    assertThat(seq.nextCaseId()).isEqualTo(CaseId.of("case-2"));
    IdSource bare = IdSource.sequential("r");
    assertThat(bare.nextReferralId()).isEqualTo(ReferralId.of("r1"));
    assertThat(bare.nextReferralId()).isEqualTo(ReferralId.of("r2"));
    assertThatThrownBy(() -> IdSource.sequential("-r")).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> IdSource.sequential("x".repeat(41))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void theOfFactoriesHoldOneSharedStringPerTextWhileSourcesAndConstructorsSkipTheStringTable() {
    // A reader calls of() for every occurrence of an id in a file: each must end up on one canonical string.
    String text = "shared-id-" + System.nanoTime();
    String canonical = text.intern();
    String copy = new String(text.toCharArray());
    assertThat(copy).isNotSameAs(canonical);
    assertThat(CaseId.of(copy).value()).isSameAs(canonical);
    assertThat(ClientId.of(copy).value()).isSameAs(canonical);
    assertThat(ReferralId.of(copy).value()).isSameAs(canonical);
    assertThat(EscalationId.of(copy).value()).isSameAs(canonical);
    assertThat(SignalId.of(copy).value()).isSameAs(canonical);
    assertThat(OutreachId.of(copy).value()).isSameAs(canonical);
    assertThat(EarlySignalId.of(copy).value()).isSameAs(canonical);
    assertThat(NeedId.of(copy).value()).isSameAs(canonical);
    assertThat(AgencyId.of(copy).value()).isSameAs(canonical);
    assertThat(ProfessionalId.of(copy).value()).isSameAs(canonical);
    // The constructor keeps the text it is given (an IdSource's ids are made once and shared by reference), and
    // still checks the rule.
    String fresh = new String(text.toCharArray());
    assertThat(new CaseId(fresh).value()).isSameAs(fresh);
    assertThat(new CaseId(fresh)).isEqualTo(CaseId.of(text));
    assertThatThrownBy(() -> new ReferralId("-starts-with-a-hyphen")).isInstanceOf(InvalidValueException.class);
    IdSource source = IdSource.sequential("r");
    assertThat(source.nextReferralId()).isEqualTo(ReferralId.of("r1"));
  }
}
