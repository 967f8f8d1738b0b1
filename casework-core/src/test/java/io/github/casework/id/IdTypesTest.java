package io.github.casework.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.InvalidValueException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Every id type keeps the one id rule, orders by its text, prints its text, and is what {@link IdSource} hands out;
 * the seeded source is the SplitMix64 sequence it documents.
 */
class IdTypesTest {

  /** One id type: its factory and its type name as it appears in a rejection's field. */
  private record Type<T extends Comparable<T>>(String name, Function<String, T> of) {
    int compare(String a, String b) {
      return of.apply(a).compareTo(of.apply(b));
    }
  }

  private static final List<Type<?>> TYPES = List.of(
      new Type<>("AgencyId", AgencyId::of), new Type<>("CaseId", CaseId::of), new Type<>("ClientId", ClientId::of),
      new Type<>("EarlySignalId", EarlySignalId::of), new Type<>("EscalationId", EscalationId::of),
      new Type<>("NeedId", NeedId::of), new Type<>("OutreachId", OutreachId::of),
      new Type<>("ProfessionalId", ProfessionalId::of), new Type<>("ReferralId", ReferralId::of),
      new Type<>("SignalId", SignalId::of));

  @Test
  void everyIdTypeOrdersByItsTextAndPrintsIt() {
    for (Type<?> t : TYPES) {
      assertThat(t.compare("a-1", "a-2")).as(t.name()).isNegative();
      assertThat(t.compare("a-2", "a-1")).as(t.name()).isPositive();
      assertThat(t.compare("B", "a")).as(t.name() + ": by char value, upper case first").isNegative();
      assertThat(t.compare("a-1", "a-1")).as(t.name()).isZero();
      assertThat(t.of().apply("x:y.z_0").toString()).as(t.name()).isEqualTo("x:y.z_0");
      assertThat(t.of().apply("x:y.z_0")).as(t.name()).isEqualTo(t.of().apply("x:y.z_0"));
      assertThatThrownBy(() -> t.of().apply("-x")).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.field()).isEqualTo(t.name() + ".value"));
    }
  }

  @Test
  void theIdAlphabetIsExactlyAsciiLettersDigitsAndFourSeparators() {
    for (String ok : List.of("a", "z", "A", "Z", "0", "9", "a.", "a_", "a:", "a-", "0zZ9")) {
      assertThat(CaseId.of(ok).value()).isEqualTo(ok);
    }
    // The neighbours of each range in ASCII, at the start and further on.
    for (char bad : new char[] {'`', '{', '@', '[', '/', ':', ' ', 'é'}) {
      assertThatThrownBy(() -> CaseId.of(bad + "a")).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.code()).isEqualTo(IdCodes.INVALID_START));
    }
    for (char bad : new char[] {'`', '{', '@', '[', '/', ' ', ',', 'é'}) {
      assertThatThrownBy(() -> CaseId.of("a" + bad)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
        assertThat(e.code()).isEqualTo(IdCodes.INVALID_CHARACTER);
        assertThat(e.getMessage()).contains("position 1");
      });
    }
  }

  @Test
  void aSourceHandsOutEveryIdTypeFromItsNextText() {
    IdSource source = IdSource.sequential("n");
    assertThat(source.nextCaseId()).isEqualTo(CaseId.of("n1"));
    assertThat(source.nextNeedId()).isEqualTo(NeedId.of("n2"));
    assertThat(source.nextClientId()).isEqualTo(ClientId.of("n3"));
    assertThat(source.nextAgencyId()).isEqualTo(AgencyId.of("n4"));
    assertThat(source.nextProfessionalId()).isEqualTo(ProfessionalId.of("n5"));
    assertThat(source.nextReferralId()).isEqualTo(ReferralId.of("n6"));
    assertThat(source.nextEscalationId()).isEqualTo(EscalationId.of("n7"));
    assertThat(source.nextSignalId()).isEqualTo(SignalId.of("n8"));
    assertThat(IdSource.sequential("p".repeat(40)).next()).isEqualTo("p".repeat(40) + "1");
  }

  @Test
  void aSeededSourceIsTheSplitMix64SequenceOfItsSeed() {
    // The JDK's SplittableRandom(seed) returns mix64(seed + k * golden gamma) as its k-th value (k = 1, 2, ...): the
    // same finaliser the seeded source documents, computed by an independent implementation.
    long gamma = 0x9E3779B97F4A7C15L;
    for (long seed : new long[] {0, 42, -7, Long.MAX_VALUE}) {
      IdSource source = IdSource.seeded(seed);
      SplittableRandom his = new SplittableRandom(seed);
      source.next(); // n = 0 is mix64(seed), not in SplittableRandom's sequence
      for (int n = 1; n <= 100; n++) {
        UUID id = UUID.fromString(source.next());
        long hi = his.nextLong();
        assertThat(id.getMostSignificantBits()).as("seed %d, id %d", seed, n).isEqualTo(hi);
        long lo = new SplittableRandom((hi ^ 0xD1B54A32D192ED03L) - gamma).nextLong();
        assertThat(id.getLeastSignificantBits()).as("seed %d, id %d", seed, n).isEqualTo(lo);
      }
    }
  }
}
