package io.github.casework.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.NullPointerTester;
import io.github.casework.CaseworkEvent;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.id.AggregateId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an {@link Append}, an {@link AppendResult} and a {@link StoredEvent} accept. */
class AppendTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static void rejected(Runnable r, String code) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.code()).isEqualTo(code));
  }

  @Test
  void anAppendHoldsAtLeastOneEventAllOfItsStream() {
    CaseEvent.Opened opened = StoreGen.opening("c-1", T0);
    assertThat(Append.of(ExpectedVersion.none(), opened).stream()).isEqualTo(CaseId.of("c-1"));
    rejected(() -> Append.of(ExpectedVersion.none(), List.of()), StoreCodes.APPEND_EMPTY);
    rejected(() -> new Append(CaseId.of("c-1"), ExpectedVersion.none(), ImmutableList.of(), Optional.empty()),
        StoreCodes.APPEND_EMPTY);
    rejected(() -> Append.of(ExpectedVersion.none(), List.of(opened, StoreGen.opening("c-2", T0))),
        StoreCodes.APPEND_WRONG_STREAM);
    rejected(() -> new Append(ReferralId.of("c-1"), ExpectedVersion.none(), ImmutableList.of(opened),
        Optional.empty()), StoreCodes.APPEND_WRONG_STREAM);
  }

  @Test
  void aMessageIdIsOneTo128CharactersWithoutControlCharacters() {
    Append a = Append.of(ExpectedVersion.none(), StoreGen.opening("c-1", T0));
    assertThat(a.withMessageId("x".repeat(128)).messageId()).contains("x".repeat(128));
    for (String bad : List.of("", "  ", "x".repeat(129), "a\nb", "a\u0000")) {
      rejected(() -> a.withMessageId(bad), StoreCodes.MESSAGE_ID_INVALID);
    }
  }

  @Test
  void resultsAndStoredEventsKeepTheirNumbersInRange() {
    assertThat(new AppendResult(CaseId.of("c-1"), 3, 5, 6).eventCount()).isEqualTo(2);
    for (long[] bad : new long[][] {{3, 0, 1}, {3, 5, 4}, {1, 5, 6}}) {
      assertThatThrownBy(() -> new AppendResult(CaseId.of("c-1"), bad[0], bad[1], bad[2]))
          .isInstanceOf(IllegalArgumentException.class);
    }
    CaseEvent.Opened opened = StoreGen.opening("c-1", T0);
    assertThat(new StoredEvent(1, 1, opened).stream()).isEqualTo(CaseId.of("c-1"));
    assertThatThrownBy(() -> new StoredEvent(0, 1, opened)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StoredEvent(1, 0, opened)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void expectingAVersionReadIsNoneForZeroAndExactlyOtherwise() {
    assertThat(EventStore.expecting(0)).isEqualTo(ExpectedVersion.none());
    assertThat(EventStore.expecting(4)).isEqualTo(ExpectedVersion.exactly(4));
  }

  @Test
  void nullsAreRefused() {
    CaseEvent.Opened opened = StoreGen.opening("c-1", T0);
    NullPointerTester t = new NullPointerTester()
        .setDefault(ExpectedVersion.class, ExpectedVersion.none())
        .setDefault(CaseworkEvent.class, opened)
        .setDefault(List.class, List.of(opened))
        .setDefault(ImmutableList.class, ImmutableList.of(opened))
        .setDefault(AggregateId.class, opened.caseId())
        .setDefault(Decision.class, Case.TYPE.create(opened, ExpectedVersion.none()));
    t.testAllPublicStaticMethods(Append.class);
    t.testAllPublicConstructors(Append.class);
    t.testAllPublicInstanceMethods(Append.of(ExpectedVersion.none(), opened));
    t.testAllPublicConstructors(AppendResult.class);
    t.testAllPublicConstructors(StoredEvent.class);
    t.testAllPublicStaticMethods(Upcasters.class);
    t.testAllPublicConstructors(StoredEventException.class);
  }
}
