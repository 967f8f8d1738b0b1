package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ClientId;
import io.github.casework.id.ReferralId;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Collectors;

/**
 * Something the {@link ReferralNetwork} found in a client's referrals that needs a professional's attention:
 * a need sent back and forth ({@link PingPong}), agencies that each wait for the other
 * ({@link PreconditionDeadlock}), or a referral past its due date ({@link StaleReferral}). Each names the ids
 * involved and explains itself in a sentence that holds ids and codes only, never personal data. Each kind has a
 * stable {@link #type()}. Immutable and thread-safe.
 */
public sealed interface NetworkFinding {

  /** {@return the client the finding is about} */
  ClientId client();

  /** {@return the stable type id of this kind of finding} */
  String type();

  /** {@return one or two sentences naming the ids involved; no personal data} */
  String explanation();

  /**
   * Ping-pong (van het kastje naar de muur): the same need of a client — the same life domain — went between
   * the same two agencies again and again. Every referral between them after the first is a return.
   *
   * @param client the client, not null
   * @param domain the life domain of the need, not null
   * @param first one agency, not null
   * @param second the other agency (the same as {@code first} for referrals within one agency), not null
   * @param returns how often the need came back, at least 1
   * @param referrals the referrals between the two agencies, in the order they were sent, not null
   */
  record PingPong(ClientId client, LifeDomain domain, AgencyId first, AgencyId second, int returns,
      ImmutableList<ReferralId> referrals) implements NetworkFinding {
    /** The type id. */
    public static final String TYPE = "referral-network.ping-pong";

    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param domain the life domain of the need, not null
     * @param first one agency, not null
     * @param second the other agency (the same as {@code first} for referrals within one agency), not null
     * @param returns how often the need came back, at least 1
     * @param referrals the referrals between the two agencies, in the order they were sent, not null
     * @throws InvalidValueException if there are fewer than two referrals or the count of returns does not
     *     match them
     */
    public PingPong {
      requireNonNull(client, "client");
      requireNonNull(domain, "domain");
      requireNonNull(first, "first");
      requireNonNull(second, "second");
      requireNonNull(referrals, "referrals");
      if (returns < 1 || referrals.size() != returns + 1) {
        throw new InvalidValueException(ReferralCodes.PING_PONG_RETURNS, "PingPong.returns",
            "a ping-pong has at least one return and one referral more than returns");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public String explanation() {
      return "The " + domain.code() + " need of client " + client + " went between agencies " + first + " and "
          + second + " " + referrals.size() + " times (" + returns + " returns): " + join(referrals) + ".";
    }
  }

  /**
   * A precondition deadlock: agencies that each refuse to help until a need is solved that another agency in
   * the cycle refuses until then. The cycle is named in order: each step waits for the next, and the last for
   * the first.
   *
   * @param client the client, not null
   * @param cycle the blocked steps in waiting order, at least two, not null
   */
  record PreconditionDeadlock(ClientId client, ImmutableList<Blocked> cycle) implements NetworkFinding {
    /** The type id. */
    public static final String TYPE = "referral-network.precondition-deadlock";

    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param cycle the blocked steps in waiting order, at least two, not null
     * @throws InvalidValueException if the cycle has fewer than two steps or a step does not wait for the next
     */
    public PreconditionDeadlock {
      requireNonNull(client, "client");
      requireNonNull(cycle, "cycle");
      if (cycle.size() < 2) {
        throw new InvalidValueException(
            ReferralCodes.DEADLOCK_TOO_SHORT, "PreconditionDeadlock.cycle", "a deadlock cycle has at least two steps");
      }
      for (int i = 0; i < cycle.size(); i++) {
        if (cycle.get(i).precondition() != cycle.get((i + 1) % cycle.size()).domain()) {
          throw new InvalidValueException(ReferralCodes.DEADLOCK_BROKEN_CYCLE, "PreconditionDeadlock.cycle",
              "each step must wait for the life domain the next step refuses");
        }
      }
    }

    /** {@return the agencies of the cycle in waiting order; an agency may occur more than once} */
    public ImmutableList<AgencyId> agencies() {
      return cycle.stream().map(Blocked::agency).collect(ImmutableList.toImmutableList());
    }

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public String explanation() {
      StringBuilder sb = new StringBuilder("Client ").append(client).append(" is stuck in a cycle of ")
          .append(cycle.size()).append(" preconditions: ");
      for (Blocked b : cycle) {
        sb.append(b.agency()).append(" refuses ").append(b.domain().code()).append(" (referral ")
            .append(b.referral()).append(") until ").append(b.precondition().code()).append(" is solved; ");
      }
      return sb.append("and so back to ").append(cycle.get(0).agency()).append('.').toString();
    }

    /**
     * One step of a deadlock: an agency refuses a need in one life domain, by a standing precondition refusal,
     * until a need in another life domain is solved. Immutable and thread-safe.
     *
     * @param agency the refusing agency, not null
     * @param domain the life domain it refuses, not null
     * @param referral the referral it refused, its latest answer for this client and domain, not null
     * @param precondition the life domain it waits for, not null
     */
    public record Blocked(AgencyId agency, LifeDomain domain, ReferralId referral, LifeDomain precondition) {
      /**
       * Validates the components.
       *
       * @param agency the refusing agency, not null
       * @param domain the life domain it refuses, not null
       * @param referral the referral it refused, its latest answer for this client and domain, not null
       * @param precondition the life domain it waits for, not null
       */
      public Blocked {
        requireNonNull(agency, "agency");
        requireNonNull(domain, "domain");
        requireNonNull(referral, "referral");
        requireNonNull(precondition, "precondition");
      }
    }
  }

  /**
   * A referral past a due date: no response by the response due date, no outcome by the follow-up due date
   * after it was accepted, or still on the waiting list after the expected start.
   *
   * @param client the client, not null
   * @param referral the referral, not null
   * @param to the receiving agency, which owes the response or outcome, not null
   * @param kind what is overdue, not null
   * @param due when it was due, not null
   * @param overdue how long past due at the instant of the analysis, positive, not null
   */
  record StaleReferral(ClientId client, ReferralId referral, AgencyId to, Kind kind, Instant due, Duration overdue)
      implements NetworkFinding {
    /** The type id. */
    public static final String TYPE = "referral-network.stale-referral";

    /**
     * Validates the components.
     *
     * @param client the client, not null
     * @param referral the referral, not null
     * @param to the receiving agency, which owes the response or outcome, not null
     * @param kind what is overdue, not null
     * @param due when it was due, not null
     * @param overdue how long past due at the instant of the analysis, positive, not null
     * @throws InvalidValueException if {@code overdue} is not positive
     */
    public StaleReferral {
      requireNonNull(client, "client");
      requireNonNull(referral, "referral");
      requireNonNull(to, "to");
      requireNonNull(kind, "kind");
      requireNonNull(due, "due");
      requireNonNull(overdue, "overdue");
      if (overdue.isNegative() || overdue.isZero()) {
        throw new InvalidValueException(ReferralCodes.STALE_NOT_OVERDUE, "StaleReferral.overdue", "must be positive");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }

    @Override
    public String explanation() {
      return "Referral " + referral + " of client " + client + " to agency " + to + ": " + kind.code()
          + ", due " + due + ", overdue by " + overdue + ".";
    }

    /** What is overdue. Each has a stable lower-case {@link #code()}. */
    public enum Kind {
      /** Sent or received, but not accepted, waitlisted or refused by the response due date. */
      NO_RESPONSE("no-response"),
      /** Accepted or in progress, but no outcome reported by the follow-up due date. */
      NO_OUTCOME("no-outcome"),
      /** Still on the waiting list after the date the agency expected to start. */
      WAITLIST_OVERDUE("waitlist-overdue");

      private final String code;

      Kind(String code) {
        this.code = code;
      }

      /** {@return the stable lower-case code} */
      public String code() {
        return code;
      }
    }
  }

  private static String join(ImmutableList<ReferralId> ids) {
    return ids.stream().map(ReferralId::value).collect(Collectors.joining(", "));
  }
}
