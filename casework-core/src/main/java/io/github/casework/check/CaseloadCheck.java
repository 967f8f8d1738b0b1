package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.norm.TimeLimit;
import io.github.casework.referral.ConsentRegister;
import io.github.casework.referral.ReferralNetwork;
import io.github.casework.signal.Quarter;
import io.github.casework.signal.SignalDetector;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * The caseload check: a pure function from a {@link Caseload} snapshot and an instant to the {@link Finding}s a
 * professional or team lead should act on, each with the {@link Facts} of what was found and a {@link NextStep}
 * that names whom to go to. The findings hold structure, not sentences; {@link FindingText} renders them in Dutch
 * or English.
 *
 * <p>What it reports, by {@link FindingCode}:
 * <ul>
 *   <li>needs nobody effectively holds (the accountable professional left, or holds no open case of the client);
 *   <li>data that disagree across systems: a closed case with an open referral, a referral of an unknown need;
 *   <li>stale referrals (no response, no outcome, waitlist past its expected start), ping-pong (the same need
 *       between the same agencies at least {@link #pingPongThreshold()} returns) and precondition deadlocks,
 *       from the {@link ReferralNetwork};
 *   <li>the Wgs norms at debt-services agencies: an urgent threat (eviction, energy or water cut-off,
 *       health-insurance termination) without a first conversation within the norm (three working days), and a
 *       request without a first conversation within four weeks — pending breaches while the case is open, and
 *       late conversations;
 *   <li>escalations that went beyond the mandate they recorded without the own manager told within
 *       {@link ServiceNorms#informManager()} (two working days by default), and open escalations without an answer
 *       at their level within the norm;
 *   <li>signals owed a response past their due date, answered signals whose feedback has not reached all raisers
 *       within {@link #feedbackLimit()}, structural signals the {@link SignalDetector} proposes for the quarter
 *       of the instant that no signal of the caseload already covers, and proposals to widen a mandate that
 *       escalations beyond it succeeded for in that quarter ({@link SignalDetector#detectMandates}).
 * </ul>
 *
 * <p>Two rules of the design are not checks here because the types make them impossible to store: an open need
 * without an accountable professional ({@code Need.accountable()} is required) and a closed case or signal with
 * undisposed needs or missing feedback (the aggregates reject those transitions, also on replay).
 *
 * <p>The result is sorted by {@link Finding#ORDER}, so it does not depend on the order of the input lists. The
 * work is linear in the size of the snapshot (plus the sort of the findings). Immutable and thread-safe.
 */
public final class CaseloadCheck {
  /** The rules by concern; each adds its findings to a run, which sorts them. */
  private static final ImmutableList<Rule> RULES = ImmutableList.of(new AccountabilityRule(), new ConsistencyRule(),
      new ReferralRule(), new CapacityRule(), new WgsNormRule(), new EscalationRule(), new SignalRule(),
      new ConsentRule(), new GapRule());

  private final ServiceNorms norms;
  private final int pingPongThreshold;
  private final SignalDetector detector;
  private final TimeLimit feedbackLimit;
  private final ConsentRegister consents;

  private CaseloadCheck(ServiceNorms norms, int pingPongThreshold, SignalDetector detector, TimeLimit feedbackLimit) {
    this(norms, pingPongThreshold, detector, feedbackLimit, ConsentRegister.empty());
  }

  private CaseloadCheck(ServiceNorms norms, int pingPongThreshold, SignalDetector detector, TimeLimit feedbackLimit,
      ConsentRegister consents) {
    this.norms = norms;
    this.pingPongThreshold = pingPongThreshold;
    this.detector = detector;
    this.feedbackLimit = feedbackLimit;
    this.consents = consents;
  }

  /**
   * Returns a check with the given norms, a ping-pong threshold of two returns, a signal detector with a
   * threshold of five cases in the norms' zone, and feedback due ten working days after a signal's response.
   *
   * @param norms the service norms, not null
   * @return the check
   */
  public static CaseloadCheck of(ServiceNorms norms) {
    requireNonNull(norms, "norms");
    return new CaseloadCheck(norms, 2, SignalDetector.of(5, norms.zone()), TimeLimit.workingDays(10));
  }

  /**
   * Returns a copy with another ping-pong threshold.
   *
   * @param returns the number of returns that makes a ping-pong, at least 1
   * @return the check; this instance if unchanged
   * @throws InvalidValueException if {@code returns} is less than 1
   */
  public CaseloadCheck withPingPongThreshold(int returns) {
    if (returns < 1) {
      throw new InvalidValueException(CheckCodes.THRESHOLD, "CaseloadCheck.pingPongThreshold", "must be at least 1");
    }
    return returns == pingPongThreshold ? this : new CaseloadCheck(norms, returns, detector, feedbackLimit, consents);
  }

  /**
   * Returns a copy with another signal detector.
   *
   * @param signalDetector the detector, not null
   * @return the check; this instance if unchanged
   */
  public CaseloadCheck withDetector(SignalDetector signalDetector) {
    requireNonNull(signalDetector, "signalDetector");
    return signalDetector.equals(detector) ? this
        : new CaseloadCheck(norms, pingPongThreshold, signalDetector, feedbackLimit, consents);
  }

  /**
   * Returns a copy with another limit for feedback after a signal's response.
   *
   * @param limit the limit, not null
   * @return the check; this instance if unchanged
   */
  public CaseloadCheck withFeedbackLimit(TimeLimit limit) {
    requireNonNull(limit, "limit");
    return limit.equals(feedbackLimit) ? this
        : new CaseloadCheck(norms, pingPongThreshold, detector, limit, consents);
  }

  /**
   * Returns a copy that knows the consent withdrawals, so that it reports referrals still resting on a withdrawn
   * consent (finding {@code referral.shared-after-withdrawal}).
   *
   * @param register the withdrawals, not null
   * @return the check; this instance if unchanged
   */
  public CaseloadCheck withConsents(ConsentRegister register) {
    requireNonNull(register, "register");
    return register.equals(consents) ? this
        : new CaseloadCheck(norms, pingPongThreshold, detector, feedbackLimit, register);
  }

  /** {@return the consent withdrawals the check knows; empty unless set with {@link #withConsents}} */
  public ConsentRegister consents() {
    return consents;
  }

  /** {@return the service norms} */
  public ServiceNorms norms() {
    return norms;
  }

  /** {@return the number of returns that makes a ping-pong} */
  public int pingPongThreshold() {
    return pingPongThreshold;
  }

  /** {@return the signal detector} */
  public SignalDetector detector() {
    return detector;
  }

  /** {@return how long after a signal's response the feedback must reach all raisers} */
  public TimeLimit feedbackLimit() {
    return feedbackLimit;
  }

  /**
   * Returns whether the check can judge at an instant: its date in the norms' zone must fall in the years 0001 to
   * 9999, the years a {@link Quarter} (the period of a structural signal) can name. The caseload's own dates may lie
   * anywhere in the wire format's years 0000 to 9999: the norms' calendars cover every year a date can hold.
   *
   * @param at the instant, not null
   * @return true if {@link #run} accepts it
   */
  public boolean canJudgeAt(Instant at) {
    requireNonNull(at, "at");
    ZoneId zone = norms.zone();
    return !at.isBefore(Quarter.MIN.start(zone)) && at.isBefore(Quarter.MAX.end(zone));
  }

  /**
   * Runs the check.
   *
   * @param caseload the snapshot, not null
   * @param at the instant to judge due dates at, not null; see {@link #canJudgeAt}
   * @return the findings in {@link Finding#ORDER}
   * @throws InvalidValueException if the check cannot judge at that instant ({@link CheckCodes#AT_OUT_OF_RANGE})
   */
  public ImmutableList<Finding> run(Caseload caseload, Instant at) {
    requireNonNull(caseload, "caseload");
    if (!canJudgeAt(at)) {
      throw new InvalidValueException(CheckCodes.AT_OUT_OF_RANGE, "CaseloadCheck.at",
          "must fall in the years 0001 to 9999 in the norms' zone");
    }
    return new CheckRun(this, caseload, at).run(RULES);
  }

  /**
   * Runs only the rules of one {@link RuleScope}: for a check split over many machines, {@link RuleScope#CLIENT}
   * on each client's part of the caseload and {@link RuleScope#CASELOAD} once, on the signals and the
   * {@link #caseloadPart} of every client's part. Together, sorted by {@link Finding#ORDER}, they are the findings
   * of {@link #run(Caseload, Instant)} on the whole caseload.
   *
   * @param caseload the snapshot (or a client's part of it), not null
   * @param at the instant to judge due dates at, not null; see {@link #canJudgeAt}
   * @param scope which rules to run, not null
   * @return the findings of those rules in {@link Finding#ORDER}
   * @throws InvalidValueException if the check cannot judge at that instant ({@link CheckCodes#AT_OUT_OF_RANGE})
   */
  public ImmutableList<Finding> run(Caseload caseload, Instant at, RuleScope scope) {
    requireNonNull(caseload, "caseload");
    requireNonNull(scope, "scope");
    if (!canJudgeAt(at)) {
      throw new InvalidValueException(CheckCodes.AT_OUT_OF_RANGE, "CaseloadCheck.at",
          "must fall in the years 0001 to 9999 in the norms' zone");
    }
    return new CheckRun(this, caseload, at).run(RULES.stream().filter(r -> r.scope() == scope).toList());
  }

  /**
   * Returns the part of a client's part of a caseload (see {@link RuleScope}) that the {@link RuleScope#CASELOAD}
   * rules read: what a split check gathers from each client's part for its second stage. Agencies, professionals,
   * mandates and areas are kept whole; of the aggregates, those that any such rule reads.
   *
   * @param clientPart a client's part of a caseload, not null
   * @return the part the caseload-wide rules read; its aggregates are a subset of {@code clientPart}'s, in order
   */
  public Caseload caseloadPart(Caseload clientPart) {
    requireNonNull(clientPart, "clientPart");
    Set<Object> kept = new HashSet<>();
    for (Rule r : RULES) {
      if (r.scope() == RuleScope.CASELOAD) {
        Caseload part = r.reads(clientPart);
        part.cases().forEach(c -> kept.add(c.id()));
        part.referrals().forEach(x -> kept.add(x.id()));
        part.escalations().forEach(e -> kept.add(e.id()));
        part.signals().forEach(x -> kept.add(x.id()));
      }
    }
    return clientPart.withAggregates(
        clientPart.cases().stream().filter(c -> kept.contains(c.id())).toList(),
        clientPart.referrals().stream().filter(x -> kept.contains(x.id())).toList(),
        clientPart.escalations().stream().filter(e -> kept.contains(e.id())).toList(),
        clientPart.signals().stream().filter(x -> kept.contains(x.id())).toList());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseloadCheck other && norms.equals(other.norms) && pingPongThreshold == other.pingPongThreshold
        && detector.equals(other.detector) && feedbackLimit.equals(other.feedbackLimit)
        && consents.equals(other.consents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(norms, pingPongThreshold, detector, feedbackLimit, consents);
  }

  @Override
  public String toString() {
    return "CaseloadCheck[pingPongThreshold=" + pingPongThreshold + ", detector=" + detector + ", feedbackLimit="
        + feedbackLimit + ", consents=" + consents + "]";
  }
}
