package io.github.casework.privacy;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.casefile.Case;
import io.github.casework.casefile.CaseStatus;
import io.github.casework.check.Caseload;
import io.github.casework.id.ClientId;
import io.github.casework.referral.Referral;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How long personal details may be kept after the record that needed them ended (bewaartermijn), per kind of
 * record, and the date from which a client's personal details must be erased. The aggregates hold only
 * pseudonymous ids, so erasing a client's {@link io.github.casework.party.PersonalDetails} (which the host keeps
 * apart) leaves every history replayable as it was.
 *
 * <p>The {@linkplain #defaults() defaults} and their sources:
 * <ul>
 *   <li>{@link Kind#CLOSED_CASE}, 5 years after the case closed: a <em>house default</em> that follows the
 *       Verwijsindex risicojongeren (Wet van 4 februari 2010, Stb. 2010, 89; now Jeugdwet paragraph 7.1.3), whose
 *       notices are deleted five years after they were made, as issue 24 of this project summarises it. A case is
 *       not a Verwijsindex notice; the host sets the period its own legal ground requires.</li>
 *   <li>{@link Kind#ENDED_REFERRAL}, 2 years after the referral ended: a <em>house default</em> after the same
 *       Verwijsindex, whose notices are active at most two years.</li>
 * </ul>
 *
 * <p>Invariants: every kind has a period, and each period is positive. Immutable and thread-safe.
 */
public final class RetentionPolicy {

  /** The kinds of record a period is set for. */
  public enum Kind {
    /** A closed case: its client's personal details, counted from the closing. */
    CLOSED_CASE,
    /** A referral that ended (completed, refused, failed or cancelled): counted from its last change. */
    ENDED_REFERRAL
  }

  private static final RetentionPolicy DEFAULTS = new RetentionPolicy(ImmutableMap.of(
      Kind.CLOSED_CASE, Period.ofYears(5), Kind.ENDED_REFERRAL, Period.ofYears(2)));

  private final ImmutableMap<Kind, Period> periods;

  private RetentionPolicy(ImmutableMap<Kind, Period> periods) {
    this.periods = periods;
  }

  /** {@return the house defaults described in the class comment} */
  public static RetentionPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another period for one kind of record.
   *
   * @param kind the kind, not null
   * @param period the period, positive (no part negative, not zero), not null
   * @return the policy; this instance if unchanged
   * @throws InvalidValueException if the period is zero or has a negative part
   */
  public RetentionPolicy with(Kind kind, Period period) {
    requireNonNull(kind, "kind");
    requireNonNull(period, "period");
    if (period.isZero() || period.isNegative() || period.getYears() < 0 || period.getMonths() < 0
        || period.getDays() < 0) {
      throw new InvalidValueException(PrivacyCodes.RETENTION_NOT_POSITIVE, "RetentionPolicy.period",
          "must be positive");
    }
    if (period.equals(periods.get(kind))) {
      return this;
    }
    Map<Kind, Period> copy = new HashMap<>(periods);
    copy.put(kind, period);
    return new RetentionPolicy(ImmutableMap.copyOf(copy));
  }

  /**
   * Returns the period of one kind of record.
   *
   * @param kind the kind, not null
   * @return the period
   */
  public Period period(Kind kind) {
    return periods.get(requireNonNull(kind, "kind"));
  }

  /**
   * Returns from when a closed case no longer needs its client's personal details.
   *
   * @param theCase the case, not null
   * @param zone the zone in which the period's years and months are counted, not null
   * @return the instant after which to erase; empty while the case is not closed
   */
  public Optional<Instant> eraseAfter(Case theCase, ZoneId zone) {
    requireNonNull(theCase, "theCase");
    requireNonNull(zone, "zone");
    if (theCase.status() != CaseStatus.CLOSED) {
      return Optional.empty();
    }
    // A closed case accepts no further change, so its last change is its closing.
    return Optional.of(plus(theCase.lastChangedAt(), period(Kind.CLOSED_CASE), zone));
  }

  /**
   * Returns from when an ended referral's data may no longer be kept by the agencies it was shared with.
   *
   * @param referral the referral, not null
   * @param zone the zone in which the period is counted, not null
   * @return the instant; empty while the referral has not ended
   */
  public Optional<Instant> eraseAfter(Referral referral, ZoneId zone) {
    requireNonNull(referral, "referral");
    requireNonNull(zone, "zone");
    if (referral.ending().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(plus(referral.lastChangedAt(), period(Kind.ENDED_REFERRAL), zone));
  }

  /**
   * Returns the clients whose personal details are due for erasure at an instant: every case of the client in the
   * caseload is closed, each one's {@link #eraseAfter(Case, ZoneId) erase-after} instant has passed, and no
   * referral of the client is still open.
   *
   * @param caseload the caseload, not null
   * @param zone the zone in which periods are counted, not null
   * @param at the instant, not null
   * @return the clients, sorted by id
   */
  public ImmutableSortedSet<ClientId> dueForErasure(Caseload caseload, ZoneId zone, Instant at) {
    requireNonNull(caseload, "caseload");
    requireNonNull(zone, "zone");
    requireNonNull(at, "at");
    Set<ClientId> due = new HashSet<>();
    Set<ClientId> kept = new HashSet<>();
    for (Case c : caseload.cases()) {
      Optional<Instant> after = eraseAfter(c, zone);
      if (after.isPresent() && !at.isBefore(after.get())) {
        due.add(c.client());
      } else {
        kept.add(c.client());
      }
    }
    for (Referral r : caseload.referrals()) {
      if (r.isOpen()) {
        kept.add(r.client());
      }
    }
    due.removeAll(kept);
    return ImmutableSortedSet.copyOf(due);
  }

  private static Instant plus(Instant from, Period period, ZoneId zone) {
    return ZonedDateTime.ofInstant(from, zone).plus(period).toInstant();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetentionPolicy other && periods.equals(other.periods);
  }

  @Override
  public int hashCode() {
    return periods.hashCode();
  }

  @Override
  public String toString() {
    return "RetentionPolicy" + periods;
  }
}
