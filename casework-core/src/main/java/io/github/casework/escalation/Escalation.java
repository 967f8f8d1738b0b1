package io.github.casework.escalation;

import static com.google.common.base.Verify.verify;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.InvalidValueException;
import io.github.casework.RuleViolationException;
import io.github.casework.id.EscalationId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.party.Professional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An escalation (opschaling, aankaarten): a professional takes a blocked need up the ladder of the agency that
 * blocks it, step by step, until an {@link Outcome} is reached.
 *
 * <p><b>Invariants.</b> Levels only go up: every {@link Step} reaches a level strictly above the previous one
 * (the first step may start at any level). A step above the professional's {@link Mandate} without the own manager
 * in the loop (the route runs direct and the manager was not informed at or before that step) goes <em>beyond the
 * mandate</em>: under a {@link MandatePolicy#STRICT strict} mandate it is refused; under an
 * {@link MandatePolicy#ADVISORY advisory} one (the default) it is accepted, must state the professional's
 * {@link BeyondMandateReason}, and is listed in {@link #beyondMandateSteps()}; the first such step starts the duty
 * to inform the own manager within {@link io.github.casework.norm.ServiceNorms#informManager()} (see
 * {@link #informManagerDue}). A reason is stated for exactly the steps beyond the mandate. The rule is documented on
 * {@link Mandate}. The outcome is set once; after it nothing changes except that the own manager may still be
 * informed of a step beyond the mandate (accountability comes after the fact). An outcome other than
 * {@link Outcome#WITHDRAWN} needs at least one step (someone must have been addressed). Changes are dated in
 * order: no change is dated before the previous one.
 *
 * <p><b>Shape.</b> As for every aggregate in this library: {@link #raise} and {@link #decide decide}
 * check the rules and return a {@link Decision}; {@link #evolve evolve} applies one event and checks
 * the same rules, so an illegal history cannot be replayed; {@link #replay(Iterable)} rebuilds an escalation
 * from its events; {@link #version()} is the number of events applied. A rejected command throws a
 * {@link RuleViolationException} with a code from {@link EscalationCodes} (or a
 * {@link io.github.casework.VersionConflictException}) and this escalation is unchanged. Rules are checked in a
 * fixed order, so the code is predictable: the expected version, then "resolved", then time order, then the
 * command's own rule (for a step: first "levels only go up", then the mandate: a strict mandate's refusal, then a
 * missing reason beyond an advisory mandate, then a reason for a step that is not beyond it).
 *
 * <p>Two escalations are equal when all their state is equal, including the version. Immutable and
 * thread-safe.
 */
public final class Escalation implements Aggregate<Escalation, EscalationCommand, EscalationEvent> {

  /** The descriptor of escalations: their first event, shared replay and decide glue, and codes. */
  public static final AggregateType<Escalation, EscalationCommand, EscalationEvent> TYPE =
      AggregateType.of("escalation", Escalation.class, EscalationCommand.class, EscalationEvent.class,
      EscalationEvent.Raised.class, EscalationEvent.Raised.TYPE,
      new AggregateType.Codes(EscalationCodes.NOT_RAISED,
          EscalationCodes.ALREADY_RAISED, EscalationCodes.WRONG_ESCALATION),
      AggregateType.Rules.of(Escalation::start, Escalation::toEvent, Escalation::apply));

  private final EscalationId id;
  private final EscalationSubject subject;
  private final EscalationReason reason;
  private final Target target;
  private final ProfessionalId raisedBy;
  private final Mandate mandate;
  private final Route route;
  private final ImmutableList<Step> steps;
  private final ImmutableList<BeyondMandateStep> beyondMandate;
  private final Optional<Instant> managerInformedAt;
  private final Optional<Outcome> outcome;
  private final Optional<Instant> resolvedAt;
  private final Instant raisedAt;
  private final Instant lastChangedAt;
  private final long version;

  private Escalation(EscalationId id, EscalationSubject subject, EscalationReason reason, Target target,
      ProfessionalId raisedBy, Mandate mandate, Route route, ImmutableList<Step> steps,
      ImmutableList<BeyondMandateStep> beyondMandate, Optional<Instant> managerInformedAt, Optional<Outcome> outcome,
      Optional<Instant> resolvedAt, Instant raisedAt, Instant lastChangedAt, long version) {
    this.id = id;
    this.subject = subject;
    this.reason = reason;
    this.target = target;
    this.raisedBy = raisedBy;
    this.mandate = mandate;
    this.route = route;
    this.steps = steps;
    this.beyondMandate = beyondMandate;
    this.managerInformedAt = managerInformedAt;
    this.outcome = outcome;
    this.resolvedAt = resolvedAt;
    this.raisedAt = raisedAt;
    this.lastChangedAt = lastChangedAt;
    this.version = version;
    // Internal invariants: a failure here is a bug in this class, not a user error.
    verify(version >= 1, "bug: version %s", version);
    verify(!lastChangedAt.isBefore(raisedAt), "bug: last change before raising");
    verify(route != Route.VIA_OWN_MANAGER || managerInformedAt.isPresent(), "bug: via manager but not informed");
    verify(outcome.isPresent() == resolvedAt.isPresent(), "bug: outcome and resolution instant disagree");
    verify(beyondMandate.isEmpty() || mandate.policy() == MandatePolicy.ADVISORY, "bug: beyond a strict mandate");
    verify(beyondMandate.isEmpty() || route == Route.DIRECT, "bug: beyond the mandate via the own manager");
    for (int i = 1; i < steps.size(); i++) {
      verify(steps.get(i).level().isAbove(steps.get(i - 1).level()), "bug: ladder went down at step %s", i);
    }
  }

  /**
   * Raises an escalation; no one has been addressed yet.
   *
   * @param id the escalation's id, not null
   * @param subject the need (and blocking referral) it is about, not null
   * @param reason why, not null
   * @param target the agency whose ladder it will climb, not null
   * @param raisedBy the professional who raises it, not null
   * @param mandate the mandate of the professional's agency and role (see {@link Mandates#mandateOf}), not null
   * @param route direct or via the own manager, not null
   * @param at when, not null
   * @return the new escalation (version 1) and its {@link EscalationEvent.Raised} event
   * @throws InvalidValueException if the mandate is not the professional's ({@link EscalationCodes#MANDATE_MISMATCH})
   *     or a disputed refusal names no referral ({@link EscalationCodes#REFERRAL_REQUIRED})
   */
  public static Decision<Escalation, EscalationEvent> raise(EscalationId id, EscalationSubject subject,
      EscalationReason reason, Target target, Professional raisedBy, Mandate mandate, Route route, Instant at) {
    requireNonNull(raisedBy, "raisedBy");
    requireNonNull(mandate, "mandate");
    if (!mandate.appliesTo(raisedBy)) {
      throw new InvalidValueException(EscalationCodes.MANDATE_MISMATCH, "Escalation.mandate",
          "the mandate must be the one the professional's own agency grants to their role");
    }
    EscalationEvent.Raised raised =
        new EscalationEvent.Raised(id, subject, reason, target, raisedBy.id(), mandate, route, at);
    return new Decision<>(start(raised), ImmutableList.of(raised));
  }

  /**
   * Returns the escalation a {@link EscalationEvent.Raised} event starts.
   *
   * @param raised the first event of an escalation's history, not null
   * @return the escalation at version 1
   */
  public static Escalation start(EscalationEvent.Raised raised) {
    requireNonNull(raised, "raised");
    Optional<Instant> informed =
        raised.route() == Route.VIA_OWN_MANAGER ? Optional.of(raised.at()) : Optional.empty();
    return new Escalation(raised.escalationId(), raised.subject(), raised.reason(), raised.target(),
        raised.raisedBy(), raised.mandate(), raised.route(), ImmutableList.of(), ImmutableList.of(), informed,
        Optional.empty(), Optional.empty(), raised.at(), raised.at(), 1);
  }

  /**
   * Rebuilds an escalation from its history.
   *
   * @param history the events in order, starting with {@link EscalationEvent.Raised}, not null
   * @return the escalation
   * @throws RuleViolationException if the history is empty, does not start by raising the escalation, or holds
   *     an event the rules forbid at its position
   */
  public static Escalation replay(Iterable<? extends EscalationEvent> history) {
    return TYPE.replay(history);
  }

  /**
   * Decides a command against this escalation if it has the expected version; the same as
   * {@code Escalation.TYPE.decide(this, command, expected)}, with the same checks in the same order.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its event
   * @throws io.github.casework.VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this escalation is unchanged
   */
  @Override
  public Decision<Escalation, EscalationEvent> decide(EscalationCommand command, ExpectedVersion expected) {
    // The descriptor's decide, written out, so that a command makes no megamorphic call through the shared
    // descriptor (the state's aggregateType() and the rules' functions).
    requireNonNull(command, "command");
    requireNonNull(expected, "expected").check(id.value(), version);
    EscalationEvent event = toEvent(command);
    return new Decision<>(apply(event), ImmutableList.of(event));
  }

  /**
   * Decides a command against this escalation, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its event
   * @throws RuleViolationException if the command breaks a rule; this escalation is unchanged
   */
  @Override
  public Decision<Escalation, EscalationEvent> decide(EscalationCommand command) {
    return decide(command, ExpectedVersion.any());
  }

  private EscalationEvent toEvent(EscalationCommand command) {
    if (command instanceof EscalationCommand.Climb c) {
      return new EscalationEvent.Climbed(id, c.level(), c.addressed(), c.beyondMandateReason(), c.at());
    } else if (command instanceof EscalationCommand.InformManager c) {
      return new EscalationEvent.ManagerInformed(id, c.at());
    } else if (command instanceof EscalationCommand.Resolve c) {
      return new EscalationEvent.Resolved(id, c.outcome(), c.at());
    }
    throw new AssertionError("bug: unhandled command " + command.getClass().getName());
  }

  /** Applies one event that the descriptor checked names this escalation and is not a first event. */
  private Escalation apply(EscalationEvent event) {
    Instant at = event.at();
    if (outcome.isPresent() && !(event instanceof EscalationEvent.ManagerInformed && owesManagerWord())) {
      throw reject(EscalationCodes.RESOLVED,
          "the escalation has its outcome (" + outcome.get().code() + ") and accepts no further change");
    }
    if (at.isBefore(lastChangedAt)) {
      throw reject(EscalationCodes.OUT_OF_ORDER, "a change cannot be dated before the escalation's last change");
    }
    if (event instanceof EscalationEvent.Climbed e) {
      Optional<LadderLevel> current = currentLevel();
      if (current.isPresent() && !e.level().isAbove(current.get())) {
        throw reject(EscalationCodes.LEVEL_NOT_HIGHER, "levels only go up: the next step must be above "
            + current.get().code() + ", not " + e.level().code());
      }
      ImmutableList<BeyondMandateStep> nextBeyond = beyondMandate;
      if (mandate.isBeyond(e.level(), route, managerInformedAt.isPresent())) {
        if (mandate.policy() == MandatePolicy.STRICT) {
          throw reject(EscalationCodes.BEYOND_MANDATE, "level " + e.level().code() + " is above the strict mandate "
              + "of " + mandate.role().code() + " at " + mandate.agency() + " (" + mandate.highestDirect().code()
              + "); inform the own manager first or escalate via the own manager");
        }
        if (e.beyondMandateReason().isEmpty()) {
          throw reject(EscalationCodes.BEYOND_MANDATE_REASON_REQUIRED, "level " + e.level().code()
              + " is beyond the mandate of " + mandate.role().code() + " at " + mandate.agency() + " ("
              + mandate.highestDirect().code() + "); a step beyond the mandate states why it is taken");
        }
        nextBeyond = ImmutableList.<BeyondMandateStep>builderWithExpectedSize(beyondMandate.size() + 1)
            .addAll(beyondMandate).add(new BeyondMandateStep(e.step(), mandate, e.beyondMandateReason().get()))
            .build();
      } else if (e.beyondMandateReason().isPresent()) {
        throw reject(EscalationCodes.NOT_BEYOND_MANDATE, "level " + e.level().code() + " is not beyond the mandate "
            + "(within it, or with the own manager in the loop); only a step beyond it states a reason");
      }
      ImmutableList<Step> next = ImmutableList.<Step>builderWithExpectedSize(steps.size() + 1)
          .addAll(steps).add(e.step()).build();
      return new Escalation(id, subject, reason, target, raisedBy, mandate, route, next, nextBeyond,
          managerInformedAt, outcome, resolvedAt, raisedAt, at, version + 1);
    } else if (event instanceof EscalationEvent.ManagerInformed) {
      if (managerInformedAt.isPresent()) {
        throw reject(EscalationCodes.MANAGER_ALREADY_INFORMED, route == Route.VIA_OWN_MANAGER
            ? "the escalation runs via the own manager, who is informed already"
            : "the own manager was already informed");
      }
      return new Escalation(id, subject, reason, target, raisedBy, mandate, route, steps, beyondMandate,
          Optional.of(at), outcome, resolvedAt, raisedAt, at, version + 1);
    } else if (event instanceof EscalationEvent.Resolved e) {
      if (steps.isEmpty() && e.outcome() != Outcome.WITHDRAWN) {
        throw reject(EscalationCodes.NOT_ADDRESSED,
            "only a withdrawal can end an escalation before anyone at the target agency was addressed");
      }
      return new Escalation(id, subject, reason, target, raisedBy, mandate, route, steps, beyondMandate,
          managerInformedAt, Optional.of(e.outcome()), Optional.of(at), raisedAt, at, version + 1);
    }
    throw new AssertionError("bug: unhandled event " + event.getClass().getName());
  }

  /** True while a step beyond the mandate has been taken and the own manager not yet informed. */
  private boolean owesManagerWord() {
    return !beyondMandate.isEmpty() && managerInformedAt.isEmpty();
  }

  private RuleViolationException reject(String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /**
   * Returns the escalation's id.
   *
   * @return the escalation's id
   */
  @Override
  public EscalationId id() {
    return id;
  }

  /**
   * Returns the need (and blocking referral) it is about.
   *
   * @return the need (and blocking referral) it is about
   */
  public EscalationSubject subject() {
    return subject;
  }

  /**
   * Returns why it was raised.
   *
   * @return why it was raised
   */
  public EscalationReason reason() {
    return reason;
  }

  /**
   * Returns the agency whose ladder it climbs.
   *
   * @return the agency whose ladder it climbs
   */
  public Target target() {
    return target;
  }

  /**
   * Returns the professional who raised it.
   *
   * @return the professional who raised it
   */
  public ProfessionalId raisedBy() {
    return raisedBy;
  }

  /**
   * Returns the mandate that applied to the professional when it was raised.
   *
   * @return the mandate that applied to the professional when it was raised
   */
  public Mandate mandate() {
    return mandate;
  }

  /**
   * Returns direct or via the own manager.
   *
   * @return direct or via the own manager
   */
  public Route route() {
    return route;
  }

  /**
   * Returns the steps taken, in order, each at a higher level than the one before.
   *
   * @return the steps taken, in order, each at a higher level than the one before
   */
  public ImmutableList<Step> steps() {
    return steps;
  }

  /**
   * Returns the steps that went beyond the mandate (see {@link Mandate}), in order, with the mandate then in force
   * and the professional's reason; empty under a strict mandate, and when every step was within the mandate or
   * taken with the own manager in the loop.
   *
   * @return the steps beyond the mandate, in order
   */
  public ImmutableList<BeyondMandateStep> beyondMandateSteps() {
    return beyondMandate;
  }

  /**
   * Returns when the own manager must have been informed of the steps beyond the mandate: the
   * {@link ServiceNorms#informManager()} limit counted from the first such step on the norms' calendar and zone
   * (for the default of two working days, the end of the second working day after the step's date). The due
   * instant stays the same once the manager is informed; see {@link #isInformManagerOverdue} for whether it was met.
   *
   * @param norms the norms whose limit, calendar and zone count, not null
   * @return the due instant; empty if no step went beyond the mandate
   */
  public Optional<Instant> informManagerDue(ServiceNorms norms) {
    requireNonNull(norms, "norms");
    return beyondMandate.isEmpty() ? Optional.empty()
        : Optional.of(norms.deadline(norms.informManager()).dueFrom(beyondMandate.get(0).at()));
  }

  /**
   * Returns the last day, in the norms' zone, on which informing the own manager is in time: the date of the
   * last moment before {@link #informManagerDue}.
   *
   * @param norms the norms whose limit, calendar and zone count, not null
   * @return the last day in time; empty if no step went beyond the mandate
   */
  public Optional<LocalDate> informManagerDueDate(ServiceNorms norms) {
    return informManagerDue(norms).map(due -> due.minusNanos(1).atZone(norms.zone()).toLocalDate());
  }

  /**
   * Returns whether, at an instant, the own manager is owed word of a step beyond the mandate past the norm: a step
   * went beyond the mandate, {@code at} is after {@link #informManagerDue}, and the manager was not informed at
   * or before {@code at}. Informing later than {@code at} does not count at {@code at}.
   *
   * @param norms the norms whose limit, calendar and zone count, not null
   * @param at the instant of the question, not null
   * @return true if informing the own manager is overdue at {@code at}
   */
  public boolean isInformManagerOverdue(ServiceNorms norms, Instant at) {
    requireNonNull(at, "at");
    Optional<Instant> due = informManagerDue(norms);
    return due.isPresent() && at.isAfter(due.get()) && managerInformedAt.filter(i -> !i.isAfter(at)).isEmpty();
  }

  /**
   * Returns the level of the last step; empty before the first step.
   *
   * @return the level of the last step; empty before the first step
   */
  public Optional<LadderLevel> currentLevel() {
    return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1).level());
  }

  /**
   * Returns when the own manager was informed: the raising instant for {@link Route#VIA_OWN_MANAGER}, the
   * instant of {@link EscalationCommand.InformManager} otherwise.
   *
   * @return the instant, or empty if the manager has not been informed
   */
  public Optional<Instant> managerInformedAt() {
    return managerInformedAt;
  }

  /**
   * Returns true if the own manager has been informed (always, for the route via the own manager).
   *
   * @return true if the own manager has been informed (always, for the route via the own manager)
   */
  public boolean isManagerInformed() {
    return managerInformedAt.isPresent();
  }

  /**
   * Returns the outcome; empty while the escalation is open.
   *
   * @return the outcome; empty while the escalation is open
   */
  public Optional<Outcome> outcome() {
    return outcome;
  }

  /**
   * Returns when the outcome was set; empty while the escalation is open.
   *
   * @return when the outcome was set; empty while the escalation is open
   */
  public Optional<Instant> resolvedAt() {
    return resolvedAt;
  }

  /**
   * Returns true once the outcome is set.
   *
   * @return true once the outcome is set
   */
  public boolean isResolved() {
    return outcome.isPresent();
  }

  /**
   * Returns whether this escalation is an incident that may need a structural answer: it was resolved with an
   * {@linkplain Outcome#isIncidental() incidental} outcome (an exception or a priority for this one client),
   * while the rule that blocked the need stays in place for the next client. Feed such incidents to a
   * {@link io.github.casework.signal.SignalDetector}.
   *
   * @return true if the outcome is incidental
   */
  public boolean isIncident() {
    return outcome.isPresent() && outcome.get().isIncidental();
  }

  /**
   * Returns when it was raised.
   *
   * @return when it was raised
   */
  public Instant raisedAt() {
    return raisedAt;
  }

  /**
   * Returns when it last changed: the resolution instant once resolved, or the later instant the own manager was
   * informed of a step beyond the mandate.
   *
   * @return when it last changed
   */
  @Override
  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /**
   * Returns the number of events applied, at least 1.
   *
   * @return the number of events applied, at least 1
   */
  @Override
  public long version() {
    return version;
  }

  /** {@return {@link #TYPE}} */
  @Override
  public AggregateType<Escalation, EscalationCommand, EscalationEvent> aggregateType() {
    return TYPE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Escalation other
        && version == other.version
        && id.equals(other.id)
        && subject.equals(other.subject)
        && reason == other.reason
        && target.equals(other.target)
        && raisedBy.equals(other.raisedBy)
        && mandate.equals(other.mandate)
        && route == other.route
        && steps.equals(other.steps)
        && beyondMandate.equals(other.beyondMandate)
        && managerInformedAt.equals(other.managerInformedAt)
        && outcome.equals(other.outcome)
        && resolvedAt.equals(other.resolvedAt)
        && raisedAt.equals(other.raisedAt)
        && lastChangedAt.equals(other.lastChangedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, steps, outcome);
  }

  /** Shows ids, codes, counts and version; an escalation holds no personal details. */
  @Override
  public String toString() {
    return "Escalation[id=" + id + ", target=" + target.agency() + ", reason=" + reason.code()
        + ", level=" + currentLevel().map(LadderLevel::code).orElse("none") + ", steps=" + steps.size()
        + ", beyondMandate=" + beyondMandate.size()
        + ", outcome=" + outcome.map(Outcome::code).orElse("open") + ", version=" + version + "]";
  }
}
