package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import java.util.Optional;

/**
 * The answer to a signal: what is done with it and, optionally, an explanation. {@link ResponseKind#NO_ACTION} is
 * allowed only with an explanation — the reason nothing is done — so a signal cannot be shelved silently. The
 * explanation must not hold obvious personal data (see {@link Topic}). Immutable and thread-safe.
 *
 * @param kind what is done, not null
 * @param explanation why, or how, 1 to 2,000 characters if present; required for no action, not null
 */
public record Response(ResponseKind kind, Optional<String> explanation) {
  /** Longest explanation accepted, in characters. */
  public static final int MAX_EXPLANATION = 2000;

  /**
   * Validates the components.
   *
   * @param kind what is done, not null
   * @param explanation why, or how, 1 to 2,000 characters if present; required for no action, not null
   * @throws InvalidValueException if no action comes without a reason, or the explanation is blank, too long or
   *     holds obvious personal data
   */
  public Response {
    requireNonNull(kind, "kind");
    requireNonNull(explanation, "explanation");
    if (kind == ResponseKind.NO_ACTION && explanation.isEmpty()) {
      throw new InvalidValueException(SignalCodes.RESPONSE_REASON_REQUIRED, "Response.explanation",
          "a response of no action must state the reason");
    }
    if (explanation.isPresent()) {
      String text = explanation.get();
      if (text.isBlank()) {
        throw new InvalidValueException(SignalCodes.RESPONSE_BLANK, "Response.explanation", "must not be blank");
      }
      if (text.length() > MAX_EXPLANATION) {
        throw new InvalidValueException(SignalCodes.RESPONSE_TOO_LONG, "Response.explanation",
            "must be at most " + MAX_EXPLANATION + " characters");
      }
      PersonalDataGuard.check("Response.explanation", text);
    }
  }

  /**
   * Returns a response without an explanation.
   *
   * @param kind what is done, not {@link ResponseKind#NO_ACTION}, not null
   * @return the response
   * @throws InvalidValueException if the kind is no action
   */
  public static Response of(ResponseKind kind) {
    return new Response(kind, Optional.empty());
  }

  /**
   * Returns a response with an explanation.
   *
   * @param kind what is done, not null
   * @param explanation why or how, not null
   * @return the response
   * @throws InvalidValueException if the explanation breaks its rule
   */
  public static Response of(ResponseKind kind, String explanation) {
    return new Response(kind, Optional.of(requireNonNull(explanation, "explanation")));
  }

  /**
   * Returns a response of no action with its reason.
   *
   * @param reason why nothing is done, not null
   * @return the response
   * @throws InvalidValueException if the reason breaks the explanation's rule
   */
  public static Response noAction(String reason) {
    return of(ResponseKind.NO_ACTION, reason);
  }

  /** Shows the kind and the length of the explanation, never its text (free text may hold personal details). */
  @Override
  public String toString() {
    return "Response[kind=" + kind.code()
        + explanation.map(e -> ", explanation=<" + e.length() + " chars>").orElse("") + "]";
  }
}
