package io.github.casework.casefile;

import static com.google.common.base.Verify.verify;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A case (casus): one client's file at one agency, owned by a professional, holding the client's needs
 * (hulpvragen) and dated assessments.
 *
 * <p><b>Invariants.</b> Every need has exactly one accountable professional at every instant, and that
 * professional changes only through an explicit {@link CaseCommand.TransferAccountability}, a
 * {@link Disposition.HandedOver}, or a warm handover through a referral ({@link CaseCommand.HandOverNeed}).
 * The lifecycle is intake → active ⇄ waiting → closed; a closed case accepts no further change. A case cannot
 * close while any need is open (has no {@link Disposition}) or has an open referral. Changes are dated in order:
 * no change is dated before the previous one.
 *
 * <p><b>Referrals.</b> A referral is its own aggregate ({@code io.github.casework.referral.Referral}); the case
 * records its side of the closed loop by id only. {@link CaseCommand.ReferNeed} marks an open need as referred
 * by its accountable professional; while a need has an open referral it cannot be given a disposition
 * (accountability does not end by referring) and the case cannot close. {@link CaseCommand.CloseReferralLoop}
 * (outcome acknowledged or referral cancelled, by the accountable professional) removes the referral and leaves
 * accountability where it was; {@link CaseCommand.HandOverNeed} (the receiver accepted accountability) moves
 * it, explicitly, and disposes the need as handed over.
 *
 * <p><b>Shape.</b> {@link #open} and {@link #decide decide} check the rules and return a {@link Decision}
 * with the new state and its events; {@link #evolve evolve} applies one event and checks the same rules,
 * so an illegal history cannot be replayed either; {@link #replay(Iterable)} rebuilds a case from its events.
 * The {@link #version()} is the number of events applied. A rejected command throws a
 * {@link RuleViolationException} with a code from {@link CaseCodes} (or a
 * {@link io.github.casework.VersionConflictException}) and this case is unchanged. Rules are checked in a fixed
 * order, so the code is predictable: the expected version, then "closed", then time order, then the
 * command's own rules, in this order:
 * <ul>
 *   <li>{@code RegisterNeed}: duplicate need;
 *   <li>{@code Activate}, {@code StartWaiting}, {@code Resume}: the lifecycle step;
 *   <li>{@code TransferAccountability}: unknown need, need not open, same professional;
 *   <li>{@code DisposeNeed}: unknown need, need not open, open referral, same professional (handover);
 *   <li>{@code ReferNeed}: unknown need, need not open, referral already open in this case, referrer not the
 *       accountable professional;
 *   <li>{@code CloseReferralLoop}: unknown need, referral not open on that need, not the accountable
 *       professional;
 *   <li>{@code HandOverNeed}: unknown need, need not open, referral not open on that need, another referral
 *       still open, same professional;
 *   <li>{@code Close}: a need with an open referral, then an open need;
 *   <li>{@code ReportUrgentThreat}: unknown need, need not open, the same threat already reported;
 *   <li>{@code RecordFirstConversation}: already recorded.
 * </ul>
 *
 * <p>Two cases are equal when all their state is equal, including the version. Immutable and thread-safe.
 */
public final class Case implements Aggregate<Case, CaseCommand, CaseEvent> {

  /** The descriptor of cases: their first event, shared replay and decide glue, and codes. */
  public static final AggregateType<Case, CaseCommand, CaseEvent> TYPE = AggregateType.of("case",
      Case.class, CaseCommand.class, CaseEvent.class, CaseEvent.Opened.class, CaseEvent.Opened.TYPE,
      new AggregateType.Codes(CaseCodes.NOT_OPENED, CaseCodes.ALREADY_OPENED, CaseCodes.WRONG_CASE), new Rules());

  /** Up to this many needs are found by a scan, which is faster than hashing; more have an index by id. */
  private static final int SCAN_LIMIT = 16;

  private final CaseId id;
  private final ClientId client;
  private final AgencyId agency;
  private final ProfessionalId owner;
  private final CaseStatus status;
  private final Optional<ClosureReason> closure;
  /** The needs in registration order; ids are unique (the draft's rule), and needs are never removed. */
  private final ImmutableList<Need> needs;
  /**
   * The needs' positions by id, once there are more than {@link #SCAN_LIMIT} (fewer are faster to scan); null
   * otherwise. Positions never change, as needs are only ever added at the end.
   */
  private final @Nullable ImmutableMap<NeedId, Integer> needIndex;
  private final ImmutableList<Assessment> assessments;
  private final ImmutableList<ReportedThreat> threats;
  private final Optional<Instant> firstConversationAt;
  private final Instant openedAt;
  private final Instant lastChangedAt;
  private final long version;

  private Case(CaseId id, ClientId client, AgencyId agency, ProfessionalId owner, CaseStatus status,
      Optional<ClosureReason> closure, ImmutableList<Need> needs, @Nullable ImmutableMap<NeedId, Integer> needIndex,
      ImmutableList<Assessment> assessments, ImmutableList<ReportedThreat> threats,
      Optional<Instant> firstConversationAt, Instant openedAt, Instant lastChangedAt, long version) {
    this.id = id;
    this.client = client;
    this.agency = agency;
    this.owner = owner;
    this.status = status;
    this.closure = closure;
    this.needs = needs;
    this.needIndex = needIndex;
    this.assessments = assessments;
    this.threats = threats;
    this.firstConversationAt = firstConversationAt;
    this.openedAt = openedAt;
    this.lastChangedAt = lastChangedAt;
    this.version = version;
    // Internal invariants: a failure here is a bug in this class, not a user error.
    verify(version >= 1, "bug: version %s", version);  // the long overload: no boxing on the hot path
    verify((status == CaseStatus.CLOSED) == closure.isPresent(), "bug: closure reason vs status");
    verify(!lastChangedAt.isBefore(openedAt), "bug: last change before opening");
  }

  /**
   * Opens a case in {@link CaseStatus#INTAKE}.
   *
   * @param id the case's id, not null
   * @param client the client's pseudonymous id, not null
   * @param agency the agency that owns the case, not null
   * @param owner the professional who owns the case, not null
   * @param at when, not null
   * @return the new case (version 1) and its {@link CaseEvent.Opened} event
   */
  public static Decision<Case, CaseEvent> open(
      CaseId id, ClientId client, AgencyId agency, ProfessionalId owner, Instant at) {
    CaseEvent.Opened opened = new CaseEvent.Opened(id, client, agency, owner, at);
    return new Decision<>(start(opened), ImmutableList.of(opened));
  }

  /**
   * Creates the state a {@link CaseEvent.Opened} event describes.
   *
   * @param opened the first event of a case's history, not null
   * @return the case at version 1
   */
  public static Case start(CaseEvent.Opened opened) {
    requireNonNull(opened, "opened");
    return new Case(opened.caseId(), opened.client(), opened.agency(), opened.owner(), CaseStatus.INTAKE,
        Optional.empty(), ImmutableList.of(), null, ImmutableList.of(), ImmutableList.of(), Optional.empty(),
        opened.at(), opened.at(), 1);
  }

  /**
   * Rebuilds a case from its history.
   *
   * @param history the events in order, starting with {@link CaseEvent.Opened}, not null
   * @return the case
   * @throws RuleViolationException if the history is empty, does not start by opening the case, or holds an
   *     event the rules forbid at its position
   */
  public static Case replay(Iterable<? extends CaseEvent> history) {
    return TYPE.replay(history);
  }

  /**
   * Decides a command against this case if it has the expected version; the same as
   * {@code Case.TYPE.decide(this, command, expected)}, with the same checks in the same order.
   *
   * @param command the command, not null
   * @param expected the version the caller read, not null
   * @return the new state and its event
   * @throws io.github.casework.VersionConflictException if the version differs
   * @throws RuleViolationException if the command breaks a rule; this case is unchanged
   */
  @Override
  public Decision<Case, CaseEvent> decide(CaseCommand command, ExpectedVersion expected) {
    // The descriptor's decide, written out: through the shared descriptor each command made two megamorphic calls
    // (the state's aggregateType() and the rules' eventFor/evolve), a fifth of a simulated command's time.
    requireNonNull(command, "command");
    requireNonNull(expected, "expected").check(id.value(), version);
    checkCanChange(status, lastChangedAt, command.at());
    CaseEvent event = toEvent(command);
    return new Decision<>(next(event), ImmutableList.of(event));
  }

  /**
   * Decides a command against this case, accepting any version.
   *
   * @param command the command, not null
   * @return the new state and its event
   * @throws RuleViolationException if the command breaks a rule; this case is unchanged
   */
  @Override
  public Decision<Case, CaseEvent> decide(CaseCommand command) {
    return decide(command, ExpectedVersion.any());
  }

  /** Applies one event that names this case and is not a first event (checked by the caller). */
  private Case next(CaseEvent event) {
    Draft draft = new Draft();
    draft.apply(event);
    return draft.build();
  }

  /** The case's own rules, which {@link #TYPE} applies after the checks every aggregate shares. */
  private static final class Rules implements AggregateType.Rules<Case, CaseCommand, CaseEvent, CaseEvent.Opened> {
    @Override
    public Case start(CaseEvent.Opened first) {
      return Case.start(first);
    }

    @Override
    public CaseEvent eventFor(Case state, CaseCommand command) {
      state.checkCanChange(state.status, state.lastChangedAt, command.at());
      return state.toEvent(command);
    }

    @Override
    public Case evolve(Case state, CaseEvent event) {
      return state.next(event);
    }

    @Override
    public Case evolveAll(Case state, Iterator<? extends CaseEvent> events,
        AggregateType.HeadCheck<CaseEvent> check) {
      Draft draft = state.new Draft();
      while (events.hasNext()) {
        // The shared checks' own test (the event names this case and is not a first event) is made by the draft on
        // the id it reads from the matched record; an event that fails it goes to the shared check, which rejects it
        // with its code and message before any of the case's rules.
        draft.apply(requireNonNull(events.next(), "event"), check);
      }
      return draft.build();
    }
  }

  private CaseEvent toEvent(CaseCommand command) {
    if (command instanceof CaseCommand.RegisterNeed c) {
      return new CaseEvent.NeedRegistered(id, c.need(), c.domain(), c.urgency(), c.accountable(), c.at());
    } else if (command instanceof CaseCommand.Activate c) {
      return new CaseEvent.Activated(id, c.at());
    } else if (command instanceof CaseCommand.StartWaiting c) {
      return new CaseEvent.WaitingStarted(id, c.at());
    } else if (command instanceof CaseCommand.Resume c) {
      return new CaseEvent.Resumed(id, c.at());
    } else if (command instanceof CaseCommand.TransferAccountability c) {
      // The current holder is read here so the event states both sides; evolve re-checks it.
      return new CaseEvent.AccountabilityTransferred(id, c.need(), need(c.need()).accountable(), c.to(), c.at());
    } else if (command instanceof CaseCommand.DisposeNeed c) {
      return new CaseEvent.NeedDisposed(id, c.need(), c.disposition());
    } else if (command instanceof CaseCommand.RecordAssessment c) {
      return new CaseEvent.AssessmentRecorded(id, c.assessment());
    } else if (command instanceof CaseCommand.Close c) {
      return new CaseEvent.Closed(id, c.reason(), c.at());
    } else if (command instanceof CaseCommand.ReferNeed c) {
      return new CaseEvent.NeedReferred(id, c.need(), c.referral(), c.agency(), c.referrer(), c.at());
    } else if (command instanceof CaseCommand.CloseReferralLoop c) {
      return new CaseEvent.ReferralLoopClosed(id, c.need(), c.referral(), c.by(), c.at());
    } else if (command instanceof CaseCommand.HandOverNeed c) {
      return new CaseEvent.NeedHandedOver(id, c.need(), c.referral(), need(c.need()).accountable(), c.to(),
          c.agency(), c.at());
    }
    if (command instanceof CaseCommand.ReportUrgentThreat c) {
      return new CaseEvent.UrgentThreatReported(id, c.need(), c.threat(), c.at());
    } else if (command instanceof CaseCommand.RecordFirstConversation c) {
      return new CaseEvent.FirstConversationHeld(id, c.at());
    }
    throw new AssertionError("bug: unhandled command " + command.getClass().getName());
  }

  private RuleViolationException reject(String code, String rule) {
    return new RuleViolationException(code, id.value(), rule);
  }

  /**
   * The one place where events are checked and applied: a mutable draft of the next state that copies a
   * collection only when an event first changes it (copy on write). {@link #evolve} applies one event to a
   * fresh draft; {@link #replay} applies a whole history to one draft, so replaying n events costs O(n) copies
   * instead of O(n²), with exactly the same rules. The needs stay those of the case (shared, not copied) until an
   * event touches one: only that need gets a mutable {@link NeedDraft}, at its position, and a need registered in
   * the draft starts as one; {@link #build()} makes a {@link Need} (through its validating constructor) once for
   * each need that changed and keeps the others' records. A copy of every need and a map entry per need for every
   * command were most of a simulated command's allocation. The descriptor has checked that each event names this
   * case and is not a first event. Confined to one call; never shared.
   */
  private final class Draft {
    private CaseStatus status = Case.this.status;
    private Optional<ClosureReason> closure = Case.this.closure;
    /** The case's needs: the draft's first {@link #baseCount} positions, as long as no event touched them. */
    private final ImmutableList<Need> base = Case.this.needs;
    private final int baseCount = base.size();
    /** The draft of each need an event touched, by position (every position past the base has one); made on use. */
    private NeedDraft @Nullable [] drafts;
    private int count = baseCount;
    /**
     * The positions by id of the needs the case's own index does not cover, once there are more than
     * {@link #SCAN_LIMIT} of them (fewer are faster to scan).
     */
    private @Nullable Map<NeedId, Integer> index;
    private boolean needsChanged;
    private ImmutableList<Assessment> assessments = Case.this.assessments;
    /**
     * The assessments once an event adds one. A builder rather than a list and a copy: its array becomes the built
     * list's when full, and is trimmed once otherwise (the list and its copy were 320 of the 1,584 bytes a 50-event
     * replay allocated).
     */
    private ImmutableList.@Nullable Builder<Assessment> moreAssessments;
    private ImmutableList<ReportedThreat> threats = Case.this.threats;
    private @Nullable List<ReportedThreat> moreThreats;
    private Optional<Instant> firstConversationAt = Case.this.firstConversationAt;
    private Instant lastChangedAt = Case.this.lastChangedAt;
    private long version = Case.this.version;

    Case build() {
      if (!needsChanged && moreAssessments == null && moreThreats == null
          && version == Case.this.version) {
        return Case.this;
      }
      ImmutableList<Need> builtNeeds = needs;
      ImmutableMap<NeedId, Integer> builtIndex = needIndex;
      if (needsChanged) {
        builtNeeds = builtNeeds();
        // Positions never move, so the case's index stands unless a need was added.
        builtIndex = count == baseCount ? needIndex : indexOf(builtNeeds);
      }
      return new Case(id, client, agency, owner, status, closure, builtNeeds, builtIndex,
          moreAssessments == null ? assessments : moreAssessments.build(),
          moreThreats == null ? threats : ImmutableList.copyOf(moreThreats),
          firstConversationAt, openedAt, lastChangedAt, version);
    }

    private ImmutableList<Need> builtNeeds() {
      NeedDraft[] all = requireNonNull(drafts);
      ImmutableList.Builder<Need> built = ImmutableList.builderWithExpectedSize(count);
      for (int i = 0; i < count; i++) {
        NeedDraft draft = all[i];
        built.add(draft == null ? base.get(i) : draft.build());
      }
      return built.build();
    }

    /** {@return the drafts' array, made on first use with room for the needs there are and two more} */
    private NeedDraft[] drafts() {
      NeedDraft[] all = drafts;
      if (all == null) {
        all = new NeedDraft[Math.max(4, count + 2)];
        drafts = all;
      }
      return all;
    }

    /** {@return the draft of the need at a position, made from the case's record on first use} */
    private NeedDraft draftAt(int position) {
      NeedDraft[] all = drafts();
      NeedDraft draft = all[position];
      if (draft == null) {
        draft = new NeedDraft(base.get(position));
        all[position] = draft;
      }
      return draft;
    }

    private @Nullable NeedDraft touched(int position) {
      NeedDraft[] all = drafts;
      return all == null ? null : all[position];
    }

    private NeedId idAt(int position) {
      NeedDraft draft = touched(position);
      return draft != null ? draft.id : base.get(position).id();
    }

    private ImmutableSet<ReferralId> referralsAt(int position) {
      NeedDraft draft = touched(position);
      return draft != null ? draft.openReferrals : base.get(position).openReferrals();
    }

    private boolean isOpenAt(int position) {
      NeedDraft draft = touched(position);
      return draft != null ? draft.isOpen() : base.get(position).isOpen();
    }

    /** {@return the first position that {@link #find} scans: past the ones the case's own index covers} */
    private int firstScanned() {
      return needIndex == null ? 0 : baseCount;
    }

    private void add(NeedDraft need) {
      NeedDraft[] all = drafts();
      if (count == all.length) {
        all = Arrays.copyOf(all, count * 2);
        drafts = all;
      }
      all[count] = need;
      count++;
      needsChanged = true;
      Map<NeedId, Integer> byId = index;
      if (byId != null) {
        byId.put(need.id, count - 1);
      } else if (count - firstScanned() > SCAN_LIMIT) {
        byId = new HashMap<>();
        for (int i = firstScanned(); i < count; i++) {
          byId.put(idAt(i), i);
        }
        index = byId;
      }
    }

    /** Marks a need's draft as changed; returns it, so a rule reads as {@code changed(need).accountable = x}. */
    private NeedDraft changed(NeedDraft need) {
      need.changed = true;
      needsChanged = true;
      return need;
    }

    void apply(CaseEvent event) {
      apply(event, null);
    }

    /**
     * Applies one event. Each branch reads the case id and the instant from the record it matched, so an event costs
     * one type test chain rather than also two megamorphic interface calls ({@code caseId()} and {@code at()}), which
     * were a fifth of a replay; {@link #begin} then runs the checks that come first, in their order.
     *
     * @param check the shared checks of a replay, for an event that names another case or is a first event; null
     *     where the caller has checked the event already
     */
    void apply(CaseEvent event, AggregateType.@Nullable HeadCheck<CaseEvent> check) {
      if (event instanceof CaseEvent.NeedRegistered e) {
        Instant at = begin(event, e.caseId(), e.at(), check);
        if (find(e.need()) >= 0) {
          throw reject(CaseCodes.NEED_DUPLICATE, "need " + e.need() + " is already registered");
        }
        add(new NeedDraft(e.need(), e.domain(), e.urgency(), e.accountable(), at));
      } else if (event instanceof CaseEvent.Activated e) {
        begin(event, e.caseId(), e.at(), check);
        requireStatus(CaseStatus.INTAKE, "only a case in intake can be activated");
        status = CaseStatus.ACTIVE;
      } else if (event instanceof CaseEvent.WaitingStarted e) {
        begin(event, e.caseId(), e.at(), check);
        requireStatus(CaseStatus.ACTIVE, "only an active case can start waiting");
        status = CaseStatus.WAITING;
      } else if (event instanceof CaseEvent.Resumed e) {
        begin(event, e.caseId(), e.at(), check);
        requireStatus(CaseStatus.WAITING, "only a waiting case can resume");
        status = CaseStatus.ACTIVE;
      } else if (event instanceof CaseEvent.AccountabilityTransferred e) {
        begin(event, e.caseId(), e.at(), check);
        NeedDraft need = openNeed(e.need());
        if (!need.accountable.equals(e.from())) {
          throw reject(CaseCodes.ACCOUNTABLE_MISMATCH,
              "accountability for need " + e.need() + " is not held by professional " + e.from());
        }
        if (e.to().equals(e.from())) {
          throw reject(CaseCodes.SAME_PROFESSIONAL,
              "accountability for need " + e.need() + " must move to another professional");
        }
        changed(need).accountable = e.to();
      } else if (event instanceof CaseEvent.NeedDisposed e) {
        begin(event, e.caseId(), e.at(), check);
        NeedDraft need = openNeed(e.need());
        requireNotReferred(need.id, need.openReferrals, "a need cannot get a disposition");
        if (e.disposition() instanceof Disposition.HandedOver h && h.to().equals(need.accountable)) {
          throw reject(CaseCodes.SAME_PROFESSIONAL, "a handover of need " + e.need()
              + " must be accepted by someone other than its accountable professional");
        }
        changed(need).dispose(e.disposition());
      } else if (event instanceof CaseEvent.AssessmentRecorded e) {
        Instant at = begin(event, e.caseId(), e.at(), check);
        ImmutableList.Builder<Assessment> more = moreAssessments;
        if (more == null) {
          // One event (a decision) fills the builder exactly, so its array is the list's; a replay leaves room.
          more = ImmutableList.builderWithExpectedSize(assessments.size() + (check == null ? 1 : 8));
          more.addAll(assessments);
          moreAssessments = more;
        }
        more.add(e.assessment());
      } else if (event instanceof CaseEvent.Closed e) {
        begin(event, e.caseId(), e.at(), check);
        for (int i = 0; i < count; i++) {
          requireNotReferred(idAt(i), referralsAt(i), "the case cannot close");
        }
        for (int i = 0; i < count; i++) {
          if (isOpenAt(i)) {
            throw reject(CaseCodes.NEED_STILL_OPEN,
                "the case cannot close while need " + idAt(i) + " is open; give it a disposition first");
          }
        }
        status = CaseStatus.CLOSED;
        closure = Optional.of(e.reason());
      } else if (event instanceof CaseEvent.NeedReferred e) {
        begin(event, e.caseId(), e.at(), check);
        NeedDraft need = openNeed(e.need());
        for (int i = 0; i < count; i++) {
          if (referralsAt(i).contains(e.referral())) {
            throw reject(CaseCodes.REFERRAL_DUPLICATE,
                "referral " + e.referral() + " is already open on need " + idAt(i));
          }
        }
        requireAccountable(need, e.referrer(), "only the need's accountable professional can refer it");
        changed(need).refer(e.referral());
      } else if (event instanceof CaseEvent.ReferralLoopClosed e) {
        begin(event, e.caseId(), e.at(), check);
        NeedDraft need = need(e.need());
        requireOpenReferral(need, e.referral());
        requireAccountable(need, e.by(), "only the need's accountable professional can close a referral's loop");
        changed(need).closeReferral(e.referral());
      } else if (event instanceof CaseEvent.NeedHandedOver e) {
        Instant at = begin(event, e.caseId(), e.at(), check);
        NeedDraft need = openNeed(e.need());
        requireOpenReferral(need, e.referral());
        for (ReferralId other : need.openReferrals) {
          if (!other.equals(e.referral())) {
            throw reject(CaseCodes.REFERRAL_OPEN, "need " + e.need() + " cannot be handed over while referral "
                + other + " is open; close that loop first");
          }
        }
        requireAccountable(need, e.from(), "accountability must be handed over by the professional who holds it");
        if (e.to().equals(e.from())) {
          throw reject(CaseCodes.SAME_PROFESSIONAL, "a handover of need " + e.need()
              + " must be accepted by someone other than its accountable professional");
        }
        changed(need).closeReferral(e.referral());
        need.dispose(new Disposition.HandedOver(e.to(), e.agency(), at));
      } else if (event instanceof CaseEvent.UrgentThreatReported e) {
        Instant at = begin(event, e.caseId(), e.at(), check);
        openNeed(e.need());
        for (ReportedThreat t : moreThreats == null ? threats : moreThreats) {
          if (t.need().equals(e.need()) && t.threat() == e.threat()) {
            throw reject(CaseCodes.THREAT_DUPLICATE,
                "threat " + e.threat().code() + " is already reported for need " + e.need());
          }
        }
        if (moreThreats == null) {
          moreThreats = new ArrayList<>(threats);
        }
        moreThreats.add(new ReportedThreat(e.need(), e.threat(), at));
      } else if (event instanceof CaseEvent.FirstConversationHeld e) {
        Instant at = begin(event, e.caseId(), e.at(), check);
        if (firstConversationAt.isPresent()) {
          throw reject(CaseCodes.FIRST_CONVERSATION_DUPLICATE, "the first conversation is already recorded");
        }
        firstConversationAt = Optional.of(at);
      } else {
        if (check != null) {
          check.check(event);  // a case.opened: the shared check rejects it with its code
        }
        throw new AssertionError("bug: unhandled event " + event.getClass().getName());
      }
    }

    /**
     * The checks every event passes first, in this order: the shared checks of a replay (an event of another case
     * goes to {@code check}, which rejects it), then the case's own ({@link #checkCanChange}); then records the
     * change's instant and counts the event. A rule after this that rejects the event discards the whole draft.
     */
    private Instant begin(CaseEvent event, CaseId caseId, Instant at,
        AggregateType.@Nullable HeadCheck<CaseEvent> check) {
      if (check != null && !id.equals(caseId)) {
        check.check(event);
      }
      checkCanChange(status, lastChangedAt, at);
      lastChangedAt = at;
      version++;
      return at;
    }


    private void requireStatus(CaseStatus required, String rule) {
      if (status != required) {
        throw reject(CaseCodes.ILLEGAL_TRANSITION, rule + " (status is " + status.code() + ")");
      }
    }

    /** {@return the position of a need, or -1 if the case has no such need} */
    private int find(NeedId needId) {
      ImmutableMap<NeedId, Integer> caseIndex = needIndex;
      if (caseIndex != null) {
        Integer position = caseIndex.get(needId);
        if (position != null) {
          return position;
        }
      }
      Map<NeedId, Integer> byId = index;
      if (byId != null) {
        Integer position = byId.get(needId);
        return position == null ? -1 : position;
      }
      // By identity first, then by hash and equality, as in lookUp.
      for (int i = firstScanned(); i < count; i++) {
        if (idAt(i) == needId) {
          return i;
        }
      }
      int hash = needId.hashCode();
      for (int i = firstScanned(); i < count; i++) {
        NeedId other = idAt(i);
        if (other.hashCode() == hash && other.equals(needId)) {
          return i;
        }
      }
      return -1;
    }

    private NeedDraft need(NeedId needId) {
      int position = find(needId);
      if (position < 0) {
        throw reject(CaseCodes.NEED_UNKNOWN, "the case has no need " + needId);
      }
      return draftAt(position);
    }

    private NeedDraft openNeed(NeedId needId) {
      NeedDraft need = need(needId);
      if (!need.isOpen()) {
        throw reject(CaseCodes.NEED_NOT_OPEN, "need " + needId + " already has a disposition");
      }
      return need;
    }
  }

  private void requireNotReferred(NeedId need, ImmutableSet<ReferralId> openReferrals, String rule) {
    if (!openReferrals.isEmpty()) {
      throw reject(CaseCodes.REFERRAL_OPEN, rule + " while referral " + openReferrals.iterator().next()
          + " of need " + need + " is open; close its loop or hand the need over first");
    }
  }

  private void requireOpenReferral(NeedDraft need, ReferralId referral) {
    if (!need.openReferrals.contains(referral)) {
      throw reject(CaseCodes.REFERRAL_UNKNOWN, "referral " + referral + " is not open on need " + need.id);
    }
  }

  private void requireAccountable(NeedDraft need, ProfessionalId professional, String rule) {
    if (!need.accountable.equals(professional)) {
      throw reject(CaseCodes.ACCOUNTABLE_MISMATCH,
          rule + " (need " + need.id + " is not held by professional " + professional + ")");
    }
  }

  /**
   * A need while a {@link Draft} changes it: the fields that events change, mutable, and the record it started
   * from (none for a need registered in the draft), which {@link #build()} returns when nothing changed. Confined
   * to its draft.
   */
  private static final class NeedDraft {
    private final @Nullable Need original;
    final NeedId id;
    private final LifeDomain domain;
    private final Urgency urgency;
    private final Instant registeredAt;
    ProfessionalId accountable;
    @Nullable Disposition disposition;
    ImmutableSet<ReferralId> openReferrals;
    boolean changed;

    NeedDraft(Need original) {
      this.original = original;
      this.id = original.id();
      this.domain = original.domain();
      this.urgency = original.urgency();
      this.registeredAt = original.registeredAt();
      this.accountable = original.accountable();
      this.disposition = original.disposition().orElse(null);
      this.openReferrals = original.openReferrals();
    }

    /** A need registered in the draft: open, not referred, made a record only by {@link #build()}. */
    NeedDraft(NeedId id, LifeDomain domain, Urgency urgency, ProfessionalId accountable, Instant registeredAt) {
      this.original = null;
      this.id = id;
      this.domain = domain;
      this.urgency = urgency;
      this.registeredAt = registeredAt;
      this.accountable = accountable;
      this.disposition = null;
      this.openReferrals = ImmutableSet.of();
      this.changed = true;
    }

    boolean isOpen() {
      return disposition == null;
    }

    /** A handover makes the professional who accepted accountable (the rule {@link Need} checks). */
    void dispose(Disposition d) {
      disposition = d;
      if (d instanceof Disposition.HandedOver h) {
        accountable = h.to();
      }
    }

    void refer(ReferralId referral) {
      openReferrals = openReferrals.isEmpty() ? ImmutableSet.of(referral)
          : ImmutableSet.<ReferralId>builderWithExpectedSize(openReferrals.size() + 1)
              .addAll(openReferrals).add(referral).build();
    }

    /** Removes a referral that is open on this need (the caller checked it is). */
    void closeReferral(ReferralId referral) {
      if (openReferrals.size() == 1) {
        // The common case, and the one a stream and its collector made the costliest step of closing a loop.
        openReferrals = openReferrals.contains(referral) ? ImmutableSet.of() : openReferrals;
        return;
      }
      ImmutableSet.Builder<ReferralId> kept = ImmutableSet.builderWithExpectedSize(openReferrals.size());
      for (ReferralId r : openReferrals) {
        if (!r.equals(referral)) {
          kept.add(r);
        }
      }
      openReferrals = kept.build();
    }

    /** {@return the need as a record, through its validating constructor if it changed} */
    Need build() {
      Need kept = original;
      return changed || kept == null ? new Need(id, domain, urgency, accountable, registeredAt,
          Optional.ofNullable(disposition), openReferrals) : kept;
    }
  }

  /** The rules every change obeys, checked first so that codes come in a documented order. */
  private void checkCanChange(CaseStatus currentStatus, Instant lastChange, Instant at) {
    if (currentStatus == CaseStatus.CLOSED) {
      throw reject(CaseCodes.CLOSED, "a closed case accepts no further change");
    }
    if (at.isBefore(lastChange)) {
      throw reject(CaseCodes.OUT_OF_ORDER, "a change cannot be dated before the case's last change");
    }
  }

  /** {@return the need with this id, or null if the case has none} */
  private @Nullable Need lookUp(NeedId needId) {
    ImmutableMap<NeedId, Integer> byId = needIndex;
    if (byId != null) {
      Integer position = byId.get(needId);
      return position == null ? null : needs.get(position);
    }
    // Ids from NeedId.of are shared, so a first pass by identity finds most needs without reading any id's text
    // (on a large heap, the loads of each id's string and bytes were most of a lookup).
    for (int i = 0; i < needs.size(); i++) {
      Need need = needs.get(i);
      if (need.id() == needId) {
        return need;
      }
    }
    // Then by equality, the cached hashes first: a miss (a need not yet registered) then reads no id's bytes.
    int hash = needId.hashCode();
    for (int i = 0; i < needs.size(); i++) {
      Need need = needs.get(i);
      if (need.id().hashCode() == hash && need.id().equals(needId)) {
        return need;
      }
    }
    return null;
  }

  /** {@return the positions of the needs by id if there are more than {@link #SCAN_LIMIT}, else null} */
  private static @Nullable ImmutableMap<NeedId, Integer> indexOf(ImmutableList<Need> needs) {
    if (needs.size() <= SCAN_LIMIT) {
      return null;
    }
    ImmutableMap.Builder<NeedId, Integer> byId = ImmutableMap.builderWithExpectedSize(needs.size());
    for (int i = 0; i < needs.size(); i++) {
      byId.put(needs.get(i).id(), i);
    }
    return byId.buildOrThrow();
  }

  private Need need(NeedId needId) {
    Need need = lookUp(needId);
    if (need == null) {
      throw reject(CaseCodes.NEED_UNKNOWN, "the case has no need " + needId);
    }
    return need;
  }

  /** {@return the case's id} */
  @Override
  public CaseId id() {
    return id;
  }

  /** {@return the client's pseudonymous id} */
  public ClientId client() {
    return client;
  }

  /** {@return the agency that owns the case} */
  public AgencyId agency() {
    return agency;
  }

  /** {@return the professional who owns the case} */
  public ProfessionalId owner() {
    return owner;
  }

  /** {@return the lifecycle status} */
  public CaseStatus status() {
    return status;
  }

  /** {@return why the case was closed; empty unless {@link CaseStatus#CLOSED}} */
  public Optional<ClosureReason> closure() {
    return closure;
  }

  /** {@return the needs in the order they were registered} */
  public ImmutableList<Need> needs() {
    return needs;
  }

  /**
   * Returns a need of this case.
   *
   * @param needId the need's id, not null
   * @return the need, or empty if the case has no such need
   */
  public Optional<Need> findNeed(NeedId needId) {
    return Optional.ofNullable(lookUp(requireNonNull(needId, "needId")));
  }

  /**
   * Returns the need of this case on which a referral is open.
   *
   * @param referral the referral's id, not null
   * @return the need, or empty if no need of this case has that referral open
   */
  public Optional<Need> needReferredBy(ReferralId referral) {
    requireNonNull(referral, "referral");
    return needs.stream().filter(n -> n.openReferrals().contains(referral)).findFirst();
  }

  /** {@return the needs without a disposition, in registration order} */
  public ImmutableList<Need> openNeeds() {
    return needs.stream().filter(Need::isOpen).collect(ImmutableList.toImmutableList());
  }

  /** {@return the assessments in the order they were recorded} */
  public ImmutableList<Assessment> assessments() {
    return assessments;
  }

  /** {@return the urgent threats reported for this case's needs, in the order reported} */
  public ImmutableList<ReportedThreat> urgentThreats() {
    return threats;
  }

  /** {@return when the first conversation with the client took place, if it did} */
  public Optional<Instant> firstConversationAt() {
    return firstConversationAt;
  }

  /** {@return when the case was opened} */
  public Instant openedAt() {
    return openedAt;
  }

  /** {@return when the case last changed} */
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
  public AggregateType<Case, CaseCommand, CaseEvent> aggregateType() {
    return TYPE;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    return o instanceof Case other
        && version == other.version
        && id.equals(other.id)
        && client.equals(other.client)
        && agency.equals(other.agency)
        && owner.equals(other.owner)
        && status == other.status
        && closure.equals(other.closure)
        && needs.equals(other.needs)
        && assessments.equals(other.assessments)
        && threats.equals(other.threats)
        && firstConversationAt.equals(other.firstConversationAt)
        && openedAt.equals(other.openedAt)
        && lastChangedAt.equals(other.lastChangedAt);
  }

  @Override
  public int hashCode() {
    // The hash of the map by id the needs were kept in before, so that hashes do not change with the layout.
    int needsHash = 0;
    for (int i = 0; i < needs.size(); i++) {
      Need need = needs.get(i);
      needsHash += need.id().hashCode() ^ need.hashCode();
    }
    return Objects.hash(id, version, status, needsHash);
  }

  /** Shows ids, status, counts and version; a case holds no personal details. */
  @Override
  public String toString() {
    return "Case[id=" + id + ", agency=" + agency + ", status=" + status.code() + ", needs=" + needs.size()
        + ", open=" + openNeeds().size() + ", version=" + version + "]";
  }
}
