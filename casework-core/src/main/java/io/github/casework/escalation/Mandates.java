package io.github.casework.escalation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.casework.InvalidValueException;
import io.github.casework.id.AgencyId;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The mandates agencies grant, one per agency and role, with a fallback level for pairs not listed. Look up a
 * professional's {@link Mandate} with {@link #mandateOf(Professional)} before raising an escalation.
 *
 * <p>The fallback defaults to {@link LadderLevel#FRONTLINE_OFFICIAL} in {@link #of(Collection)}: a role nobody
 * thought about may address the official who refused, and must bring the own manager in before going higher.
 *
 * <p>Two tables are equal when they hold the same mandates and the same fallback. Immutable and thread-safe.
 */
public final class Mandates {

  private record Key(AgencyId agency, Role role) {}

  private final ImmutableMap<Key, Mandate> byKey;
  private final LadderLevel fallback;

  private Mandates(ImmutableMap<Key, Mandate> byKey, LadderLevel fallback) {
    this.byKey = byKey;
    this.fallback = fallback;
  }

  /**
   * Returns a table with the frontline official as fallback.
   *
   * @param mandates the mandates, at most one per agency and role, not null
   * @return the table
   * @throws InvalidValueException if two mandates share an agency and role
   */
  public static Mandates of(Collection<Mandate> mandates) {
    return of(mandates, LadderLevel.FRONTLINE_OFFICIAL);
  }

  /**
   * Returns a table.
   *
   * @param mandates the mandates, at most one per agency and role, not null
   * @param fallback the highest direct level for agency and role pairs not listed, not null
   * @return the table
   * @throws InvalidValueException if two mandates share an agency and role
   */
  public static Mandates of(Collection<Mandate> mandates, LadderLevel fallback) {
    requireNonNull(mandates, "mandates");
    requireNonNull(fallback, "fallback");
    Map<Key, Mandate> map = new LinkedHashMap<>();
    for (Mandate m : mandates) {
      requireNonNull(m, "mandate");
      if (map.put(new Key(m.agency(), m.role()), m) != null) {
        throw new InvalidValueException(EscalationCodes.MANDATES_DUPLICATE, "Mandates.mandates",
            "an agency grants at most one mandate per role");
      }
    }
    return new Mandates(ImmutableMap.copyOf(map), fallback);
  }

  /**
   * Returns the mandate of a professional: the one listed for their agency and role, or the fallback.
   *
   * @param professional the professional, not null
   * @return the mandate, which {@linkplain Mandate#appliesTo applies to} the professional
   */
  public Mandate mandateOf(Professional professional) {
    requireNonNull(professional, "professional");
    return mandateOf(professional.agency(), professional.role());
  }

  /**
   * Returns the mandate of a role at an agency: the one listed, or the fallback.
   *
   * @param agency the agency, not null
   * @param role the role, not null
   * @return the mandate
   */
  public Mandate mandateOf(AgencyId agency, Role role) {
    Mandate m = byKey.get(new Key(requireNonNull(agency, "agency"), requireNonNull(role, "role")));
    return m != null ? m : Mandate.of(agency, role, fallback);
  }

  /**
   * Returns the mandates listed, in the order given.
   *
   * @return the mandates listed, in the order given
   */
  public ImmutableList<Mandate> mandates() {
    return byKey.values().asList();
  }

  /**
   * Returns the highest direct level for agency and role pairs not listed.
   *
   * @return the highest direct level for agency and role pairs not listed
   */
  public LadderLevel fallback() {
    return fallback;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mandates other && fallback == other.fallback && byKey.equals(other.byKey);
  }

  @Override
  public int hashCode() {
    return byKey.hashCode() * 31 + fallback.hashCode();
  }

  @Override
  public String toString() {
    return "Mandates[" + byKey.values() + ", fallback=" + fallback.code() + "]";
  }
}
