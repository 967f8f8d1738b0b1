package io.github.casework.check;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import io.github.casework.directory.Eligibility;
import io.github.casework.directory.ProfileFact;
import java.util.Comparator;

/**
 * Why one service excludes a client, as a {@link Facts.RegulatoryGap} names it: the agency, the service's code and
 * the literals of its eligibility rule that the client's profile fails. {@link #facts()} are the profile facts
 * those literals read; texts for people name special-category facts (GDPR art. 9) only as such. Immutable and
 * thread-safe.
 *
 * @param agency the agency of the service, not null
 * @param service the service's code, not null
 * @param literals the failed literals, at least one, not null
 */
public record GapExclusion(AgencyRef agency, String service, ImmutableList<Eligibility> literals) {
  /**
   * Validates the components.
   *
   * @param agency the agency of the service, not null
   * @param service the service's code, not null
   * @param literals the failed literals, at least one, not null
   * @throws InvalidValueException if {@code literals} is empty
   */
  public GapExclusion {
    requireNonNull(agency, "agency");
    requireNonNull(service, "service");
    requireNonNull(literals, "literals");
    if (literals.isEmpty()) {
      throw new InvalidValueException(CheckCodes.FINDING_FACTS_INVALID, "GapExclusion.literals", "must not be empty");
    }
  }

  /** {@return the profile facts that the failed literals read} */
  public ImmutableSortedSet<ProfileFact> facts() {
    return literals.stream().flatMap(l -> l.facts().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
