package io.github.casework.directory;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import io.github.casework.InvalidValueException;
import java.util.Comparator;

/**
 * Why one service's rule excludes a client: the listing and the literals of its rule (predicates, or negated
 * predicates such as {@code not employed}) that the profile fails. Fewer literals is a narrower exclusion: one
 * fact away from eligible. Immutable and thread-safe.
 *
 * @param listing the service, not null
 * @param literals the failed literals, at least one, each a predicate, a negated predicate or {@code nobody}, in text
 *     order, not null
 */
public record Exclusion(ServiceListing listing, ImmutableList<Eligibility> literals) {
  /** Narrowest first: fewer literals, then fewer facts; stable for ties. */
  public static final Comparator<Exclusion> NARROWEST_FIRST = Comparator
      .comparingInt((Exclusion e) -> e.literals().size()).thenComparingInt(e -> e.facts().size());

  /**
   * Validates the components.
   *
   * @param listing the service, not null
   * @param literals the failed literals, at least one, not null
   * @throws InvalidValueException with {@link DirectoryCodes#RULE_EMPTY_LIST} if there is no literal
   */
  public Exclusion {
    requireNonNull(listing, "listing");
    requireNonNull(literals, "literals");
    if (literals.isEmpty()) {
      throw new InvalidValueException(DirectoryCodes.RULE_EMPTY_LIST, "Exclusion.literals",
          "an exclusion names at least one failed literal");
    }
  }

  /** {@return the profile facts that excluded the client} */
  public ImmutableSortedSet<ProfileFact> facts() {
    return literals.stream().flatMap(l -> l.facts().stream())
        .collect(ImmutableSortedSet.toImmutableSortedSet(Comparator.naturalOrder()));
  }
}
