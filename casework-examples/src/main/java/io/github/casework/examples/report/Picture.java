package io.github.casework.examples.report;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a finding's picture shows: a deadlock as a cycle of agencies, ping-pong as a timeline of hand-offs, or an
 * overdue item with its due date. Ids, life domains and dates only. Immutable and thread-safe.
 */
sealed interface Picture {

  /**
   * Agencies that each refuse a need until the next one in the cycle solves another; the last waits for the first.
   *
   * @param steps the steps in waiting order, at least two
   */
  record Cycle(ImmutableList<Step> steps) implements Picture {
    public Cycle {
      requireNonNull(steps, "steps");
      if (steps.size() < 2) {
        throw new IllegalArgumentException("bug: a cycle of fewer than two steps");
      }
    }

    /**
     * One agency of the cycle.
     *
     * @param agency the refusing agency
     * @param refuses the life domain it refuses
     * @param referral the referral it refused
     * @param waitsFor the life domain it wants solved first, by the next agency
     */
    record Step(AgencyId agency, LifeDomain refuses, ReferralId referral, LifeDomain waitsFor) {
      public Step {
        requireNonNull(agency, "agency");
        requireNonNull(refuses, "refuses");
        requireNonNull(referral, "referral");
        requireNonNull(waitsFor, "waitsFor");
      }
    }
  }

  /**
   * The same need sent between agencies, in the order it was sent.
   *
   * @param domain the life domain of the need
   * @param handOffs the referrals, in the order they were sent, at least two
   */
  record HandOffs(LifeDomain domain, ImmutableList<HandOff> handOffs) implements Picture {
    public HandOffs {
      requireNonNull(domain, "domain");
      requireNonNull(handOffs, "handOffs");
      if (handOffs.size() < 2) {
        throw new IllegalArgumentException("bug: a ping-pong of fewer than two hand-offs");
      }
    }

    /**
     * One referral.
     *
     * @param referral the referral
     * @param from the referring agency
     * @param to the receiving agency
     * @param sentAt when it was sent (or drafted, when it was never sent)
     * @param answeredAt when the receiver answered, if it did
     * @param refused whether that answer was a refusal, which sent the need back
     */
    record HandOff(ReferralId referral, AgencyId from, AgencyId to, Instant sentAt, Optional<Instant> answeredAt,
        boolean refused) {
      public HandOff {
        requireNonNull(referral, "referral");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(sentAt, "sentAt");
        requireNonNull(answeredAt, "answeredAt");
      }
    }
  }

  /**
   * Something that was due and is not done.
   *
   * @param owedBy the agency that owes it
   * @param due the day it was due, in the norms' zone
   * @param daysOverdue how many days past due at the check
   */
  record Overdue(AgencyId owedBy, LocalDate due, long daysOverdue) implements Picture {
    public Overdue {
      requireNonNull(owedBy, "owedBy");
      requireNonNull(due, "due");
    }
  }
}
