package io.github.casework.directory;

/** The outcome of matching a need against the directory, without the details of a {@link Match}. */
public enum Verdict {
  /** Some service may take the client now. */
  AVAILABLE,
  /** Eligible services exist, but none has room. */
  CAPACITY_GAP,
  /** No service admits the client. */
  REGULATORY_GAP
}
