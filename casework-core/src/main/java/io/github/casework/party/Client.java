package io.github.casework.party;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.ClientId;

/**
 * A client (cliënt, klant), known to the library only by a pseudonymous id. Everything that identifies the person
 * is in {@link PersonalDetails}, which the host keeps apart. Immutable and thread-safe.
 *
 * @param id the pseudonymous id, not null
 */
public record Client(ClientId id) {

  /**
   * Validates the components.
   *
   * @param id the pseudonymous id, not null
   */
  public Client {
    requireNonNull(id, "id");
  }
}
