package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.ReferralId;

/**
 * How an {@link OutreachCase} ends: an {@link EndResult}, and for follow-up help or a referral the casework referral
 * that carries it on — so that the caseload check follows that referral's loop instead of the outreach case
 * ending the story. The two alternatives are two types, so a referral is there exactly for the results that need
 * one. Implementations are records: immutable and thread-safe.
 */
public sealed interface Ending {

  /** {@return the end result} */
  EndResult result();

  /**
   * Returns an ending without follow-up.
   *
   * @param result the end result, not a {@linkplain EndResult#isReferral() referral}, not null
   * @return the ending
   * @throws InvalidValueException if the result needs a referral
   */
  static Ending of(EndResult result) {
    return new Concluded(result);
  }

  /**
   * Returns an ending carried on by a referral.
   *
   * @param result the end result, a {@linkplain EndResult#isReferral() referral}, not null
   * @param referral the referral, not null
   * @return the ending
   * @throws InvalidValueException if the result is not a follow-up or referral
   */
  static Ending referred(EndResult result, ReferralId referral) {
    return new Referred(result, referral);
  }

  /**
   * An ending without follow-up.
   *
   * @param result the end result, not a referral, not null
   */
  record Concluded(EndResult result) implements Ending {
    /**
     * Validates the component.
     *
     * @param result the end result, not null
     * @throws InvalidValueException if the result needs a referral
     */
    public Concluded {
      requireNonNull(result, "result");
      if (result.isReferral()) {
        throw new InvalidValueException(EarlyWarningCodes.REFERRAL_REQUIRED, "Ending.result",
            "a follow-up or referral end result names its referral");
      }
    }
  }

  /**
   * An ending of follow-up help or a referral, carried on by a casework referral.
   *
   * @param result the end result, a referral, not null
   * @param referral the referral that carries it on, not null
   */
  record Referred(EndResult result, ReferralId referral) implements Ending {
    /**
     * Validates the components.
     *
     * @param result the end result, not null
     * @param referral the referral, not null
     * @throws InvalidValueException if the result is not a follow-up or referral
     */
    public Referred {
      requireNonNull(result, "result");
      requireNonNull(referral, "referral");
      if (!result.isReferral()) {
        throw new InvalidValueException(EarlyWarningCodes.REFERRAL_NOT_ALLOWED, "Ending.referral",
            "only a follow-up or referral end result names a referral");
      }
    }
  }
}
