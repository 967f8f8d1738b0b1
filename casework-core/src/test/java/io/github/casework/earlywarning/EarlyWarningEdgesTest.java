package io.github.casework.earlywarning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.party.Bsn;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The edges of the early-warning values (amounts and house numbers at their limits), their stable codes and event
 * types, and what a case says about a signal it does not bundle and about when it closed.
 */
class EarlyWarningEdgesTest {
  private static final OutreachId ID = OutreachId.of("VZ-7");
  private static final AgencyId TEAM = AgencyId.of("welzijn-noord");
  private static final Resident FAMILY = Resident.atAddress("1031KM", 3, Optional.empty());
  private static final Instant RECEIVED = Instant.parse("2026-02-02T08:00:00Z");
  private static final LocalDate DAY = LocalDate.of(2026, 2, 2);

  private static EarlySignal signal(String id, long amountEuros) {
    return new EarlySignal(EarlySignalId.of(id), PartnerType.WATER, false, false, amountEuros, DAY, DAY, FAMILY);
  }

  @Test
  void anAmountFromNothingToTenMillionEurosIsAccepted() {
    assertThat(signal("VS-0", 0).amountEuros()).isZero();
    assertThat(signal("VS-max", EarlySignal.MAX_AMOUNT_EUROS).amountEuros()).isEqualTo(10_000_000);
    for (long bad : new long[] {-1, EarlySignal.MAX_AMOUNT_EUROS + 1}) {
      assertThatThrownBy(() -> signal("VS-bad", bad)).isInstanceOfSatisfying(InvalidValueException.class,
          e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.AMOUNT_OUT_OF_RANGE));
    }
    // Arrears that start on the signal date itself are not "after" it.
    assertThat(signal("VS-same-day", 1).arrearsSince()).isEqualTo(DAY);
  }

  @Test
  void aHouseNumberFromOneTo99999IsAccepted() {
    assertThat(Resident.atAddress("1031KM", 1, Optional.empty())).isInstanceOf(Resident.ByAddress.class);
    assertThat(((Resident.ByAddress) Resident.atAddress("1031KM", 99_999, Optional.of("A1b2"))).houseNumber())
        .isEqualTo(99_999);
    assertThatThrownBy(() -> Resident.atAddress("1031KM", 100_000, Optional.empty()))
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.code()).isEqualTo(EarlyWarningCodes.HOUSE_NUMBER_OUT_OF_RANGE));
  }

  @Test
  void everyCodeIsItsConstantsNameInKebabCaseAndUniqueInItsType() {
    assertKebabCodes(ContactKind.values(), ContactKind::code);
    assertKebabCodes(EarlySignalStatus.values(), EarlySignalStatus::code);
    assertKebabCodes(EndResult.values(), EndResult::code);
    assertKebabCodes(PartOfDay.values(), PartOfDay::code);
    assertKebabCodes(PartnerType.values(), PartnerType::code);
    assertKebabCodes(OutreachStatus.values(), OutreachStatus::code);
    // A result that closes a case without a take-up gives its signals the status of the same name.
    for (EndResult r : EndResult.values()) {
      r.statusWithoutTakeUp().ifPresent(s -> assertThat(s.code()).as(r.name()).isEqualTo(r.code()));
    }
  }

  private static <T extends Enum<T>> void assertKebabCodes(T[] values, Function<T, String> code) {
    for (T v : values) {
      assertThat(code.apply(v)).isEqualTo(v.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }
    assertThat(Arrays.stream(values).map(code)).doesNotHaveDuplicates();
  }

  @Test
  void everyEventNamesItsStableType() {
    EarlySignal s = signal("VS-1", 10);
    ContactAttempt attempt = ContactAttempt.of(ContactKind.HOME_VISIT, true, DAY, PartOfDay.EVENING);
    List<OutreachEvent> events = List.of(
        new OutreachEvent.Opened(ID, TEAM, ImmutableList.of(s), RECEIVED),
        new OutreachEvent.SignalAdded(ID, s, RECEIVED),
        new OutreachEvent.TakenUp(ID, DAY, RECEIVED),
        new OutreachEvent.AttemptRecorded(ID, attempt, RECEIVED),
        new OutreachEvent.Closed(ID, Ending.of(EndResult.DECEASED), RECEIVED));
    assertThat(events).extracting(OutreachEvent::type).containsExactly("outreach.opened", "outreach.signal-added",
        "outreach.taken-up", "outreach.attempt-recorded", "outreach.closed");
  }

  @Test
  void aCaseKnowsOnlyTheSignalsItBundlesAndWhenItClosed() {
    OutreachCase open = OutreachCase.open(ID, TEAM, List.of(signal("VS-1", 10)), RECEIVED).state();
    assertThat(open.statusOf(EarlySignalId.of("VS-1"))).contains(EarlySignalStatus.NOT_YET_TAKEN_UP);
    assertThat(open.statusOf(EarlySignalId.of("VS-2"))).isEmpty();
    assertThat(open.closedAt()).isEmpty();

    Instant closing = RECEIVED.plusSeconds(3_600);
    OutreachCase closed = open.decide(new OutreachCommand.Close(Ending.of(EndResult.NOT_A_RESIDENT), closing))
        .state();
    assertThat(closed.closedAt()).contains(closing);
    assertThat(closed.statusOf(EarlySignalId.of("VS-1"))).contains(EarlySignalStatus.NOT_A_RESIDENT);
    assertThat(closed.statusOf(EarlySignalId.of("VS-2"))).isEmpty();
  }

  @Test
  void toStringNamesWhatIsNotPersonal() {
    OutreachCase c = OutreachCase.open(ID, TEAM, List.of(signal("VS-1", 10), signal("VS-2", 20)), RECEIVED).state();
    assertThat(c.toString()).isEqualTo("OutreachCase[id=VZ-7, status=received, signals=2, version=1]");
    assertThat(signal("VS-1", 10).toString()).startsWith("EarlySignal[id=VS-1, partner=water, crisis=false")
        .contains("amountEuros=<redacted>", "resident=<redacted>");
    assertThat(Stream.of(FAMILY, Resident.of(Bsn.parse("111222333"))).map(Object::toString))
        .containsExactly("Resident[address=<redacted>]", "Resident[bsn=<redacted>]");
  }
}
