package io.github.casework.privacy;

import com.google.common.collect.ImmutableList;
import io.github.casework.ErrorCode;

/**
 * The stable codes of the rules the privacy package enforces (per-agency views, retention, the research
 * export), as carried by {@link io.github.casework.CaseworkException#code()}. Codes never change meaning between
 * releases.
 */
public final class PrivacyCodes {
  /** A case view lists a referral twice. */
  public static final String VIEW_DUPLICATE_REFERRAL = "view.duplicate-referral";
  /** A shared referral's history is empty or does not start with its drafting. */
  public static final String VIEW_HISTORY_NOT_DRAFTED = "view.history-not-drafted";
  /** A shared referral's history holds an event of another referral. */
  public static final String VIEW_HISTORY_OTHER_REFERRAL = "view.history-other-referral";
  /** A retention period is zero or negative. */
  public static final String RETENTION_NOT_POSITIVE = "retention.not-positive";
  /** A research export was asked for without a key, or with a key shorter than 32 bytes. */
  public static final String EXPORT_KEY_TOO_SHORT = "research-export.key-too-short";
  /** A research export's suppression threshold k is less than 2. */
  public static final String EXPORT_K_TOO_SMALL = "research-export.k-too-small";

  private static final ImmutableList<ErrorCode> ALL = ImmutableList.of(
      code(VIEW_DUPLICATE_REFERRAL, "A case view lists a referral twice."),
      code(VIEW_HISTORY_NOT_DRAFTED, "A shared referral's history is empty or does not start with its drafting."),
      code(VIEW_HISTORY_OTHER_REFERRAL, "A shared referral's history holds an event of another referral."),
      code(RETENTION_NOT_POSITIVE, "A retention period is zero or negative."),
      code(EXPORT_KEY_TOO_SHORT,
          "A research export was asked for without a key, or with a key shorter than 32 bytes."),
      code(EXPORT_K_TOO_SMALL, "A research export's suppression threshold k is less than 2."));

  private PrivacyCodes() {}

  /**
   * Returns every code of this class with the rule it stands for, in declaration order; the
   * {@link io.github.casework.ErrorCatalogue} joins these lists.
   *
   * @return the codes, immutable
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  private static ErrorCode code(String code, String meaning) {
    return new ErrorCode(code, meaning, PrivacyCodes.class.getPackageName());
  }
}
