package io.github.casework.casefile;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * How an open need ended: met, accountability accepted by someone else, withdrawn by the client, or unmet with
 * a recorded reason. A need without a disposition is open; a case cannot close while any need is open.
 * Each kind has a stable {@link #type()} used in the wire format. Immutable and thread-safe.
 */
public sealed interface Disposition {

  /** {@return when the disposition was recorded} */
  Instant at();

  /** {@return the stable type id of this kind of disposition} */
  String type();

  /**
   * The need was met.
   *
   * @param at when, not null
   */
  record Met(Instant at) implements Disposition {
    /** The type id. */
    public static final String TYPE = "met";

    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Met {
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * Another professional, possibly at another agency, explicitly accepted accountability for the need (a warm
   * handover); from then on the need's accountable professional is {@code to}.
   *
   * @param to the professional who accepted accountability, not null
   * @param agency the agency that professional works for, not null
   * @param at when, not null
   */
  record HandedOver(ProfessionalId to, AgencyId agency, Instant at) implements Disposition {
    /** The type id. */
    public static final String TYPE = "handed-over";

    /**
     * Validates the components.
     *
     * @param to the professional who accepted accountability, not null
     * @param agency the agency that professional works for, not null
     * @param at when, not null
     */
    public HandedOver {
      requireNonNull(to, "to");
      requireNonNull(agency, "agency");
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The client withdrew the request for help.
   *
   * @param at when, not null
   */
  record WithdrawnByClient(Instant at) implements Disposition {
    /** The type id. */
    public static final String TYPE = "withdrawn-by-client";

    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public WithdrawnByClient {
      requireNonNull(at, "at");
    }

    @Override
    public String type() {
      return TYPE;
    }
  }

  /**
   * The need could not be met, for a recorded reason. The explanation is free text written by a professional
   * and may therefore hold personal details: it is never shown by {@link #toString()}.
   *
   * @param reason the reason, not null
   * @param explanation 1 to {@value #MAX_EXPLANATION} characters, not blank, not null
   * @param at when, not null
   */
  record Unmet(UnmetReason reason, String explanation, Instant at) implements Disposition {
    /** The type id. */
    public static final String TYPE = "unmet";

    /** Longest explanation accepted, in characters. */
    public static final int MAX_EXPLANATION = 2000;

    /**
     * Validates the components.
     *
     * @param reason the reason, not null
     * @param explanation 1 to {@value #MAX_EXPLANATION} characters, not blank, not null
     * @param at when, not null
     * @throws InvalidValueException if the explanation is blank or too long
     */
    public Unmet {
      requireNonNull(reason, "reason");
      requireNonNull(explanation, "explanation");
      requireNonNull(at, "at");
      if (explanation.isBlank()) {
        throw new InvalidValueException(
            CaseCodes.DISPOSITION_EXPLANATION_BLANK, "Unmet.explanation", "an unmet need must state a reason");
      }
      if (explanation.length() > MAX_EXPLANATION) {
        throw new InvalidValueException(
            CaseCodes.DISPOSITION_EXPLANATION_TOO_LONG, "Unmet.explanation",
            "must be at most " + MAX_EXPLANATION + " characters");
      }
    }

    @Override
    public String type() {
      return TYPE;
    }

    /** Shows the reason and time, never the explanation text. */
    @Override
    public String toString() {
      return "Unmet[reason=" + reason + ", explanation=<" + explanation.length() + " chars>, at=" + at + "]";
    }
  }
}
