package io.github.casework.signal;

import static java.util.Objects.requireNonNull;

import io.github.casework.InvalidValueException;
import io.github.casework.LifeDomain;

/**
 * What a signal is about: a life domain and the target group it concerns, described in words, such as
 * "divorced working men without housing". The description names a group, never a person: it is rejected if it
 * obviously holds personal data (a run of nine or more digits such as a BSN or a phone number, or an e-mail
 * address). Immutable and thread-safe.
 *
 * @param domain the life domain, not null
 * @param targetGroup the target group, 1 to 200 characters, not blank, without obvious personal data
 */
public record Topic(LifeDomain domain, String targetGroup) {
  /** Longest target group description accepted, in characters. */
  public static final int MAX_TARGET_GROUP = 200;

  /**
   * Validates the components.
   *
   * @param domain the life domain, not null
   * @param targetGroup the target group, 1 to 200 characters, not blank, without obvious personal data
   * @throws InvalidValueException if the target group is blank, too long, or holds obvious personal data
   */
  public Topic {
    requireNonNull(domain, "domain");
    requireNonNull(targetGroup, "targetGroup");
    if (targetGroup.isBlank()) {
      throw new InvalidValueException(SignalCodes.TOPIC_BLANK, "Topic.targetGroup", "must not be blank");
    }
    if (targetGroup.length() > MAX_TARGET_GROUP) {
      throw new InvalidValueException(
          SignalCodes.TOPIC_TOO_LONG, "Topic.targetGroup", "must be at most " + MAX_TARGET_GROUP + " characters");
    }
    PersonalDataGuard.check("Topic.targetGroup", targetGroup);
  }

  /**
   * Returns a topic.
   *
   * @param domain the life domain, not null
   * @param targetGroup the target group, not null
   * @return the topic
   * @throws InvalidValueException if the target group breaks its rule
   */
  public static Topic of(LifeDomain domain, String targetGroup) {
    return new Topic(domain, targetGroup);
  }

  /**
   * Shows the domain and the length of the target group description, never its text: free text written by a
   * professional may hold personal details that no check can recognise.
   */
  @Override
  public String toString() {
    return "Topic[domain=" + domain.code() + ", targetGroup=<" + targetGroup.length() + " chars>]";
  }
}
