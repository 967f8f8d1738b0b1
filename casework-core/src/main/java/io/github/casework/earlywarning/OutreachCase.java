package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.RuleViolationException;
import io.github.casework.VersionConflictException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.EarlySignalId;
import io.github.casework.id.OutreachId;
import io.github.casework.norm.ServiceNorms;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An outreach case (vroegsignaalzaak): the municipality's handling of the early signals of one household — bundled
 * so that the rent and the energy arrears of one family get one offer of help, not two — from receiving them
 * through taking the case up and the contact attempts to an end result.
 *
 * <p><b>Invariants.</b> A case bundles at least one signal, all about the same {@link Resident}, each once. The
 * lifecycle is received → taken up → closed; a case may also close straight from received, with an end result that
 * needs no take-up ({@link EndResult#statusWithoutTakeUp()}); a closed case accepts no change. It is taken up once,
 * not before the signal date of its first signal; contact attempts are recorded only once it is taken up and are
 * not dated before that day. <b>An end result needs at least one contact attempt unless its kind says otherwise</b>
 * ({@link EndResult.Kind}): help, advice and follow-up need an attempt that reached the resident; "no contact
 * possible" needs an attempt; a not-taken-up result needs the case never taken up. Follow-up help or a referral
 * names the casework referral that carries it on ({@link Ending.Referred}). Changes are dated in order.
 *
 * <p><b>Shape.</b> As the four aggregates of {@link io.github.casework.Aggregate}: {@link #open} and
 * {@link #decide decide} check the rules and return a {@link Decision}; {@link #evolve evolve} applies one event
 * and checks the same rules; {@link #replay(Iterable)} rebuilds a case from its events; {@link #version()} is the
 * number of events applied; a rejected command throws a {@link RuleViolationException} with a code from
 * {@link EarlyWarningCodes} (or a {@link VersionConflictException}) and this case is unchanged. Rules are checked
 * in a fixed order: the expected version, then "closed", then time order, then the lifecycle step, then the
 * command's own rule. It is a model of its own, not one of the sealed {@code Aggregate}s, so that the wire format,
 * event streams and store of version 1 do not change; see the package documentation.
 *
 * <p>Two cases are equal when all their state is equal, including the version. {@link #toString()} shows no
 * personal data. Immutable and thread-safe.
 */
public final class OutreachCase {

  private final OutreachId id;
  private final AgencyId agency;
  private final ImmutableList<ReceivedSignal> signals;
  private final Instant openedAt;
  private final Stage stage;
  private final Instant lastChangedAt;
  private final long version;

  /** Where the case is, each stage holding exactly what is known there. */
  private sealed interface Stage {
    OutreachStatus status();

    /** Received, not yet taken up. */
    enum Received implements Stage {
      RECEIVED;

      @Override
      public OutreachStatus status() {
        return OutreachStatus.RECEIVED;
      }
    }

    /** Taken up on a day, with the attempts so far. */
    record TakenUp(LocalDate on, ImmutableList<ContactAttempt> attempts) implements Stage {
      @Override
      public OutreachStatus status() {
        return OutreachStatus.TAKEN_UP;
      }
    }

    /** Closed, after a take-up (with its attempts) or without one. */
    record Closed(Optional<TakenUp> takenUp, Ending ending) implements Stage {
      @Override
      public OutreachStatus status() {
        return OutreachStatus.CLOSED;
      }
    }
  }

  private OutreachCase(OutreachId id, AgencyId agency, ImmutableList<ReceivedSignal> signals, Instant openedAt,
      Stage stage, Instant lastChangedAt, long version) {
    this.id = id;
    this.agency = agency;
    this.signals = signals;
    this.openedAt = openedAt;
    this.stage = stage;
    this.lastChangedAt = lastChangedAt;
    this.version = version;
  }

  /**
   * Opens a case for one or more signals of one household.
   *
   * @param id the case's id, not null
   * @param agency the agency that holds it, not null
   * @param signals the signals, at least one, all about the same resident, each once, not null
   * @param at when they were received, not null
   * @return the case at version 1 and its {@code outreach.opened} event
   * @throws RuleViolationException if there is no signal, a signal occurs twice or names another resident
   */
  public static Decision<OutreachCase, OutreachEvent> open(OutreachId id, AgencyId agency,
      Collection<EarlySignal> signals, Instant at) {
    OutreachEvent.Opened opened = new OutreachEvent.Opened(id, agency, ImmutableList.copyOf(signals), at);
    return new Decision<>(start(opened), ImmutableList.of(opened));
  }

  /**
   * Rebuilds a case from its history, checking every event against the rules.
   *
   * @param history the events, the first an {@code outreach.opened}, not null
   * @return the case, at a version equal to the number of events
   * @throws RuleViolationException if the history is empty, does not start with the opening, names another case,
   *     opens it again, or breaks a rule at some event
   */
  public static OutreachCase replay(Iterable<? extends OutreachEvent> history) {
    Iterator<? extends OutreachEvent> events = requireNonNull(history, "history").iterator();
    if (!events.hasNext()) {
      throw new RuleViolationException(EarlyWarningCodes.NOT_OPENED, "outreach case",
          "a history starts with outreach.opened");
    }
    OutreachEvent first = events.next();
    if (!(first instanceof OutreachEvent.Opened opened)) {
      throw new RuleViolationException(EarlyWarningCodes.NOT_OPENED, first.outreachId().value(),
          "a history starts with outreach.opened");
    }
    OutreachCase state = start(opened);
    while (events.hasNext()) {
      state = state.evolve(events.next());
    }
    return state;
  }

  private static OutreachCase start(OutreachEvent.Opened opened) {
    if (opened.signals().isEmpty()) {
      throw reject(opened.outreachId(), EarlyWarningCodes.NO_SIGNALS, "an outreach case bundles at least one signal");
    }
    Resident resident = opened.signals().get(0).resident();
    Set<EarlySignalId> seen = new HashSet<>();
    ImmutableList.Builder<ReceivedSignal> received = ImmutableList.builder();
    for (EarlySignal s : opened.signals()) {
      checkBundle(opened.outreachId(), resident, seen, s);
      received.add(new ReceivedSignal(s, opened.at()));
    }
    return new OutreachCase(opened.outreachId(), opened.agency(), received.build(), opened.at(), Stage.Received.RECEIVED,
        opened.at(), 1);
  }

  private static void checkBundle(OutreachId id, Resident resident, Set<EarlySignalId> seen, EarlySignal s) {
    if (!seen.add(s.id())) {
      throw reject(id, EarlyWarningCodes.DUPLICATE_SIGNAL, "each early signal is bundled once");
    }
    if (!s.resident().equals(resident)) {
      throw reject(id, EarlyWarningCodes.OTHER_HOUSEHOLD,
          "an outreach case bundles the signals of one resident only");
    }
  }

  /**
   * Decides a command, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its one event
   * @throws RuleViolationException if the command breaks a rule; this case is unchanged
   */
  public Decision<OutreachCase, OutreachEvent> decide(OutreachCommand command) {
    return decide(command, ExpectedVersion.any());
  }

  /**
   * Decides a command if this case has the expected version.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its one event
   * @throws VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this case is unchanged
   */
  public Decision<OutreachCase, OutreachEvent> decide(OutreachCommand command, ExpectedVersion expected) {
    requireNonNull(command, "command");
    requireNonNull(expected, "expected");
    if (!expected.matches(version)) {
      throw new VersionConflictException(id.value(), expected, version);
    }
    OutreachEvent event;
    if (command instanceof OutreachCommand.AddSignal c) {
      event = new OutreachEvent.SignalAdded(id, c.signal(), c.at());
    } else if (command instanceof OutreachCommand.TakeUp c) {
      event = new OutreachEvent.TakenUp(id, c.on(), c.at());
    } else if (command instanceof OutreachCommand.RecordAttempt c) {
      event = new OutreachEvent.AttemptRecorded(id, c.attempt(), c.at());
    } else {
      event = new OutreachEvent.Closed(id, ((OutreachCommand.Close) command).ending(), command.at());
    }
    return new Decision<>(evolve(event), ImmutableList.of(event));
  }

  /**
   * Applies one event, checking the same rules as the command that produces it.
   *
   * @param event the next event of this case's history, not null
   * @return the new state, one version higher
   * @throws RuleViolationException if the event names another case, opens it again, or breaks a rule here; this
   *     case is unchanged
   */
  public OutreachCase evolve(OutreachEvent event) {
    requireNonNull(event, "event");
    if (!event.outreachId().equals(id)) {
      throw reject(id, EarlyWarningCodes.WRONG_CASE, "an event of another outreach case cannot be applied");
    }
    if (event instanceof OutreachEvent.Opened) {
      throw reject(id, EarlyWarningCodes.ALREADY_OPENED, "an outreach case is opened once");
    }
    if (stage instanceof Stage.Closed) {
      throw reject(id, EarlyWarningCodes.CLOSED, "a closed outreach case accepts no change");
    }
    if (event.at().isBefore(lastChangedAt)) {
      throw reject(id, EarlyWarningCodes.OUT_OF_ORDER, "a change cannot be dated before the case's last change");
    }
    if (event instanceof OutreachEvent.SignalAdded e) {
      return addSignal(e);
    } else if (event instanceof OutreachEvent.TakenUp e) {
      return takeUp(e);
    } else if (event instanceof OutreachEvent.AttemptRecorded e) {
      return recordAttempt(e);
    }
    return close((OutreachEvent.Closed) event);
  }

  private OutreachCase addSignal(OutreachEvent.SignalAdded e) {
    Set<EarlySignalId> seen = new HashSet<>();
    signals.forEach(s -> seen.add(s.signal().id()));
    checkBundle(id, resident(), seen, e.signal());
    ImmutableList<ReceivedSignal> more = ImmutableList.<ReceivedSignal>builder().addAll(signals)
        .add(new ReceivedSignal(e.signal(), e.at())).build();
    return new OutreachCase(id, agency, more, openedAt, stage, e.at(), version + 1);
  }

  private OutreachCase takeUp(OutreachEvent.TakenUp e) {
    if (!(stage instanceof Stage.Received)) {
      throw reject(id, EarlyWarningCodes.ALREADY_TAKEN_UP, "an outreach case is taken up once");
    }
    LocalDate firstSignal = signals.stream().map(s -> s.signal().signalDate()).min(LocalDate::compareTo)
        .orElseThrow();
    if (e.on().isBefore(firstSignal)) {
      throw reject(id, EarlyWarningCodes.TAKEN_UP_BEFORE_SIGNAL,
          "a case cannot be taken up before the signal date of its first signal");
    }
    return next(new Stage.TakenUp(e.on(), ImmutableList.of()), e.at());
  }

  private OutreachCase recordAttempt(OutreachEvent.AttemptRecorded e) {
    if (!(stage instanceof Stage.TakenUp t)) {
      throw reject(id, EarlyWarningCodes.NOT_TAKEN_UP, "contact attempts are recorded once the case is taken up");
    }
    if (e.attempt().on().isBefore(t.on())) {
      throw reject(id, EarlyWarningCodes.ATTEMPT_BEFORE_TAKE_UP,
          "a contact attempt cannot be dated before the day the case was taken up");
    }
    ImmutableList<ContactAttempt> more = ImmutableList.<ContactAttempt>builder().addAll(t.attempts())
        .add(e.attempt()).build();
    return next(new Stage.TakenUp(t.on(), more), e.at());
  }

  private OutreachCase close(OutreachEvent.Closed e) {
    EndResult result = e.ending().result();
    Optional<Stage.TakenUp> takenUp = stage instanceof Stage.TakenUp t ? Optional.of(t) : Optional.empty();
    List<ContactAttempt> attempts = takenUp.map(Stage.TakenUp::attempts).orElse(ImmutableList.of());
    if (result.kind() == EndResult.Kind.NOT_TAKEN_UP && takenUp.isPresent()) {
      throw reject(id, EarlyWarningCodes.END_RESULT_AFTER_TAKE_UP,
          "a not-taken-up end result cannot close a case that was taken up");
    }
    if (result.statusWithoutTakeUp().isEmpty() && takenUp.isEmpty()) {
      throw reject(id, EarlyWarningCodes.END_RESULT_NEEDS_TAKE_UP, "this end result needs the case taken up first");
    }
    if (result.kind() == EndResult.Kind.NEEDS_ATTEMPT && attempts.isEmpty()) {
      throw reject(id, EarlyWarningCodes.END_RESULT_NEEDS_ATTEMPT, "this end result needs a contact attempt");
    }
    if (result.kind() == EndResult.Kind.NEEDS_CONTACT && attempts.stream().noneMatch(ContactAttempt::reached)) {
      throw reject(id, EarlyWarningCodes.END_RESULT_NEEDS_CONTACT,
          "this end result needs a contact attempt that reached the resident");
    }
    return next(new Stage.Closed(takenUp, e.ending()), e.at());
  }

  private OutreachCase next(Stage nextStage, Instant at) {
    return new OutreachCase(id, agency, signals, openedAt, nextStage, at, version + 1);
  }

  private static RuleViolationException reject(OutreachId id, String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /** {@return the case's id} */
  public OutreachId id() {
    return id;
  }

  /** {@return the agency that holds the case} */
  public AgencyId agency() {
    return agency;
  }

  /** {@return the bundled signals with when each was received, in the order they were bundled} */
  public ImmutableList<ReceivedSignal> signals() {
    return signals;
  }

  /** {@return whom the signals are about: the one resident of the household} */
  public Resident resident() {
    return signals.get(0).signal().resident();
  }

  /** {@return when the case was opened: its first signals were received} */
  public Instant openedAt() {
    return openedAt;
  }

  /** {@return where the case is} */
  public OutreachStatus status() {
    return stage.status();
  }

  /** {@return the day the case was taken up, if it was} */
  public Optional<LocalDate> takenUpOn() {
    return takenUp().map(Stage.TakenUp::on);
  }

  /** {@return the contact attempts, in the order recorded; empty before the take-up} */
  public ImmutableList<ContactAttempt> attempts() {
    return takenUp().map(Stage.TakenUp::attempts).orElse(ImmutableList.of());
  }

  /** {@return how the case ended, once closed} */
  public Optional<Ending> ending() {
    return stage instanceof Stage.Closed c ? Optional.of(c.ending()) : Optional.empty();
  }

  private Optional<Stage.TakenUp> takenUp() {
    if (stage instanceof Stage.TakenUp t) {
      return Optional.of(t);
    }
    return stage instanceof Stage.Closed c ? c.takenUp() : Optional.empty();
  }

  /** {@return when the case closed: the instant of its closing event, once closed} */
  public Optional<Instant> closedAt() {
    return stage instanceof Stage.Closed ? Optional.of(lastChangedAt) : Optional.empty();
  }

  /** {@return the number of events applied} */
  public long version() {
    return version;
  }

  /** {@return the instant of the latest event} */
  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /**
   * Returns the status of one bundled signal: not yet taken up while the case is received, taken up once the
   * case was, and otherwise the status the end result gives a signal that was not taken up.
   *
   * @param signal a bundled signal's id, not null
   * @return the status, or empty if the case does not bundle that signal
   */
  public Optional<EarlySignalStatus> statusOf(EarlySignalId signal) {
    requireNonNull(signal, "signal");
    if (signals.stream().noneMatch(s -> s.signal().id().equals(signal))) {
      return Optional.empty();
    }
    return Optional.of(signalStatus());
  }

  private EarlySignalStatus signalStatus() {
    if (takenUp().isPresent()) {
      return EarlySignalStatus.TAKEN_UP;
    }
    if (stage instanceof Stage.Closed c) {
      return c.ending().result().statusWithoutTakeUp()
          .orElseThrow(() -> new AssertionError("bug: a case closed without take-up on a result that needs one"));
    }
    return EarlySignalStatus.NOT_YET_TAKEN_UP;
  }

  /**
   * Returns the feedback owed to the signalling partners: for each bundled signal, taken up or not taken up, once
   * that is decided (the case was taken up, or closed without a take-up) — and nothing more, see
   * {@link PartnerFeedback}.
   *
   * @return one feedback per signal in bundle order, or empty while the case is received
   */
  public ImmutableList<PartnerFeedback> partnerFeedback() {
    EarlySignalStatus status = signalStatus();
    if (status == EarlySignalStatus.NOT_YET_TAKEN_UP) {
      return ImmutableList.of();
    }
    PartnerFeedback.Answer answer = status == EarlySignalStatus.TAKEN_UP ? PartnerFeedback.Answer.TAKEN_UP
        : PartnerFeedback.Answer.NOT_TAKEN_UP;
    return signals.stream().map(s -> new PartnerFeedback(s.signal().id(), s.signal().partner(), answer))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns when a bundled signal's first contact attempt is due: within the Wgs urgent-threat norm
   * ({@link ServiceNorms#urgentDebtThreatResponse()}, three working days) for a crisis signal, otherwise within
   * the outreach norm's {@link OutreachNorms#firstAttempt()}, counted from its receipt on the service norms'
   * calendar and zone.
   *
   * @param signal a bundled signal, not null
   * @param norms the service norms, not null
   * @param outreachNorms the outreach norms, not null
   * @return the instant by which the first attempt is due
   */
  public static Instant firstAttemptDue(ReceivedSignal signal, ServiceNorms norms, OutreachNorms outreachNorms) {
    requireNonNull(signal, "signal");
    requireNonNull(outreachNorms, "outreachNorms");
    return norms.deadline(signal.signal().crisis() ? norms.urgentDebtThreatResponse() : outreachNorms.firstAttempt())
        .dueFrom(signal.receivedAt());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OutreachCase other && version == other.version && id.equals(other.id)
        && agency.equals(other.agency) && signals.equals(other.signals) && openedAt.equals(other.openedAt)
        && stage.equals(other.stage) && lastChangedAt.equals(other.lastChangedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, agency, signals, openedAt, stage, lastChangedAt, version);
  }

  /** Shows the id, status, number of signals and version; never the resident. */
  @Override
  public String toString() {
    return "OutreachCase[id=" + id + ", status=" + status().code() + ", signals=" + signals.size() + ", version="
        + version + "]";
  }
}
