package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.Decision;
import io.github.casework.ExpectedVersion;
import io.github.casework.LifeDomain;
import io.github.casework.RuleViolationException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A referral (verwijzing): a closed-loop request from a need in a case to a service of another agency. The
 * referring professional stays accountable for the need until the loop is closed — the outcome is reported
 * back and acknowledged on the referrer's side — or until a professional at the receiving agency explicitly
 * accepts accountability (a warm {@link Handover}). A referral never moves accountability silently.
 *
 * <p><b>Transition table.</b> The statuses follow the FHIR {@code Task} state machine ({@link ReferralStatus}).
 * Exactly these steps are allowed; every other (state, command) pair is rejected with
 * {@link ReferralCodes#ILLEGAL_TRANSITION} and changes nothing:
 * <table class="striped">
 *   <caption>Allowed steps</caption>
 *   <thead><tr><th scope="col">command</th><th scope="col">allowed in</th><th scope="col">leads to</th></tr></thead>
 *   <tbody>
 *   <tr><th scope="row">{@link ReferralCommand.RecordBasis}</th><td>draft</td><td>draft</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Send}</th><td>draft</td><td>sent</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Receive}</th><td>sent</td><td>received</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Accept}</th><td>sent, received, waitlisted</td><td>accepted</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Waitlist}</th><td>sent, received, waitlisted</td>
 *       <td>waitlisted</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Refuse}</th><td>sent, received, waitlisted</td><td>refused</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Start}</th><td>accepted</td><td>in progress</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Complete}</th><td>in progress</td><td>completed</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Fail}</th><td>waitlisted, accepted, in progress</td>
 *       <td>failed</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.Cancel}</th>
 *       <td>draft, sent, received, waitlisted, accepted, in progress — not after a handover</td>
 *       <td>cancelled, loop closed</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.AcceptAccountability}</th>
 *       <td>accepted, in progress — once</td><td>same status, handed over</td></tr>
 *   <tr><th scope="row">{@link ReferralCommand.AcknowledgeOutcome}</th>
 *       <td>completed, refused, failed — once</td><td>same status, loop closed</td></tr>
 *   </tbody>
 * </table>
 * A referral is <em>open</em> ({@link #isOpen()}) until its loop is closed or it is handed over; a case cannot
 * close while a referral of one of its needs is open (see {@link ReferralLoop}).
 *
 * <p><b>Other rules.</b> Sending needs a recorded {@link DataSharingBasis}; a recorded consent must already have
 * been given and must cover the receiving agency and the need's life domain. Sending computes a response due
 * date and a follow-up due date from the given {@link io.github.casework.Deadline}s; the response is not due
 * before sending and the follow-up not before the response. A precondition refusal cannot name the referral's own
 * life domain. Accountability cannot be accepted by the referrer. Changes are dated in order.
 *
 * <p><b>State.</b> Besides what drafting fixed and the recorded {@link #basis()}, a referral holds one lifecycle
 * stage, of which {@link #status()}, {@link #sending()} (the sending date with both due dates, once sent),
 * {@link #answer()} (what the receiving agency last said), {@link #ending()} (present exactly when the status is
 * terminal), {@link #handover()} and {@link #loopClosure()} are views. Only what the transition table can reach is
 * representable: nothing is sent in a draft, an answer comes after sending, a handover only after acceptance (in
 * accepted, in progress, completed or failed), a loop closure only with an ending and always with a cancellation.
 *
 * <p><b>Shape.</b> As for {@link io.github.casework.casefile.Case}: {@link #draft} and
 * {@link #decide decide} return a {@link Decision}; {@link #evolve evolve} applies one event
 * and checks the same rules; {@link #replay(Iterable)} rebuilds a referral; {@link #version()} counts events.
 * Rules are checked in a fixed order: the expected version, then time order, then the transition table, then
 * the command's own rules (record basis: consent not yet given, consent out of scope; send: no basis, response
 * due before sending, follow-up before response; refuse: precondition is the need; accept accountability: same
 * professional).
 *
 * <p>Two referrals are equal when all their state is equal, including the version: what drafting fixed, the basis,
 * the status and each view above. Whether a cancelled or failed referral had been received or started is not
 * kept, so it does not make two referrals unequal. Immutable and thread-safe.
 */
public final class Referral implements Aggregate<Referral, ReferralCommand, ReferralEvent> {

  /** The descriptor of referrals: their first event, shared replay and decide glue, and codes. */
  public static final AggregateType<Referral, ReferralCommand, ReferralEvent> TYPE = AggregateType.of("referral",
      Referral.class, ReferralCommand.class, ReferralEvent.class,
      ReferralEvent.Drafted.class, ReferralEvent.Drafted.TYPE,
      new AggregateType.Codes(ReferralCodes.NOT_DRAFTED, ReferralCodes.ALREADY_DRAFTED, ReferralCodes.WRONG_REFERRAL),
      AggregateType.Rules.of(Referral::start, Referral::toEvent, Referral::apply));

  private final ReferralId id;
  private final ClientId client;
  private final CaseId caseId;
  private final NeedId need;
  private final LifeDomain domain;
  private final AgencyId from;
  private final ProfessionalId referrer;
  private final AgencyId to;
  private final String service;
  private final Instant draftedAt;
  private final Optional<DataSharingBasis> basis;
  private final Stage stage;
  /** {@code stage.status()}, kept because every change and most readers ask for it. */
  private final ReferralStatus status;
  private final Instant lastChangedAt;
  private final long version;

  private Referral(ReferralEvent.Drafted origin, Optional<DataSharingBasis> basis, Stage stage,
      Instant lastChangedAt, long version) {
    this.id = origin.referralId();
    this.client = origin.client();
    this.caseId = origin.caseId();
    this.need = origin.need();
    this.domain = origin.domain();
    this.from = origin.from();
    this.referrer = origin.referrer();
    this.to = origin.to();
    this.service = origin.service();
    this.draftedAt = origin.at();
    this.basis = basis;
    this.stage = stage;
    this.status = stage.status();
    this.lastChangedAt = lastChangedAt;
    this.version = version;
  }

  /**
   * The next state: what drafting fixed is copied from {@code previous}, not validated again and not kept as the
   * drafting event (a large caseload holds one referral object per referral, not also its first event).
   */
  private Referral(Referral previous, Optional<DataSharingBasis> basis, Stage stage, Instant lastChangedAt,
      long version) {
    this.id = previous.id;
    this.client = previous.client;
    this.caseId = previous.caseId;
    this.need = previous.need;
    this.domain = previous.domain;
    this.from = previous.from;
    this.referrer = previous.referrer;
    this.to = previous.to;
    this.service = previous.service;
    this.draftedAt = previous.draftedAt;
    this.basis = basis;
    this.stage = stage;
    this.status = stage.status();
    this.lastChangedAt = lastChangedAt;
    this.version = version;
  }

  /**
   * Where a referral is in its lifecycle, each kind holding exactly what is known there, so that what the
   * transition table implies holds by construction rather than by a check: a draft has nothing sent; the due dates
   * come with the sending; an answer comes only after sending; a handover only after acceptance, after which the
   * referral cannot be cancelled; a loop closure only with an ending, and always with a cancellation. Sent and
   * received share a kind, as do accepted and in progress; a handover and an acknowledgement each wrap or extend
   * the kind they follow.
   *
   * <p>Each part is a method that returns null where the stage does not have it, rather than an {@code Optional},
   * so that a view of a referral allocates at most its own {@code Optional}, which the compiler can elide.
   */
  private sealed interface Stage {
    ReferralStatus status();

    default @Nullable Sending sent() {
      return null;
    }

    default @Nullable Answer last() {
      return null;
    }

    default @Nullable Handover handedOver() {
      return null;
    }

    default @Nullable Ending end() {
      return null;
    }

    default @Nullable LoopClosure closure() {
      return null;
    }

    /** A stage reached from an earlier one, keeping what that one knew. */
    sealed interface Later extends Stage {
      Stage before();

      @Override
      default @Nullable Sending sent() {
        return before().sent();
      }

      @Override
      default @Nullable Answer last() {
        return before().last();
      }

      @Override
      default @Nullable Handover handedOver() {
        return before().handedOver();
      }

      @Override
      default @Nullable Ending end() {
        return before().end();
      }
    }

    /** A stage the referrer can still cancel in: not ended, not handed over. */
    sealed interface Open extends Stage {}

    /** A stage the receiving agency can answer in: sent, received or waitlisted. */
    sealed interface Awaiting extends Open {
      @Override
      Sending sent();
    }

    /** A stage in which the service can fail: waitlisted, accepted or in progress. */
    sealed interface Serving extends Stage {}

    /** A stage after acceptance: accepted or in progress, handed over or not. */
    sealed interface Accepting extends Serving {
      @Override
      Sending sent();

      @Override
      Answer.Accepted last();

      boolean started();

      Accepting start();
    }

    /** An ending reported back (completed, failed, refused) that the referrer has not yet acknowledged. */
    sealed interface Reported extends Stage {}

    /** Drafted, nothing sent. */
    enum Draft implements Open {
      DRAFT;

      @Override
      public ReferralStatus status() {
        return ReferralStatus.DRAFT;
      }
    }

    /** Sent, and received if {@code received}; not answered yet. */
    record Sent(Sending sent, boolean received) implements Awaiting {
      @Override
      public ReferralStatus status() {
        return received ? ReferralStatus.RECEIVED : ReferralStatus.SENT;
      }
    }

    /** The last answer put the client on the waiting list. */
    record Waitlisted(Sending sent, Answer.Waitlisted last) implements Awaiting, Serving {
      @Override
      public ReferralStatus status() {
        return ReferralStatus.WAITLISTED;
      }
    }

    /** Accepted, and in progress if {@code started}; the referrer is still accountable. */
    record Accepted(Sending sent, Answer.Accepted last, boolean started) implements Open, Accepting {
      @Override
      public ReferralStatus status() {
        return started ? ReferralStatus.IN_PROGRESS : ReferralStatus.ACCEPTED;
      }

      @Override
      public Accepting start() {
        return new Accepted(sent, last, true);
      }
    }

    /** Accepted, and in progress if {@code started}; a professional of the receiving agency took over. */
    record HandedOver(Sending sent, Answer.Accepted last, boolean started, Handover handedOver) implements Accepting {
      @Override
      public ReferralStatus status() {
        return started ? ReferralStatus.IN_PROGRESS : ReferralStatus.ACCEPTED;
      }

      @Override
      public Accepting start() {
        return new HandedOver(sent, last, true, handedOver);
      }
    }

    /** The last answer was a refusal, which is also the ending. */
    record Refused(Sending sent, Answer.Refused last) implements Reported {
      @Override
      public ReferralStatus status() {
        return ReferralStatus.REFUSED;
      }

      @Override
      public Ending end() {
        return last;
      }
    }

    /** The service was completed after acceptance. */
    record Completed(Accepting before, Ending.Completed end) implements Later, Reported {
      @Override
      public ReferralStatus status() {
        return ReferralStatus.COMPLETED;
      }
    }

    /** The service failed while the client waited or was served. */
    record Failed(Serving before, Ending.Failed end) implements Later, Reported {
      @Override
      public ReferralStatus status() {
        return ReferralStatus.FAILED;
      }
    }

    /** A reported ending the referrer acknowledged, closing the loop. */
    record Acknowledged(Reported before, LoopClosure closure) implements Later {
      @Override
      public ReferralStatus status() {
        return before.status();
      }
    }

    /** Cancelled by the referrer in an open stage, which closes the loop. */
    record Cancelled(Open before, Ending.Cancelled end) implements Later {
      @Override
      public ReferralStatus status() {
        return ReferralStatus.CANCELLED;
      }

      @Override
      public LoopClosure closure() {
        return end.closure();
      }
    }
  }

  /**
   * Drafts a referral from a need in a case to a service of another agency. Prefer
   * {@link ReferralLoop#draft} when the case is at hand: it takes the client, agency, life domain and referrer
   * from the case and records the referral on the need in the same step.
   *
   * @param id the referral's id, not null
   * @param client the client's pseudonymous id, not null
   * @param caseId the case the need belongs to, not null
   * @param need the need referred, not null
   * @param domain the need's life domain, not null
   * @param from the referring agency, not null
   * @param referrer the referring professional, accountable for the need, not null
   * @param to the receiving agency, not null
   * @param service the code of the receiving agency's service, not null
   * @param at when, not null
   * @return the new referral (version 1, {@link ReferralStatus#DRAFT}) and its {@link ReferralEvent.Drafted} event
   * @throws io.github.casework.InvalidValueException if the service code breaks its rule
   */
  public static Decision<Referral, ReferralEvent> draft(ReferralId id, ClientId client, CaseId caseId, NeedId need,
      LifeDomain domain, AgencyId from, ProfessionalId referrer, AgencyId to, String service, Instant at) {
    ReferralEvent.Drafted drafted =
        new ReferralEvent.Drafted(id, client, caseId, need, domain, from, referrer, to, service, at);
    return new Decision<>(start(drafted), ImmutableList.of(drafted));
  }

  /**
   * Creates the state a {@link ReferralEvent.Drafted} event describes.
   *
   * @param drafted the first event of a referral's history, not null
   * @return the referral at version 1
   */
  public static Referral start(ReferralEvent.Drafted drafted) {
    requireNonNull(drafted, "drafted");
    return new Referral(drafted, Optional.empty(), Stage.Draft.DRAFT, drafted.at(), 1);
  }

  /**
   * Rebuilds a referral from its history.
   *
   * @param history the events in order, starting with {@link ReferralEvent.Drafted}, not null
   * @return the referral
   * @throws RuleViolationException if the history is empty, does not start by drafting the referral, or holds an
   *     event the rules forbid at its position
   */
  public static Referral replay(Iterable<? extends ReferralEvent> history) {
    return TYPE.replay(history);
  }

  /**
   * Decides a command against this referral if it has the expected version; the same as
   * {@code Referral.TYPE.decide(this, command, expected)}, with the same checks in the same order.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its event
   * @throws io.github.casework.VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this referral is unchanged
   */
  @Override
  public Decision<Referral, ReferralEvent> decide(ReferralCommand command, ExpectedVersion expected) {
    // The descriptor's decide, written out: through the shared descriptor each command made two megamorphic calls
    // (the state's aggregateType() and the rules' functions), a fifth of a simulated command's time.
    requireNonNull(command, "command");
    requireNonNull(expected, "expected").check(id.value(), version);
    ReferralEvent event = toEvent(command);
    return new Decision<>(apply(event), ImmutableList.of(event));
  }

  /**
   * Decides a command against this referral, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its event
   * @throws RuleViolationException if the command breaks a rule; this referral is unchanged
   */
  @Override
  public Decision<Referral, ReferralEvent> decide(ReferralCommand command) {
    return decide(command, ExpectedVersion.any());
  }

  private ReferralEvent toEvent(ReferralCommand command) {
    Instant at = command.at();
    // Time order comes before computing anything from the command (the due dates), so codes keep their order.
    checkTime(at);
    if (command instanceof ReferralCommand.RecordBasis c) {
      return new ReferralEvent.BasisRecorded(id, c.basis(), at);
    } else if (command instanceof ReferralCommand.Send c) {
      // A Deadline is the host's plug-in point; one that returns null breaks its contract.
      Instant responseDue = requireNonNull(c.response().dueFrom(at), "response deadline returned null");
      Instant followUpDue = requireNonNull(c.followUp().dueFrom(at), "follow-up deadline returned null");
      return new ReferralEvent.Sent(id, responseDue, followUpDue, at, c.capacity());
    } else if (command instanceof ReferralCommand.Receive) {
      return new ReferralEvent.Received(id, at);
    } else if (command instanceof ReferralCommand.Accept) {
      return new ReferralEvent.Accepted(id, at);
    } else if (command instanceof ReferralCommand.Waitlist c) {
      return new ReferralEvent.Waitlisted(id, c.expected(), at);
    } else if (command instanceof ReferralCommand.Refuse c) {
      return new ReferralEvent.Refused(id, c.refusal(), at);
    } else if (command instanceof ReferralCommand.Start) {
      return new ReferralEvent.Started(id, at);
    } else if (command instanceof ReferralCommand.Complete c) {
      return new ReferralEvent.Completed(id, c.outcome(), at);
    } else if (command instanceof ReferralCommand.Fail c) {
      return new ReferralEvent.Failed(id, c.reason(), at);
    } else if (command instanceof ReferralCommand.Cancel c) {
      return new ReferralEvent.Cancelled(id, c.by(), at);
    } else if (command instanceof ReferralCommand.AcceptAccountability c) {
      return new ReferralEvent.AccountabilityAccepted(id, c.by(), at);
    } else if (command instanceof ReferralCommand.AcknowledgeOutcome c) {
      return new ReferralEvent.OutcomeAcknowledged(id, c.by(), at);
    }
    throw new AssertionError("bug: unhandled command " + command.getClass().getName());
  }

  /**
   * Applies one event that the descriptor checked names this referral and is not a first event. Each branch is a
   * row of the transition table of the class description: an event kind and the stages it is allowed in.
   */
  private Referral apply(ReferralEvent event) {
    Instant at = event.at();
    checkTime(at);
    Stage next;
    if (event instanceof ReferralEvent.BasisRecorded e && stage == Stage.Draft.DRAFT) {
      if (e.basis() instanceof DataSharingBasis.Consent consent) {
        if (consent.givenAt().isAfter(at)) {
          throw reject(ReferralCodes.CONSENT_NOT_YET_GIVEN, "consent cannot be recorded before it is given");
        }
        if (!consent.covers(to, domain)) {
          throw reject(ReferralCodes.CONSENT_OUT_OF_SCOPE, "the consent does not cover sending data about the "
              + domain.code() + " domain to agency " + to);
        }
      }
      return new Referral(this, Optional.of(e.basis()), stage, at, version + 1);
    } else if (event instanceof ReferralEvent.Sent e && stage == Stage.Draft.DRAFT) {
      if (basis.isEmpty()) {
        throw reject(ReferralCodes.NO_SHARING_BASIS,
            "a referral cannot be sent without a recorded consent or legal basis for sharing the client's data");
      }
      if (e.responseDue().isBefore(at)) {
        throw reject(ReferralCodes.DUE_BEFORE_SENT, "a response cannot be due before the referral is sent");
      }
      if (e.followUpDue().isBefore(e.responseDue())) {
        throw reject(ReferralCodes.FOLLOW_UP_BEFORE_RESPONSE,
            "the follow-up due date cannot be before the response due date");
      }
      next = new Stage.Sent(new Sending(at, e.responseDue(), e.followUpDue(), e.capacity()), false);
    } else if (event instanceof ReferralEvent.Received && stage instanceof Stage.Sent s && !s.received()) {
      next = new Stage.Sent(s.sent(), true);
    } else if (event instanceof ReferralEvent.Accepted && stage instanceof Stage.Awaiting a) {
      next = new Stage.Accepted(a.sent(), new Answer.Accepted(at, expectedStart()), false);
    } else if (event instanceof ReferralEvent.Waitlisted e && stage instanceof Stage.Awaiting a) {
      next = new Stage.Waitlisted(a.sent(), new Answer.Waitlisted(at, e.expected()));
    } else if (event instanceof ReferralEvent.Refused e && stage instanceof Stage.Awaiting a) {
      if (e.refusal() instanceof Refusal.PreconditionUnmet p && p.domain() == domain) {
        throw reject(ReferralCodes.PRECONDITION_IS_THE_NEED,
            "a precondition must name another life domain than the " + domain.code() + " need referred");
      }
      next = new Stage.Refused(a.sent(), new Answer.Refused(at, e.refusal(), expectedStart()));
    } else if (event instanceof ReferralEvent.Started && stage instanceof Stage.Accepting a && !a.started()) {
      next = a.start();
    } else if (event instanceof ReferralEvent.Completed e && stage instanceof Stage.Accepting a && a.started()) {
      next = new Stage.Completed(a, new Ending.Completed(e.outcome()));
    } else if (event instanceof ReferralEvent.Failed e && stage instanceof Stage.Serving s) {
      next = new Stage.Failed(s, new Ending.Failed(e.reason()));
    } else if (event instanceof ReferralEvent.Cancelled e && stage instanceof Stage.Open o) {
      next = new Stage.Cancelled(o, new Ending.Cancelled(new LoopClosure(e.by(), at)));
    } else if (event instanceof ReferralEvent.AccountabilityAccepted e && stage instanceof Stage.Accepted a) {
      if (e.by().equals(referrer)) {
        throw reject(ReferralCodes.SAME_PROFESSIONAL,
            "accountability must be accepted by a professional other than the referrer");
      }
      next = new Stage.HandedOver(a.sent(), a.last(), a.started(), new Handover(e.by(), at));
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged e && stage instanceof Stage.Reported r) {
      next = new Stage.Acknowledged(r, new LoopClosure(e.by(), at));
    } else {
      throw reject(ReferralCodes.ILLEGAL_TRANSITION, "a referral that is " + describeState() + " does not allow "
          + event.type());
    }
    return new Referral(this, basis, next, at, version + 1);
  }

  private String describeState() {
    return status.code() + (stage.handedOver() != null ? ", handed over" : "")
        + (stage.closure() != null ? ", loop closed" : "");
  }

  private void checkTime(Instant at) {
    if (at.isBefore(lastChangedAt)) {
      throw reject(ReferralCodes.OUT_OF_ORDER, "a change cannot be dated before the referral's last change");
    }
  }

  private RuleViolationException reject(String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /** {@return the referral's id} */
  @Override
  public ReferralId id() {
    return id;
  }

  /** {@return the client's pseudonymous id} */
  public ClientId client() {
    return client;
  }

  /** {@return the case the referred need belongs to} */
  public CaseId caseId() {
    return caseId;
  }

  /** {@return the need referred} */
  public NeedId need() {
    return need;
  }

  /** {@return the life domain of the need referred} */
  public LifeDomain domain() {
    return domain;
  }

  /** {@return the referring agency} */
  public AgencyId from() {
    return from;
  }

  /** {@return the professional who drafted the referral} */
  public ProfessionalId referrer() {
    return referrer;
  }

  /** {@return the receiving agency} */
  public AgencyId to() {
    return to;
  }

  /** {@return the code of the receiving agency's service} */
  public String service() {
    return service;
  }

  /** {@return when the referral was drafted} */
  public Instant draftedAt() {
    return draftedAt;
  }

  /** {@return the lifecycle status} */
  public ReferralStatus status() {
    return status;
  }

  /** {@return the recorded consent or legal basis for sharing the client's data, if any} */
  public Optional<DataSharingBasis> basis() {
    return basis;
  }

  /** {@return the sending: when the referral was sent and its due dates; empty while a draft or if cancelled as one} */
  public Optional<Sending> sending() {
    return Optional.ofNullable(stage.sent());
  }

  /** {@return when the referral was sent; empty while a draft or if cancelled as a draft} */
  public Optional<Instant> sentAt() {
    Sending sent = stage.sent();
    return sent == null ? Optional.empty() : Optional.of(sent.sentAt());
  }

  /** {@return whether {@link #sentAt()} is present, for the network's passes over every referral, without its Optional} */
  boolean wasSent() {
    return stage.sent() != null;
  }

  /** {@return what the service said about its capacity when asked before sending; empty if not asked or not sent} */
  public Optional<Capacity> capacity() {
    Sending sent = stage.sent();
    return sent == null ? Optional.empty() : sent.capacity();
  }

  /** {@return when a response of the receiving agency is due; present once sent} */
  public Optional<Instant> responseDue() {
    Sending sent = stage.sent();
    return sent == null ? Optional.empty() : Optional.of(sent.responseDue());
  }

  /** {@return when an outcome of the receiving agency is due; present once sent} */
  public Optional<Instant> followUpDue() {
    Sending sent = stage.sent();
    return sent == null ? Optional.empty() : Optional.of(sent.followUpDue());
  }

  /**
   * Returns what the receiving agency last said: accepted, waitlisted or refused. Kept after the referral
   * moves on, fails or is cancelled.
   *
   * @return the last answer; empty before the receiving agency answered
   */
  public Optional<Answer> answer() {
    return Optional.ofNullable(stage.last());
  }

  /** {@return when the receiving agency last responded (accepted, waitlisted or refused); empty before that} */
  public Optional<Instant> respondedAt() {
    Answer last = stage.last();
    return last == null ? Optional.empty() : Optional.of(last.at());
  }

  /**
   * {@return {@link #respondedAt()} for the network's passes over every referral, or null before an answer: its
   * Optional escaped in those loops, 16 B per answered referral}
   */
  @Nullable Instant lastAnswerAt() {
    Answer last = stage.last();
    return last == null ? null : last.at();
  }

  /** {@return when the receiving agency last said it expects to start, if it waitlisted the client} */
  public Optional<Instant> expectedStart() {
    Answer last = stage.last();
    return last == null ? Optional.empty() : last.expectedStart();
  }

  /**
   * Returns how the referral ended: completed, failed, refused or cancelled.
   *
   * @return the ending; present exactly when the {@linkplain #status() status} is terminal
   */
  public Optional<Ending> ending() {
    return Optional.ofNullable(stage.end());
  }

  /** {@return why the receiving agency refused; present exactly when {@link ReferralStatus#REFUSED}} */
  public Optional<Refusal> refusal() {
    return stage.end() instanceof Answer.Refused r ? Optional.of(r.refusal()) : Optional.empty();
  }

  /** {@return {@link #refusal()} for the network's passes over every referral, or null if not refused} */
  @Nullable Refusal refusalOrNull() {
    return stage.end() instanceof Answer.Refused r ? r.refusal() : null;
  }

  /** {@return the outcome reported back; present exactly when {@link ReferralStatus#COMPLETED}} */
  public Optional<ReferralOutcome> outcome() {
    return stage.end() instanceof Ending.Completed c ? Optional.of(c.outcome()) : Optional.empty();
  }

  /** {@return why the service failed; present exactly when {@link ReferralStatus#FAILED}} */
  public Optional<FailureReason> failure() {
    return stage.end() instanceof Ending.Failed f ? Optional.of(f.reason()) : Optional.empty();
  }

  /** {@return the warm handover, if a professional at the receiving agency accepted accountability} */
  public Optional<Handover> handover() {
    return Optional.ofNullable(stage.handedOver());
  }

  /** {@return the closing of the loop on the referrer's side (acknowledged or cancelled), if it happened} */
  public Optional<LoopClosure> loopClosure() {
    return Optional.ofNullable(stage.closure());
  }

  /**
   * Returns whether the referrer's side still owes this referral attention: its loop is not closed and it was
   * not handed over. A case cannot close while a referral of one of its needs is open.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return stage.closure() == null && stage.handedOver() == null;
  }

  /** {@return when the referral last changed} */
  @Override
  public Instant lastChangedAt() {
    return lastChangedAt;
  }

  /** {@return the number of events applied, at least 1} */
  @Override
  public long version() {
    return version;
  }

  /** {@return {@link #TYPE}} */
  @Override
  public AggregateType<Referral, ReferralCommand, ReferralEvent> aggregateType() {
    return TYPE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Referral other
        && version == other.version
        && id.equals(other.id)
        && client.equals(other.client)
        && caseId.equals(other.caseId)
        && need.equals(other.need)
        && domain == other.domain
        && from.equals(other.from)
        && referrer.equals(other.referrer)
        && to.equals(other.to)
        && service.equals(other.service)
        && draftedAt.equals(other.draftedAt)
        && basis.equals(other.basis)
        && status == other.status
        && Objects.equals(stage.sent(), other.stage.sent())
        && Objects.equals(stage.last(), other.stage.last())
        && Objects.equals(stage.end(), other.stage.end())
        && Objects.equals(stage.handedOver(), other.stage.handedOver())
        && Objects.equals(stage.closure(), other.stage.closure())
        && lastChangedAt.equals(other.lastChangedAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, version, status);
  }

  /** Shows ids, status and version; never the refusal's free text. */
  @Override
  public String toString() {
    return "Referral[id=" + id + ", case=" + caseId + ", need=" + need + ", from=" + from + ", to=" + to
        + ", status=" + status.code() + (stage.handedOver() != null ? ", handed-over" : "")
        + (stage.closure() != null ? ", loop-closed" : "") + ", version=" + version + "]";
  }
}
