package io.github.casework.referral;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;
import io.github.casework.id.AgencyId;
import java.util.Optional;

/**
 * Why a receiving agency refused a referral: the client is not eligible (under a named criterion), the agency
 * has no capacity, a precondition is unmet (another need must be solved first), or the client could not be
 * reached. Each kind has a stable {@link #type()} used in the wire format. Immutable and thread-safe.
 *
 * <p>Precondition refusals are what the {@link ReferralNetwork} builds its waits-for graph from: two agencies
 * that each make the other's help a precondition of their own are in a deadlock.
 */
public sealed interface Refusal {

  /** {@return the stable type id of this kind of refusal} */
  String type();

  /**
   * The client does not meet an eligibility criterion of the service. The criterion is the agency's rule in a
   * few words (such as "resident of the municipality for two years"); it is written by a professional and may
   * therefore hold personal details, so it is never shown by {@link #toString()}.
   *
   * @param criterion the criterion not met, 1 to {@value #MAX_CRITERION} characters, not blank, not null
   */
  record NotEligible(String criterion) implements Refusal {
    /** The type id. */
    public static final String TYPE = "not-eligible";

    /** Longest criterion accepted, in characters. */
    public static final int MAX_CRITERION = 200;

    /**
     * Validates the criterion.
     *
     * @param criterion the criterion not met, 1 to {@value #MAX_CRITERION} characters, not blank, not null
     * @throws InvalidValueException if the criterion is blank or too long
     */
    public NotEligible {
      requireNonNull(criterion, "criterion");
      if (criterion.isBlank()) {
        throw new InvalidValueException(
            ReferralCodes.REFUSAL_CRITERION_BLANK, "NotEligible.criterion",
            "a refusal must name the criterion not met");
      }
      if (criterion.length() > MAX_CRITERION) {
        throw new InvalidValueException(
            ReferralCodes.REFUSAL_CRITERION_TOO_LONG, "NotEligible.criterion",
            "must be at most " + MAX_CRITERION + " characters");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }

    /** Shows the length of the criterion, never its text. */
    @Override
    public String toString() {
      return "NotEligible[criterion=<" + criterion.length() + " chars>]";
    }
  }

  /** The agency has no capacity now (and keeps no waiting list for it). */
  record NoCapacity() implements Refusal {
    /** The type id. */
    public static final String TYPE = "no-capacity";

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Another need of the client must be solved first, such as detox before social support, or housing before
   * detox. Names that need's life domain and, where known, the agency expected to solve it.
   *
   * @param domain the life domain of the need that must be solved first, not null
   * @param expectedAgency the agency expected to solve it, empty if the refusing agency did not say, not null
   */
  record PreconditionUnmet(LifeDomain domain, Optional<AgencyId> expectedAgency) implements Refusal {
    /** The type id. */
    public static final String TYPE = "precondition-unmet";

    /**
     * Validates the components.
     *
     * @param domain the life domain of the need that must be solved first, not null
     * @param expectedAgency the agency expected to solve it, empty if the refusing agency did not say, not null
     */
    public PreconditionUnmet {
      requireNonNull(domain, "domain");
      requireNonNull(expectedAgency, "expectedAgency");
    }

    /**
     * Returns a precondition naming the agency expected to solve it.
     *
     * @param domain the life domain that must be solved first, not null
     * @param expectedAgency the agency expected to solve it, not null
     * @return the refusal
     */
    public static PreconditionUnmet solvedBy(LifeDomain domain, AgencyId expectedAgency) {
      return new PreconditionUnmet(domain, Optional.of(requireNonNull(expectedAgency, "expectedAgency")));
    }

    /**
     * Returns a precondition that does not say who should solve it.
     *
     * @param domain the life domain that must be solved first, not null
     * @return the refusal
     */
    public static PreconditionUnmet first(LifeDomain domain) {
      return new PreconditionUnmet(domain, Optional.empty());
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /** The agency could not reach the client to start. */
  record ClientUnreachable() implements Refusal {
    /** The type id. */
    public static final String TYPE = "client-unreachable";

    @Override
    public String type() {
      return TYPE;
    }
  }
}
