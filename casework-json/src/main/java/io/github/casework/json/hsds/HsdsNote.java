package io.github.casework.json.hsds;

import static java.util.Objects.requireNonNull;

/**
 * Something the HSDS reader did that a directory's steward should know: a member kept verbatim without being
 * interpreted, a nested member dropped, an assumption made. Names the place by JSON pointer and never quotes the
 * input. Immutable and thread-safe.
 *
 * @param pointer the JSON pointer of the member or object concerned, not null
 * @param kind what was done, not null
 */
public record HsdsNote(String pointer, Kind kind) {

  /**
   * Validates the components.
   *
   * @param pointer the JSON pointer, not null
   * @param kind what was done, not null
   */
  public HsdsNote {
    requireNonNull(pointer, "pointer");
    requireNonNull(kind, "kind");
  }

  /** What the reader did. Each kind has a stable lower-case {@link #code()}. */
  public enum Kind {
    /** A member of an organization or service that casework does not interpret, kept verbatim for export. */
    MEMBER_KEPT("member-kept"),
    /** A member of a nested object (service area, capacity, unit, attribute) that casework drops. */
    NESTED_MEMBER_DROPPED("nested-member-dropped"),
    /** A service capacity after the first, dropped: the directory holds one capacity per service. */
    EXTRA_CAPACITY_DROPPED("extra-capacity-dropped"),
    /** A service whose eligibility is described only in text: read as open to everyone (never a false gap). */
    ELIGIBILITY_TEXT_ONLY("eligibility-text-only"),
    /** A service's minimum or maximum age differs from the age range of its casework rule; the rule is kept. */
    AGES_DIFFER_FROM_RULE("ages-differ-from-rule"),
    /** A defunct service, read as inactive. */
    DEFUNCT_AS_INACTIVE("defunct-as-inactive"),
    /** An organization without a casework agency kind, read as a welfare organisation. */
    AGENCY_KIND_ASSUMED("agency-kind-assumed"),
    /** A service without a casework life domain, left out: a service addresses at least one domain. */
    SERVICE_WITHOUT_LIFE_DOMAIN("service-without-life-domain");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the stable lower-case code, such as {@code member-kept}} */
    public String code() {
      return code;
    }
  }
}
