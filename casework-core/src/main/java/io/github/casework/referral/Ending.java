package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

/**
 * How a referral ended: the receiving agency {@link Completed completed} the service, the service {@link Failed
 * failed}, the agency {@link Answer.Refused refused} the client, or the referrer {@link Cancelled cancelled} the
 * referral. A referral has an ending exactly when its {@link ReferralStatus} is terminal. The first three are
 * reported back and close the loop once the referrer acknowledges them; a cancellation closes the loop itself.
 * Immutable and thread-safe.
 */
public sealed interface Ending permits Ending.Completed, Ending.Failed, Ending.Cancelled, Answer.Refused {

  /**
   * The service ended and its outcome was reported back.
   *
   * @param outcome the outcome, not null
   */
  record Completed(ReferralOutcome outcome) implements Ending {
    /**
     * Validates the component.
     *
     * @param outcome the outcome, not null
     */
    public Completed {
      requireNonNull(outcome, "outcome");
    }
  }

  /**
   * The service could not be delivered.
   *
   * @param reason why, not null
   */
  record Failed(FailureReason reason) implements Ending {
    /**
     * Validates the component.
     *
     * @param reason why, not null
     */
    public Failed {
      requireNonNull(reason, "reason");
    }
  }

  /**
   * The referrer withdrew the referral, which closes its loop at once.
   *
   * @param closure who withdrew it and when, not null
   */
  record Cancelled(LoopClosure closure) implements Ending {
    /**
     * Validates the component.
     *
     * @param closure who withdrew the referral and when, not null
     */
    public Cancelled {
      requireNonNull(closure, "closure");
    }
  }
}
