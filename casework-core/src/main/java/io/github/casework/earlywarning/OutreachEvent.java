package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.id.AgencyId;
import io.github.casework.id.OutreachId;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A fact that happened to an {@link OutreachCase}. Every event names its case, the instant it was recorded and a
 * stable type id starting with {@code outreach.}. An event carries the resident only inside its
 * {@link EarlySignal}s, whose {@code toString()} redacts it. Implementations are records: immutable and
 * thread-safe.
 */
public sealed interface OutreachEvent {

  /** {@return the case this event belongs to} */
  OutreachId outreachId();

  /** {@return when it was recorded} */
  Instant at();

  /** {@return the stable type id, such as {@code outreach.opened}} */
  String type();

  /**
   * The case was opened for one or more signals of one household, received at {@code at}, held by an agency (the
   * municipality's outreach team or the welfare organisation that does the outreach for it).
   *
   * @param outreachId the case, not null
   * @param agency the agency that holds it, not null
   * @param signals the signals, at least one, not null
   * @param at when they were received, not null
   */
  record Opened(OutreachId outreachId, AgencyId agency, ImmutableList<EarlySignal> signals, Instant at)
      implements OutreachEvent {
    /** The stable type id. */
    public static final String TYPE = "outreach.opened";

    /**
     * Validates the components; the case checks the signals.
     *
     * @param outreachId the case, not null
     * @param agency the agency, not null
     * @param signals the signals, not null
     * @param at when, not null
     */
    public Opened {
      requireNonNull(outreachId, "outreachId");
      requireNonNull(agency, "agency");
      requireNonNull(signals, "signals");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Another signal of the same household was bundled into the case, received at {@code at}.
   *
   * @param outreachId the case, not null
   * @param signal the signal, not null
   * @param at when it was received, not null
   */
  record SignalAdded(OutreachId outreachId, EarlySignal signal, Instant at) implements OutreachEvent {
    /** The stable type id. */
    public static final String TYPE = "outreach.signal-added";

    /**
     * Validates the components.
     *
     * @param outreachId the case, not null
     * @param signal the signal, not null
     * @param at when, not null
     */
    public SignalAdded {
      requireNonNull(outreachId, "outreachId");
      requireNonNull(signal, "signal");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The municipality took the case up on a day (datum opgepakt).
   *
   * @param outreachId the case, not null
   * @param on the day, not null
   * @param at when it was recorded, not null
   */
  record TakenUp(OutreachId outreachId, LocalDate on, Instant at) implements OutreachEvent {
    /** The stable type id. */
    public static final String TYPE = "outreach.taken-up";

    /**
     * Validates the components.
     *
     * @param outreachId the case, not null
     * @param on the day, not null
     * @param at when, not null
     */
    public TakenUp {
      requireNonNull(outreachId, "outreachId");
      requireNonNull(on, "on");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * A contact attempt was recorded.
   *
   * @param outreachId the case, not null
   * @param attempt the attempt, not null
   * @param at when it was recorded, not null
   */
  record AttemptRecorded(OutreachId outreachId, ContactAttempt attempt, Instant at) implements OutreachEvent {
    /** The stable type id. */
    public static final String TYPE = "outreach.attempt-recorded";

    /**
     * Validates the components.
     *
     * @param outreachId the case, not null
     * @param attempt the attempt, not null
     * @param at when, not null
     */
    public AttemptRecorded {
      requireNonNull(outreachId, "outreachId");
      requireNonNull(attempt, "attempt");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The case closed with an ending.
   *
   * @param outreachId the case, not null
   * @param ending the ending, not null
   * @param at when, not null
   */
  record Closed(OutreachId outreachId, Ending ending, Instant at) implements OutreachEvent {
    /** The stable type id. */
    public static final String TYPE = "outreach.closed";

    /**
     * Validates the components.
     *
     * @param outreachId the case, not null
     * @param ending the ending, not null
     * @param at when, not null
     */
    public Closed {
      requireNonNull(outreachId, "outreachId");
      requireNonNull(ending, "ending");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
