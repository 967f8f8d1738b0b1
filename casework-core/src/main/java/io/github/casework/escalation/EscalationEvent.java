package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import io.github.casework.AggregateType;
import io.github.casework.CaseworkEvent;
import io.github.casework.InvalidValueException;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;
import java.util.Optional;

/**
 * A fact that happened to an {@link Escalation}. {@link Escalation#evolve evolve} applies one;
 * replaying an escalation's events in order rebuilds it. Each kind has a stable {@link #type()} that names it in
 * the wire format, never the Java class name. Immutable and thread-safe.
 */
public sealed interface EscalationEvent extends CaseworkEvent {

  /**
   * Returns the escalation this event belongs to.
   *
   * @return the escalation this event belongs to
   */
  EscalationId escalationId();

  /** {@return the escalation this event belongs to, as {@link #escalationId()}} */
  @Override
  default EscalationId aggregateId() {
    return escalationId();
  }

  /** {@return {@link Escalation#TYPE}} */
  @Override
  default AggregateType<Escalation, EscalationCommand, EscalationEvent> aggregateType() {
    return Escalation.TYPE;
  }

  /**
   * Returns when it happened.
   *
   * @return when it happened
   */
  Instant at();

  /**
   * Returns the stable type id, such as {@code escalation.raised}.
   *
   * @return the stable type id, such as {@code escalation.raised}
   */
  String type();

  /**
   * An escalation was raised by a professional about a need, with the mandate that applied to them (including its
   * {@link MandatePolicy}, so that replay decides steps as they were decided) and the route they chose. With
   * {@link Route#VIA_OWN_MANAGER} the own manager counts as informed from this moment.
   *
   * @param escalationId the escalation, not null
   * @param subject the need (and blocking referral) it is about, not null
   * @param reason why, not null
   * @param target the agency whose ladder it climbs, not null
   * @param raisedBy the professional who raised it, not null
   * @param mandate the mandate of the professional's agency and role, not null
   * @param route direct or via the own manager, not null
   * @param at when, not null
   */
  record Raised(EscalationId escalationId, EscalationSubject subject, EscalationReason reason, Target target,
      ProfessionalId raisedBy, Mandate mandate, Route route, Instant at) implements EscalationEvent {
    /** The type id. */
    public static final String TYPE = "escalation.raised";

    /**
     * Validates the components.
     *
     * @param escalationId the escalation, not null
     * @param subject the need (and blocking referral) it is about, not null
     * @param reason why, not null
     * @param target the agency whose ladder it climbs, not null
     * @param raisedBy the professional who raised it, not null
     * @param mandate the mandate of the professional's agency and role, not null
     * @param route direct or via the own manager, not null
     * @param at when, not null
     * @throws InvalidValueException if the reason is a disputed refusal and the subject names no referral
     */
    public Raised {
      requireNonNull(escalationId, "escalationId");
      requireNonNull(subject, "subject");
      requireNonNull(reason, "reason");
      requireNonNull(target, "target");
      requireNonNull(raisedBy, "raisedBy");
      requireNonNull(mandate, "mandate");
      requireNonNull(route, "route");
      requireNonNull(at, "at");
      if (reason == EscalationReason.DISPUTED_REFUSAL && subject.blockingReferral().isEmpty()) {
        throw new InvalidValueException(EscalationCodes.REFERRAL_REQUIRED, "EscalationEvent.Raised.subject",
            "an escalation about a disputed refusal must name the refused referral");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The escalation climbed one step: someone at a higher level of the target agency was addressed. A step beyond the
   * mandate under an advisory policy carries the professional's reason; the reason marks it as beyond the mandate,
   * and replay checks that the mark agrees with the rules.
   *
   * @param escalationId the escalation, not null
   * @param level the level addressed, not null
   * @param addressed the official addressed, not null
   * @param beyondMandateReason why the step went beyond the mandate, present exactly when it did, not null
   * @param at when, not null
   */
  record Climbed(EscalationId escalationId, LadderLevel level, ProfessionalId addressed,
      Optional<BeyondMandateReason> beyondMandateReason, Instant at) implements EscalationEvent {
    /** The type id. */
    public static final String TYPE = "escalation.climbed";

    /**
     * Validates the components.
     *
     * @param escalationId the escalation, not null
     * @param level the level addressed, not null
     * @param addressed the official addressed, not null
     * @param beyondMandateReason why the step went beyond the mandate, present exactly when it did, not null
     * @param at when, not null
     */
    public Climbed {
      requireNonNull(escalationId, "escalationId");
      requireNonNull(level, "level");
      requireNonNull(addressed, "addressed");
      requireNonNull(beyondMandateReason, "beyondMandateReason");
      requireNonNull(at, "at");
    }

    /**
     * Creates the event of a step that did not go beyond the mandate.
     *
     * @param escalationId the escalation, not null
     * @param level the level addressed, not null
     * @param addressed the official addressed, not null
     * @param at when, not null
     */
    public Climbed(EscalationId escalationId, LadderLevel level, ProfessionalId addressed, Instant at) {
      this(escalationId, level, addressed, Optional.empty(), at);
    }

    /**
     * Returns the step this event records.
     *
     * @return the step this event records
     */
    public Step step() {
      return new Step(level, addressed, at);
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The professional informed the own manager about the escalation.
   *
   * @param escalationId the escalation, not null
   * @param at when, not null
   */
  record ManagerInformed(EscalationId escalationId, Instant at) implements EscalationEvent {
    /** The type id. */
    public static final String TYPE = "escalation.manager-informed";

    /**
     * Validates the components.
     *
     * @param escalationId the escalation, not null
     * @param at when, not null
     */
    public ManagerInformed {
      requireNonNull(escalationId, "escalationId");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The escalation ended with its outcome.
   *
   * @param escalationId the escalation, not null
   * @param outcome the outcome, not null
   * @param at when, not null
   */
  record Resolved(EscalationId escalationId, Outcome outcome, Instant at) implements EscalationEvent {
    /** The type id. */
    public static final String TYPE = "escalation.resolved";

    /**
     * Validates the components.
     *
     * @param escalationId the escalation, not null
     * @param outcome the outcome, not null
     * @param at when, not null
     */
    public Resolved {
      requireNonNull(escalationId, "escalationId");
      requireNonNull(outcome, "outcome");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }
}
