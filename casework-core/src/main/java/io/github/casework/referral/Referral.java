package io.github.casework.referral;

import static com.google.common.base.Verify.verify;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.Aggregate;
import io.github.casework.AggregateType;
import io.github.casework.Decision;
import io.github.casework.RuleViolationException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import java.time.Instant;
import java.util.Iterator;
import java.util.Objects;
import java.util.Optional;

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
 * <p><b>Shape.</b> As for {@link io.github.casework.casefile.Case}: {@link #draft} and
 * {@link #decide decide} return a {@link Decision}; {@link #evolve evolve} applies one event
 * and checks the same rules; {@link #replay(Iterable)} rebuilds a referral; {@link #version()} counts events.
 * Rules are checked in a fixed order: the expected version, then time order, then the transition table, then
 * the command's own rules (record basis: consent not yet given, consent out of scope; send: no basis, response
 * due before sending, follow-up before response; refuse: precondition is the need; accept accountability: same
 * professional).
 *
 * <p>Two referrals are equal when all their state is equal, including the version. Immutable and thread-safe.
 */
public final class Referral implements Aggregate<Referral, ReferralCommand, ReferralEvent> {

  /** The descriptor of referrals: their first event, shared replay and decide glue, and codes. */
  public static final AggregateType<Referral, ReferralCommand, ReferralEvent> TYPE = AggregateType.of("referral", Referral.class,
      ReferralCommand.class, ReferralEvent.class, ReferralEvent.Drafted.class, ReferralEvent.Drafted.TYPE,
      new AggregateType.Codes(ReferralCodes.NOT_DRAFTED, ReferralCodes.ALREADY_DRAFTED, ReferralCodes.WRONG_REFERRAL), new Rules());


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
  private final ReferralStatus status;
  private final Optional<DataSharingBasis> basis;
  private final Optional<Instant> sentAt;
  private final Optional<Instant> responseDue;
  private final Optional<Instant> followUpDue;
  private final Optional<Instant> respondedAt;
  private final Optional<Instant> expectedStart;
  private final Optional<Refusal> refusal;
  private final Optional<ReferralOutcome> outcome;
  private final Optional<FailureReason> failure;
  private final Optional<Handover> handover;
  private final Optional<LoopClosure> loopClosure;
  private final Instant lastChangedAt;
  private final long version;
  /** The drafting event, kept so that each change reuses it instead of validating its text again. */
  private final ReferralEvent.Drafted origin;

  private Referral(ReferralEvent.Drafted origin, Next n, Instant lastChangedAt, long version) {
    this.origin = origin;
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
    this.status = n.status;
    this.basis = n.basis;
    this.sentAt = n.sentAt;
    this.responseDue = n.responseDue;
    this.followUpDue = n.followUpDue;
    this.respondedAt = n.respondedAt;
    this.expectedStart = n.expectedStart;
    this.refusal = n.refusal;
    this.outcome = n.outcome;
    this.failure = n.failure;
    this.handover = n.handover;
    this.loopClosure = n.loopClosure;
    this.lastChangedAt = lastChangedAt;
    this.version = version;
    // Internal invariants: a failure here is a bug in this class, not a user error.
    verify(version >= 1, "bug: version %s", version);
    verify(!lastChangedAt.isBefore(draftedAt), "bug: last change before drafting");
    verify(status != ReferralStatus.DRAFT || sentAt.isEmpty(), "bug: a draft that was sent");
    verify(sentAt.isPresent() || status == ReferralStatus.DRAFT || status == ReferralStatus.CANCELLED,
        "bug: a referral past draft that was never sent");
    verify(sentAt.isPresent() == responseDue.isPresent() && sentAt.isPresent() == followUpDue.isPresent(),
        "bug: due dates vs sent");
    verify((status == ReferralStatus.REFUSED) == refusal.isPresent(), "bug: refusal vs status");
    verify((status == ReferralStatus.COMPLETED) == outcome.isPresent(), "bug: outcome vs status");
    verify((status == ReferralStatus.FAILED) == failure.isPresent(), "bug: failure vs status");
    verify(status != ReferralStatus.WAITLISTED || expectedStart.isPresent(), "bug: waitlisted without date");
    verify(loopClosure.isEmpty() || status.isTerminal(), "bug: loop closed before a terminal status");
    verify(status != ReferralStatus.CANCELLED || loopClosure.isPresent(), "bug: cancelled with the loop open");
    verify(handover.isEmpty() || status == ReferralStatus.ACCEPTED || status == ReferralStatus.IN_PROGRESS
        || status == ReferralStatus.COMPLETED || status == ReferralStatus.FAILED, "bug: handover vs status");
  }

  /** The mutable working copy of the changing part of a referral, used only while applying one event. */
  private static final class Next {
    ReferralStatus status = ReferralStatus.DRAFT;
    Optional<DataSharingBasis> basis = Optional.empty();
    Optional<Instant> sentAt = Optional.empty();
    Optional<Instant> responseDue = Optional.empty();
    Optional<Instant> followUpDue = Optional.empty();
    Optional<Instant> respondedAt = Optional.empty();
    Optional<Instant> expectedStart = Optional.empty();
    Optional<Refusal> refusal = Optional.empty();
    Optional<ReferralOutcome> outcome = Optional.empty();
    Optional<FailureReason> failure = Optional.empty();
    Optional<Handover> handover = Optional.empty();
    Optional<LoopClosure> loopClosure = Optional.empty();

    Next() {}

    Next(Referral r) {
      status = r.status;
      basis = r.basis;
      sentAt = r.sentAt;
      responseDue = r.responseDue;
      followUpDue = r.followUpDue;
      respondedAt = r.respondedAt;
      expectedStart = r.expectedStart;
      refusal = r.refusal;
      outcome = r.outcome;
      failure = r.failure;
      handover = r.handover;
      loopClosure = r.loopClosure;
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
    return new Referral(drafted, new Next(), drafted.at(), 1);
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

  /** The referral's own rules, which {@link #TYPE} applies after the checks every aggregate shares. */
  private static final class Rules implements AggregateType.Rules<Referral, ReferralCommand, ReferralEvent, ReferralEvent.Drafted> {
    @Override
    public Referral start(ReferralEvent.Drafted first) {
      return Referral.start(first);
    }

    @Override
    public ReferralEvent eventFor(Referral state, ReferralCommand command) {
      state.checkTime(command.at());
      return state.toEvent(command);
    }

    @Override
    public Referral evolve(Referral state, ReferralEvent event) {
      return state.apply(event);
    }
  }

  private ReferralEvent toEvent(ReferralCommand command) {
    Instant at = command.at();
    if (command instanceof ReferralCommand.RecordBasis c) {
      return new ReferralEvent.BasisRecorded(id, c.basis(), at);
    } else if (command instanceof ReferralCommand.Send c) {
      // A Deadline is the host's plug-in point; one that returns null breaks its contract.
      Instant responseDue = requireNonNull(c.response().dueFrom(at), "response deadline returned null");
      Instant followUpDue = requireNonNull(c.followUp().dueFrom(at), "follow-up deadline returned null");
      return new ReferralEvent.Sent(id, responseDue, followUpDue, at);
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

  /** Applies one event that the descriptor checked names this referral and is not a first event. */
  private Referral apply(ReferralEvent event) {
    Instant at = event.at();
    checkTime(at);
    if (!allows(event)) {
      throw reject(ReferralCodes.ILLEGAL_TRANSITION, "a referral that is " + describeState() + " does not allow "
          + event.type());
    }
    Next n = new Next(this);
    if (event instanceof ReferralEvent.BasisRecorded e) {
      if (e.basis() instanceof DataSharingBasis.Consent consent) {
        if (consent.givenAt().isAfter(at)) {
          throw reject(ReferralCodes.CONSENT_NOT_YET_GIVEN, "consent cannot be recorded before it is given");
        }
        if (!consent.covers(to, domain)) {
          throw reject(ReferralCodes.CONSENT_OUT_OF_SCOPE, "the consent does not cover sending data about the "
              + domain.code() + " domain to agency " + to);
        }
      }
      n.basis = Optional.of(e.basis());
    } else if (event instanceof ReferralEvent.Sent e) {
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
      n.status = ReferralStatus.SENT;
      n.sentAt = Optional.of(at);
      n.responseDue = Optional.of(e.responseDue());
      n.followUpDue = Optional.of(e.followUpDue());
    } else if (event instanceof ReferralEvent.Received) {
      n.status = ReferralStatus.RECEIVED;
    } else if (event instanceof ReferralEvent.Accepted) {
      n.status = ReferralStatus.ACCEPTED;
      n.respondedAt = Optional.of(at);
    } else if (event instanceof ReferralEvent.Waitlisted e) {
      n.status = ReferralStatus.WAITLISTED;
      n.respondedAt = Optional.of(at);
      n.expectedStart = Optional.of(e.expected());
    } else if (event instanceof ReferralEvent.Refused e) {
      if (e.refusal() instanceof Refusal.PreconditionUnmet p && p.domain() == domain) {
        throw reject(ReferralCodes.PRECONDITION_IS_THE_NEED,
            "a precondition must name another life domain than the " + domain.code() + " need referred");
      }
      n.status = ReferralStatus.REFUSED;
      n.respondedAt = Optional.of(at);
      n.refusal = Optional.of(e.refusal());
    } else if (event instanceof ReferralEvent.Started) {
      n.status = ReferralStatus.IN_PROGRESS;
    } else if (event instanceof ReferralEvent.Completed e) {
      n.status = ReferralStatus.COMPLETED;
      n.outcome = Optional.of(e.outcome());
    } else if (event instanceof ReferralEvent.Failed e) {
      n.status = ReferralStatus.FAILED;
      n.failure = Optional.of(e.reason());
    } else if (event instanceof ReferralEvent.Cancelled e) {
      n.status = ReferralStatus.CANCELLED;
      n.loopClosure = Optional.of(new LoopClosure(e.by(), at));
    } else if (event instanceof ReferralEvent.AccountabilityAccepted e) {
      if (e.by().equals(referrer)) {
        throw reject(ReferralCodes.SAME_PROFESSIONAL,
            "accountability must be accepted by a professional other than the referrer");
      }
      n.handover = Optional.of(new Handover(e.by(), at));
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged e) {
      n.loopClosure = Optional.of(new LoopClosure(e.by(), at));
    } else {
      throw new AssertionError("bug: unhandled event " + event.getClass().getName());
    }
    return new Referral(origin(), n, at, version + 1);
  }

  /** The transition table of the class description, over events (each command produces one event kind). */
  private boolean allows(ReferralEvent event) {
    ReferralStatus s = status;
    if (event instanceof ReferralEvent.BasisRecorded || event instanceof ReferralEvent.Sent) {
      return s == ReferralStatus.DRAFT;
    } else if (event instanceof ReferralEvent.Received) {
      return s == ReferralStatus.SENT;
    } else if (event instanceof ReferralEvent.Accepted || event instanceof ReferralEvent.Waitlisted
        || event instanceof ReferralEvent.Refused) {
      return s == ReferralStatus.SENT || s == ReferralStatus.RECEIVED || s == ReferralStatus.WAITLISTED;
    } else if (event instanceof ReferralEvent.Started) {
      return s == ReferralStatus.ACCEPTED;
    } else if (event instanceof ReferralEvent.Completed) {
      return s == ReferralStatus.IN_PROGRESS;
    } else if (event instanceof ReferralEvent.Failed) {
      return s == ReferralStatus.WAITLISTED || s == ReferralStatus.ACCEPTED || s == ReferralStatus.IN_PROGRESS;
    } else if (event instanceof ReferralEvent.Cancelled) {
      return !s.isTerminal() && handover.isEmpty();
    } else if (event instanceof ReferralEvent.AccountabilityAccepted) {
      return (s == ReferralStatus.ACCEPTED || s == ReferralStatus.IN_PROGRESS) && handover.isEmpty();
    } else if (event instanceof ReferralEvent.OutcomeAcknowledged) {
      return (s == ReferralStatus.COMPLETED || s == ReferralStatus.REFUSED || s == ReferralStatus.FAILED)
          && loopClosure.isEmpty();
    }
    return false;
  }

  private String describeState() {
    return status.code() + (handover.isPresent() ? ", handed over" : "")
        + (loopClosure.isPresent() ? ", loop closed" : "");
  }

  private void checkTime(Instant at) {
    if (at.isBefore(lastChangedAt)) {
      throw reject(ReferralCodes.OUT_OF_ORDER, "a change cannot be dated before the referral's last change");
    }
  }

  private ReferralEvent.Drafted origin() {
    return origin;
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

  /** {@return when the referral was sent; empty while a draft or if cancelled as a draft} */
  public Optional<Instant> sentAt() {
    return sentAt;
  }

  /** {@return when a response of the receiving agency is due; present once sent} */
  public Optional<Instant> responseDue() {
    return responseDue;
  }

  /** {@return when an outcome of the receiving agency is due; present once sent} */
  public Optional<Instant> followUpDue() {
    return followUpDue;
  }

  /** {@return when the receiving agency last responded (accepted, waitlisted or refused); empty before that} */
  public Optional<Instant> respondedAt() {
    return respondedAt;
  }

  /** {@return when the receiving agency last said it expects to start, if it waitlisted the client} */
  public Optional<Instant> expectedStart() {
    return expectedStart;
  }

  /** {@return why the receiving agency refused; present exactly when {@link ReferralStatus#REFUSED}} */
  public Optional<Refusal> refusal() {
    return refusal;
  }

  /** {@return the outcome reported back; present exactly when {@link ReferralStatus#COMPLETED}} */
  public Optional<ReferralOutcome> outcome() {
    return outcome;
  }

  /** {@return why the service failed; present exactly when {@link ReferralStatus#FAILED}} */
  public Optional<FailureReason> failure() {
    return failure;
  }

  /** {@return the warm handover, if a professional at the receiving agency accepted accountability} */
  public Optional<Handover> handover() {
    return handover;
  }

  /** {@return the closing of the loop on the referrer's side (acknowledged or cancelled), if it happened} */
  public Optional<LoopClosure> loopClosure() {
    return loopClosure;
  }

  /**
   * Returns whether the referrer's side still owes this referral attention: its loop is not closed and it was
   * not handed over. A case cannot close while a referral of one of its needs is open.
   *
   * @return true while open
   */
  public boolean isOpen() {
    return loopClosure.isEmpty() && handover.isEmpty();
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
        && status == other.status
        && basis.equals(other.basis)
        && sentAt.equals(other.sentAt)
        && responseDue.equals(other.responseDue)
        && followUpDue.equals(other.followUpDue)
        && respondedAt.equals(other.respondedAt)
        && expectedStart.equals(other.expectedStart)
        && refusal.equals(other.refusal)
        && outcome.equals(other.outcome)
        && failure.equals(other.failure)
        && handover.equals(other.handover)
        && loopClosure.equals(other.loopClosure)
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
        + ", status=" + status.code() + (handover.isPresent() ? ", handed-over" : "")
        + (loopClosure.isPresent() ? ", loop-closed" : "") + ", version=" + version + "]";
  }
}
