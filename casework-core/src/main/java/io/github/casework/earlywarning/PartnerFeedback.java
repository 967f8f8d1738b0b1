package io.github.casework.earlywarning;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.EarlySignalId;

/**
 * What the signalling partner learns about its signal (terugkoppeling): taken up or not, and nothing else — never
 * the reason it was not taken up, the end result, the contact attempts or anything about the household. The
 * detail model of the DDAS Uitwisselmodel (EnumEindresultaat) sets this rule for the reasons of not taking a signal
 * up; casework applies it to every signal. Immutable and thread-safe.
 *
 * @param signal the partner's id of the signal, not null
 * @param partner the kind of partner it goes to, not null
 * @param answer taken up or not, not null
 */
public record PartnerFeedback(EarlySignalId signal, PartnerType partner, Answer answer) {

  /** The only two things a partner learns. */
  public enum Answer {
    /** The municipality took the signal up. */
    TAKEN_UP,
    /** The municipality did not take the signal up. */
    NOT_TAKEN_UP
  }

  /**
   * Validates the components.
   *
   * @param signal the signal, not null
   * @param partner the partner kind, not null
   * @param answer the answer, not null
   */
  public PartnerFeedback {
    requireNonNull(signal, "signal");
    requireNonNull(partner, "partner");
    requireNonNull(answer, "answer");
  }
}
