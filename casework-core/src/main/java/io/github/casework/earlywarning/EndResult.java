package io.github.casework.earlywarning;

import java.util.Optional;

/**
 * How an {@link OutreachCase} ended (eindresultaat), as the DDAS Uitwisselmodel v1.2 of VNG Realisatie lists the end
 * results (EnumEindresultaat, with the definitions of its detail model). Each result has a stable lower-case
 * {@link #code()} and a {@link Kind} that says what the case must hold before it can end so: a contact attempt, one
 * that reached the resident, no attempt at all, or no take-up. The results of follow-up help or a referral
 * {@linkplain #isReferral() are carried on} by a casework referral, which an {@link Ending.Referred} names.
 */
public enum EndResult {
  /** Budget advice or a quick fix: the resident can clear the arrears within 30 days of accepting help. */
  BUDGET_ADVICE_OR_QUICK_FIX("budget-advice-or-quick-fix", Kind.NEEDS_CONTACT),
  /** No contact could be made: the resident did not respond to the attempts. */
  NO_CONTACT_POSSIBLE("no-contact-possible", Kind.NEEDS_ATTEMPT),
  /** There was contact at first, then no more response. */
  NO_RESPONSE_AFTER_EARLIER_CONTACT("no-response-after-earlier-contact", Kind.NEEDS_CONTACT),
  /** The resident is already known to debt services, who take it on with the creditor. */
  ALREADY_KNOWN_TO_DEBT_SERVICES("already-known-to-debt-services", Kind.NO_ATTEMPT_NEEDED),
  /** The resident already receives other help, whose professional takes the signal on. */
  OTHER_HELP_ONGOING("other-help-ongoing", Kind.NO_ATTEMPT_NEEDED),
  /** The resident had already paid or agreed a payment plan when contacted. */
  ALREADY_PAID("already-paid", Kind.NEEDS_CONTACT),
  /** The resident has died. */
  DECEASED("deceased", Kind.NO_ATTEMPT_NEEDED),
  /** The resident arranges it themselves or wants no help from the outreach. */
  RESIDENT_ARRANGES_IT("resident-arranges-it", Kind.NEEDS_CONTACT),
  /** Not taken up for another reason; the partner learns only that it was not taken up. */
  NOT_TAKEN_UP_OTHER("not-taken-up-other", Kind.NOT_TAKEN_UP),
  /** Not taken up: a repeated signal of the same arrears, which did not grow. */
  NOT_TAKEN_UP_REPEATED("not-taken-up-repeated", Kind.NOT_TAKEN_UP),
  /** Not taken up: an unjustified signal (below the threshold, or for a legal person). */
  NOT_TAKEN_UP_UNJUSTIFIED("not-taken-up-unjustified", Kind.NOT_TAKEN_UP),
  /** The person is not (or no longer) a resident of the municipality. */
  NOT_A_RESIDENT("not-a-resident", Kind.NO_ATTEMPT_NEEDED),
  /** Follow-up help or a referral, neither known to be financial nor not. */
  FOLLOW_UP("follow-up", Kind.NEEDS_CONTACT),
  /** Financial follow-up help or referral: debt assistance, budget coaching, administration. */
  FOLLOW_UP_FINANCIAL("follow-up-financial", Kind.NEEDS_CONTACT),
  /** Non-financial follow-up help or referral: social work, addiction care, family care. */
  FOLLOW_UP_NON_FINANCIAL("follow-up-non-financial", Kind.NEEDS_CONTACT),
  /** A referral without the resident's involvement, in the last resort (bemoeizorg). */
  REFERRAL_WITHOUT_RESIDENT("referral-without-resident", Kind.NO_ATTEMPT_NEEDED);

  /** What an outreach case must hold before it can end with a result of this kind. */
  public enum Kind {
    /** At least one contact attempt that reached the resident. */
    NEEDS_CONTACT,
    /** At least one contact attempt, reached or not. */
    NEEDS_ATTEMPT,
    /** No contact attempt: the case can end on what is known. */
    NO_ATTEMPT_NEEDED,
    /** No take-up: the case ends without being taken up. */
    NOT_TAKEN_UP
  }

  private final String code;
  private final Kind kind;

  EndResult(String code, Kind kind) {
    this.code = code;
    this.kind = kind;
  }

  /** {@return the stable lower-case code} */
  public String code() {
    return code;
  }

  /** {@return what the case must hold before it can end with this result} */
  public Kind kind() {
    return kind;
  }

  /** {@return whether a casework referral carries this result on: follow-up help or a referral} */
  public boolean isReferral() {
    return this == FOLLOW_UP || this == FOLLOW_UP_FINANCIAL || this == FOLLOW_UP_NON_FINANCIAL
        || this == REFERRAL_WITHOUT_RESIDENT;
  }

  /**
   * Returns the status its signals get when a case ends with this result without having been taken up; empty for
   * the results that need the case taken up first.
   *
   * @return the signals' status, or empty if this result needs a take-up
   */
  public Optional<EarlySignalStatus> statusWithoutTakeUp() {
    return switch (this) {
      case NOT_TAKEN_UP_OTHER -> Optional.of(EarlySignalStatus.NOT_TAKEN_UP_OTHER);
      case NOT_TAKEN_UP_REPEATED -> Optional.of(EarlySignalStatus.NOT_TAKEN_UP_REPEATED);
      case NOT_TAKEN_UP_UNJUSTIFIED -> Optional.of(EarlySignalStatus.NOT_TAKEN_UP_UNJUSTIFIED);
      case ALREADY_KNOWN_TO_DEBT_SERVICES -> Optional.of(EarlySignalStatus.ALREADY_KNOWN_TO_DEBT_SERVICES);
      case DECEASED -> Optional.of(EarlySignalStatus.DECEASED);
      case NOT_A_RESIDENT -> Optional.of(EarlySignalStatus.NOT_A_RESIDENT);
      default -> Optional.empty();
    };
  }
}
