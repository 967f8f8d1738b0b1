package io.github.casework.check;

import io.github.casework.InvalidValueException;

/**
 * What a {@link Finding} is about. Each code has a stable lower-case {@link #code()} (the wire format and
 * filters use it), a usual severity, and where it helps the Dutch term a professional would use.
 */
public enum FindingCode {
  /**
   * An open need whose accountable professional no longer holds a role at an agency with an open case of the
   * client: nobody effectively holds it (tussen wal en schip).
   */
  NEED_ORPHANED("need.orphaned", Severity.CRITICAL, "tussen wal en schip"),
  /** A closed case still has an open referral of one of its needs (stored data disagree across systems). */
  CASE_CLOSED_WITH_OPEN_REFERRAL("case.closed-with-open-referral", Severity.ERROR, ""),
  /** A referral names a need its case does not have (stored data disagree across systems). */
  REFERRAL_UNKNOWN_NEED("referral.unknown-need", Severity.WARNING, ""),
  /** A sent referral got no response by its response due date. */
  REFERRAL_RESPONSE_OVERDUE("referral.response-overdue", Severity.WARNING, ""),
  /** An accepted referral has no outcome by its follow-up due date. */
  REFERRAL_OUTCOME_OVERDUE("referral.outcome-overdue", Severity.WARNING, ""),
  /** A waitlisted referral is still waiting after its expected start (wachtlijst). */
  REFERRAL_WAITLIST_OVERDUE("referral.waitlist-overdue", Severity.WARNING, "wachtlijst"),
  /** The same need went back and forth between the same agencies (van het kastje naar de muur). */
  REFERRAL_PING_PONG("referral.ping-pong", Severity.ERROR, "van het kastje naar de muur"),
  /** Agencies each wait for another to solve a precondition first, in a cycle. */
  PRECONDITION_DEADLOCK("referral.precondition-deadlock", Severity.CRITICAL, "van het kastje naar de muur"),
  /**
   * A referral was sent to a service that had said, when asked, that it has no capacity and keeps no waiting list,
   * and the service has not answered it yet.
   */
  REFERRAL_SENT_WITHOUT_CAPACITY("referral.sent-without-capacity", Severity.WARNING, "geen plek"),
  /** An urgent debt threat did not get a first conversation within the Wgs norm (three working days). */
  URGENT_DEBT_THREAT_OVERDUE("norm.urgent-debt-threat-overdue", Severity.CRITICAL, "Wgs: binnen drie werkdagen"),
  /** A request for debt assistance did not get a first conversation within the Wgs norm (four weeks). */
  FIRST_CONVERSATION_OVERDUE("norm.first-conversation-overdue", Severity.ERROR, "Wgs: binnen vier weken"),
  /**
   * An escalation went beyond the raiser's mandate and the own manager has not been told within the norm (two working
   * days by default). Before mandate policies it meant a step above the mandate without the own manager routed or
   * informed first; under a strict mandate such a step is refused, under an advisory one it is allowed and owes the
   * manager word of it, so the finding now asks for that word.
   */
  ESCALATION_BEYOND_MANDATE("escalation.beyond-mandate", Severity.WARNING, "mandaat"),
  /** An open escalation got no answer at its current level by the due date. */
  ESCALATION_STALLED("escalation.stalled", Severity.WARNING, "opschaling"),
  /** A signal got no response by its response due date. */
  SIGNAL_RESPONSE_OVERDUE("signal.response-overdue", Severity.ERROR, "signalering"),
  /** A signal was answered but the feedback has not reached all who raised it. */
  SIGNAL_FEEDBACK_OVERDUE("signal.feedback-overdue", Severity.WARNING, "terugkoppeling"),
  /** Incidents of the same shape repeat: the detector proposes a structural signal. */
  STRUCTURAL_SIGNAL_PROPOSED("signal.structural-proposed", Severity.INFO, "structurele signalering"),
  /**
   * Escalations beyond one role's mandate at one agency succeeded for enough cases in a quarter: the detector
   * proposes widening the mandate (een breder mandaat).
   */
  MANDATE_WIDENING_PROPOSED("signal.mandate-widening-proposed", Severity.INFO, "breder mandaat"),
  /**
   * An open referral still rests on a consent the client withdrew for its agency and life domain (see
   * {@link io.github.casework.referral.ConsentRegister}).
   */
  REFERRAL_SHARED_AFTER_WITHDRAWAL("referral.shared-after-withdrawal", Severity.ERROR, "toestemming ingetrokken"),
  /**
   * An open need for which no service of the directory admits the client: every candidate's eligibility rule
   * excludes the client's profile, or there is no candidate (buiten alle regelingen).
   */
  NEED_REGULATORY_GAP("need.regulatory-gap", Severity.ERROR, "buiten alle regelingen"),
  /** An open need for which the client is eligible at some services, but all of them are full or closed. */
  NEED_CAPACITY_GAP("need.capacity-gap", Severity.WARNING, "geen plek"),
  /**
   * Regulatory gaps of the same shape (domain, area and the rules that exclude) repeat across enough cases: the
   * check proposes a structural signal asking for a structural offer (structureel aanbod).
   */
  RECURRING_GAP_PROPOSED("signal.recurring-gap-proposed", Severity.INFO, "structureel aanbod"),
  /**
   * A crisis signal of payment arrears (an urgent threat under the Wgs) without a first contact attempt within
   * three working days of its receipt.
   */
  OUTREACH_CRISIS_ATTEMPT_OVERDUE("outreach.crisis-attempt-overdue", Severity.CRITICAL,
      "crisissignaal: binnen drie werkdagen"),
  /** An early signal that is not a crisis signal without a first contact attempt within the outreach norm. */
  OUTREACH_FIRST_ATTEMPT_OVERDUE("outreach.first-attempt-overdue", Severity.WARNING, "vroegsignaal"),
  /** An outreach case without an end result after the outreach norm. */
  OUTREACH_END_RESULT_OVERDUE("outreach.end-result-overdue", Severity.WARNING, "eindresultaat"),
  /** Open outreach cases of one household hold signals of several partners: they should be one case. */
  OUTREACH_SIGNALS_NOT_BUNDLED("outreach.signals-not-bundled", Severity.WARNING, "één huishouden, één zaak"),
  /**
   * An outreach case that ended in follow-up help or a referral whose casework referral is not in the caseload, so
   * nobody follows the loop the outreach case handed on.
   */
  OUTREACH_REFERRAL_MISSING("outreach.referral-missing", Severity.ERROR, "warme overdracht");

  private final String code;
  private final Severity usualSeverity;
  private final String dutchTerm;

  FindingCode(String code, Severity usualSeverity, String dutchTerm) {
    this.code = code;
    this.usualSeverity = usualSeverity;
    this.dutchTerm = dutchTerm;
  }

  /** {@return the stable lower-case code, such as {@code referral.ping-pong}} */
  public String code() {
    return code;
  }

  /** {@return the severity findings of this code usually have; a finding may state a lower one} */
  public Severity usualSeverity() {
    return usualSeverity;
  }

  /** {@return the Dutch term for it, or an empty string} */
  public String dutchTerm() {
    return dutchTerm;
  }

  /**
   * Returns the finding code with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the finding code
   * @throws InvalidValueException if no finding has this code
   */
  public static FindingCode ofCode(String code) {
    for (FindingCode c : values()) {
      if (c.code.equals(code)) {
        return c;
      }
    }
    throw new InvalidValueException(CheckCodes.FINDING_UNKNOWN_CODE, "FindingCode.code", "is not a known finding code");
  }
}
