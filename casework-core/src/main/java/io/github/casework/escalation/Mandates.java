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
 * The mandates agencies grant, one per agency and role, with a fallback level and policy for pairs not listed. Look
 * up a professional's {@link Mandate} with {@link #mandateOf(Professional)} before raising an escalation; each
 * listed mandate carries its own {@link MandatePolicy}, so an agency that forbids going beyond the mandate lists
 * its roles with {@link MandatePolicy#STRICT}.
 *
 * <p>The fallback defaults to {@link LadderLevel#FRONTLINE_OFFICIAL} and {@link MandatePolicy#ADVISORY} in
 * {@link #of(Collection)}: a role nobody thought about may address the official who refused, and going higher on
 * their own is recorded as beyond the mandate and owes the own manager word of it.
 *
 * <p>Two tables are equal when they hold the same mandates and the same fallback level and policy. Immutable and
 * thread-safe.
 */
public final class Mandates {

  private record Key(AgencyId agency, Role role) {}

  private final ImmutableMap<Key, Mandate> byKey;
  private final LadderLevel fallback;
  private final MandatePolicy fallbackPolicy;

  private Mandates(ImmutableMap<Key, Mandate> byKey, LadderLevel fallback, MandatePolicy fallbackPolicy) {
    this.byKey = byKey;
    this.fallback = fallback;
    this.fallbackPolicy = fallbackPolicy;
  }

  /**
   * Returns a table with the frontline official and the advisory policy as fallback.
   *
   * @param mandates the mandates, at most one per agency and role, not null
   * @return the table
   * @throws InvalidValueException if two mandates share an agency and role
   */
  public static Mandates of(Collection<Mandate> mandates) {
    return of(mandates, LadderLevel.FRONTLINE_OFFICIAL);
  }

  /**
   * Returns a table with the advisory policy for pairs not listed.
   *
   * @param mandates the mandates, at most one per agency and role, not null
   * @param fallback the highest direct level for agency and role pairs not listed, not null
   * @return the table
   * @throws InvalidValueException if two mandates share an agency and role
   */
  public static Mandates of(Collection<Mandate> mandates, LadderLevel fallback) {
    return of(mandates, fallback, MandatePolicy.ADVISORY);
  }

  /**
   * Returns a table.
   *
   * @param mandates the mandates, at most one per agency and role, not null
   * @param fallback the highest direct level for agency and role pairs not listed, not null
   * @param fallbackPolicy the policy for agency and role pairs not listed, not null
   * @return the table
   * @throws InvalidValueException if two mandates share an agency and role
   */
  public static Mandates of(Collection<Mandate> mandates, LadderLevel fallback, MandatePolicy fallbackPolicy) {
    requireNonNull(mandates, "mandates");
    requireNonNull(fallback, "fallback");
    requireNonNull(fallbackPolicy, "fallbackPolicy");
    Map<Key, Mandate> map = new LinkedHashMap<>();
    for (Mandate m : mandates) {
      requireNonNull(m, "mandate");
      if (map.put(new Key(m.agency(), m.role()), m) != null) {
        throw new InvalidValueException(EscalationCodes.MANDATES_DUPLICATE, "Mandates.mandates",
            "an agency grants at most one mandate per role");
      }
    }
    return new Mandates(ImmutableMap.copyOf(map), fallback, fallbackPolicy);
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
    return m != null ? m : Mandate.of(agency, role, fallback, fallbackPolicy);
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

  /**
   * Returns the policy for agency and role pairs not listed.
   *
   * @return the policy for agency and role pairs not listed
   */
  public MandatePolicy fallbackPolicy() {
    return fallbackPolicy;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Mandates other && fallback == other.fallback && fallbackPolicy == other.fallbackPolicy
        && byKey.equals(other.byKey);
  }

  @Override
  public int hashCode() {
    return (byKey.hashCode() * 31 + fallback.hashCode()) * 31 + fallbackPolicy.hashCode();
  }

  @Override
  public String toString() {
    return "Mandates[" + byKey.values() + ", fallback=" + fallback.code() + ", fallbackPolicy="
        + fallbackPolicy.code() + "]";
  }
}
