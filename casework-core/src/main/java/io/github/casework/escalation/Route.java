package io.github.casework.escalation;

import io.github.casework.InvalidValueException;

/**
 * How a professional escalates: directly to the target agency, or via the own manager (leidinggevende), who
 * then carries the escalation upward. Each route has a stable lower-case {@link #code()}.
 */
public enum Route {
  /** The professional addresses the target agency personally. */
  DIRECT("direct"),
  /** The professional escalates through the own manager; the manager is informed from the start. */
  VIA_OWN_MANAGER("via-own-manager");

  private final String code;

  Route(String code) {
    this.code = code;
  }

  /**
   * Returns the stable lower-case code.
   *
   * @return the stable lower-case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the route with this code.
   *
   * @param code a code from {@link #code()}, not null
   * @return the route
   * @throws InvalidValueException if no route has this code
   */
  public static Route ofCode(String code) {
    for (Route r : values()) {
      if (r.code.equals(code)) {
        return r;
      }
    }
    throw new InvalidValueException(EscalationCodes.ROUTE_UNKNOWN, "Route.code", "is not a known route");
  }
}
