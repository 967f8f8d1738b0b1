package io.github.casework.testing;

import com.google.common.collect.ImmutableList;
import io.github.casework.earlywarning.ContactAttempt;
import io.github.casework.earlywarning.ContactKind;
import io.github.casework.earlywarning.EarlySignal;
import io.github.casework.earlywarning.EndResult;
import io.github.casework.earlywarning.Ending;
import io.github.casework.earlywarning.OutreachCase;
import io.github.casework.earlywarning.OutreachCommand;
import io.github.casework.earlywarning.OutreachEvent;
import io.github.casework.earlywarning.PartOfDay;
import io.github.casework.earlywarning.PartnerType;
import io.github.casework.earlywarning.Resident;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generators of early signals and outreach cases, built only through the public factories and commands. Residents
 * come from a small pool per case, so that signals of another household turn up; dates cluster around the case's
 * own days, so that take-ups and attempts land on both sides of their limits.
 */
public final class OutreachGen {
  /** Steps per generated command sequence. */
  public static final int SEQUENCE_STEPS = 12;

  private static final Instant BASE = Instant.parse("2026-01-05T08:00:00Z");

  private OutreachGen() {}

  /** {@return residents: by BSN or by address} */
  public static Gen<Resident> residents() {
    return r -> r.nextBoolean() ? Resident.of(CaseworkGen.bsns().next(r))
        : Resident.atAddress(String.valueOf(1000 + r.nextInt(9000)) + (char) ('A' + r.nextInt(26))
            + (char) ('A' + r.nextInt(26)), 1 + r.nextInt(300), r.nextInt(4) == 0 ? Optional.of("A")
            : Optional.empty());
  }

  /** {@return a signal of the resident, dated on or before the day} */
  public static EarlySignal signal(SplittableRandom r, String id, Resident resident, LocalDate on) {
    LocalDate signalDate = on.minusDays(r.nextInt(4));
    return new EarlySignal(EarlySignalId.of(id), Gen.oneOf(PartnerType.values()).next(r), r.nextInt(5) == 0,
        r.nextInt(4) == 0, r.nextInt(5_000), signalDate.minusDays(r.nextInt(90)), signalDate, resident);
  }

  /** {@return the opening events of outreach cases: one to three signals of one resident} */
  public static Gen<OutreachEvent.Opened> openings() {
    return r -> {
      Instant at = BASE.plus(Duration.ofHours(r.nextInt(24 * 200)));
      LocalDate day = at.atOffset(ZoneOffset.UTC).toLocalDate();
      Resident resident = residents().next(r);
      int n = 1 + r.nextInt(3);
      ImmutableList.Builder<EarlySignal> signals = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        signals.add(signal(r, "VS-" + i, resident, day));
      }
      return (OutreachEvent.Opened) OutreachCase.open(OutreachId.of("VZ-" + r.nextInt(1000)),
          AgencyId.of("welzijn-zuidoost"), signals.build(), at).event();
    };
  }

  /** {@return a valid ending for a result: a referral for the results that need one} */
  public static Ending ending(EndResult result, SplittableRandom r) {
    return result.isReferral() ? Ending.referred(result, ReferralId.of("R-" + r.nextInt(100))) : Ending.of(result);
  }

  /**
   * {@return a command for the case, valid or not on purpose, biased towards the steps the case's status allows:
   * a take-up while received, attempts once taken up, and a close that its attempts allow more often than not}
   */
  public static OutreachCommand commands(OutreachCase c, SplittableRandom r) {
    Instant at = r.nextInt(20) == 0 ? c.lastChangedAt().minus(Duration.ofMinutes(1 + r.nextInt(600)))
        : c.lastChangedAt().plus(Duration.ofMinutes(r.nextInt(60 * 24 * 3)));
    LocalDate first = c.signals().stream().map(s -> s.signal().signalDate()).min(LocalDate::compareTo)
        .orElseThrow();
    LocalDate anchor = c.takenUpOn().orElse(first);
    int roll = r.nextInt(100);
    boolean takenUp = c.takenUpOn().isPresent();
    if (roll < 12) {
      Resident resident = r.nextInt(5) == 0 ? residents().next(r) : c.resident();
      String id = r.nextInt(5) == 0 ? c.signals().get(0).signal().id().value() : "VS-" + (10 + r.nextInt(1000));
      return new OutreachCommand.AddSignal(signal(r, id, resident, anchor.plusDays(r.nextInt(10))), at);
    } else if (roll < (takenUp ? 17 : 80)) {
      return new OutreachCommand.TakeUp(first.plusDays(r.nextInt(10) - 1), at);
    } else if (roll < (takenUp ? 92 : 88)) {
      List<PartOfDay> parts = List.of(PartOfDay.values());
      ContactAttempt attempt = new ContactAttempt(Gen.oneOf(ContactKind.values()).next(r), r.nextBoolean(),
          anchor.plusDays(r.nextInt(12) - 1),
          r.nextBoolean() ? Optional.of(parts.get(r.nextInt(parts.size()))) : Optional.empty());
      return new OutreachCommand.RecordAttempt(attempt, at);
    }
    EndResult result = Gen.oneOf(EndResult.values()).next(r);
    if (r.nextInt(3) > 0) {
      // Mostly a result the case's state allows.
      boolean reached = c.attempts().stream().anyMatch(ContactAttempt::reached);
      List<EndResult> allowed = Arrays.stream(EndResult.values()).filter(e -> takenUp
          ? e.kind() != EndResult.Kind.NOT_TAKEN_UP && (e.kind() != EndResult.Kind.NEEDS_CONTACT || reached)
              && (e.kind() != EndResult.Kind.NEEDS_ATTEMPT || !c.attempts().isEmpty())
          : e.statusWithoutTakeUp().isPresent()).toList();
      result = allowed.get(r.nextInt(allowed.size()));
    }
    return new OutreachCommand.Close(ending(result, r), at);
  }
}
