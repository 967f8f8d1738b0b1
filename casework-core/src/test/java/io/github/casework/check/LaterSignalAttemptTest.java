package io.github.casework.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.norm.ServiceNorms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A signal bundled into a case later is owed its own first contact attempt: an attempt made before it was received
 * was about the earlier signals and does not count for it.
 */
class LaterSignalAttemptTest {
  private static final Resident FAMILY = Resident.atAddress("1102AB", 12, Optional.empty());
  /** Friday 9 January 2026, 10:00 in Amsterdam. */
  private static final Instant FRIDAY = Instant.parse("2026-01-09T09:00:00Z");

  private static EarlySignal signal(String id, PartnerType partner, LocalDate signalDate) {
    return new EarlySignal(EarlySignalId.of(id), partner, false, false, 900, LocalDate.of(2025, 12, 1), signalDate,
        FAMILY);
  }

  @Test
  void anAttemptBeforeALaterSignalWasReceivedDoesNotMeetItsNorm() {
    OutreachCase c = OutreachCase.open(OutreachId.of("vz-1"), AgencyId.of("welzijn-zuidoost"),
        List.of(signal("vs-rent", PartnerType.RENT, LocalDate.of(2026, 1, 9))), FRIDAY).state();
    c = c.decide(new OutreachCommand.TakeUp(LocalDate.of(2026, 1, 9), FRIDAY.plusSeconds(60))).state();
    c = c.decide(new OutreachCommand.RecordAttempt(ContactAttempt.of(ContactKind.PHONE, true, LocalDate.of(2026, 1, 9),
        PartOfDay.AFTERNOON), FRIDAY.plusSeconds(120))).state();
    // The energy company's signal arrives on Monday 2 February and is bundled; nobody calls about it.
    Instant february = Instant.parse("2026-02-02T09:00:00Z");
    c = c.decide(new OutreachCommand.AddSignal(signal("vs-energy", PartnerType.ENERGY, LocalDate.of(2026, 2, 2)),
        february)).state();
    List<Finding> found = CaseloadCheck.of(ServiceNorms.dutchDefaults())
        .run(Caseload.builder().outreach(List.of(c)).build(), Instant.parse("2026-02-20T09:00:00Z"));
    assertThat(found).filteredOn(f -> f.code() == FindingCode.OUTREACH_FIRST_ATTEMPT_OVERDUE).singleElement()
        .satisfies(f -> assertThat(f.facts()).isInstanceOfSatisfying(Facts.FirstAttemptNorm.class, n -> {
          assertThat(n.signal()).isEqualTo(EarlySignalId.of("vs-energy"));
          assertThat(n.attemptedOn()).isEmpty();
        }));
  }
}
