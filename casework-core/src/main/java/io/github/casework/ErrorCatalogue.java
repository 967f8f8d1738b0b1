package io.github.casework;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.casework.casefile.CaseCodes;
import io.github.casework.check.CheckCodes;
import io.github.casework.directory.DirectoryCodes;
import io.github.casework.escalation.EscalationCodes;
import io.github.casework.id.IdCodes;
import io.github.casework.norm.NormCodes;
import io.github.casework.party.PartyCodes;
import io.github.casework.privacy.PrivacyCodes;
import io.github.casework.referral.ReferralCodes;
import io.github.casework.signal.SignalCodes;
import java.util.Optional;

/**
 * Every stable error code that casework-core throws, with the rule each stands for, so that a host can map the
 * {@linkplain CaseworkException#code() code} of any exception to texts of its own for its users, and check that
 * its mapping is complete. Codes never change meaning between releases; a release may add codes.
 *
 * <p>The order is fixed: by package ({@link CoreCodes}, {@link IdCodes}, {@link PartyCodes}, {@link CaseCodes},
 * {@link ReferralCodes}, {@link EscalationCodes}, {@link SignalCodes}, {@link NormCodes}, {@link CheckCodes},
 * {@link PrivacyCodes}, {@link DirectoryCodes}), and
 * within a package in the order its {@code *Codes} class declares them. Each code occurs once. The JSON module adds
 * its own codes: see {@code CaseworkJson.errorCodes()} in casework-json.
 *
 * <p>The catalogue is built without reflection: each {@code *Codes} class lists its codes with their meanings in
 * its {@code all()}, next to the constants, and this class joins those lists. Explicit lists need no package to be
 * opened to reflection (core is a named module) and survive shrinking; a test checks them against the constants
 * and their Javadoc, so a code cannot be thrown without being listed here. Immutable and thread-safe.
 */
public final class ErrorCatalogue {
  private static final ImmutableList<ErrorCode> ALL = ImmutableList.<ErrorCode>builder()
      .addAll(CoreCodes.all())
      .addAll(IdCodes.all())
      .addAll(PartyCodes.all())
      .addAll(CaseCodes.all())
      .addAll(ReferralCodes.all())
      .addAll(EscalationCodes.all())
      .addAll(SignalCodes.all())
      .addAll(NormCodes.all())
      .addAll(CheckCodes.all())
      .addAll(PrivacyCodes.all())
      .addAll(DirectoryCodes.all())
      .build();
  /** Fails the class's initialization, as a bug, if two packages declared the same code. */
  private static final ImmutableMap<String, ErrorCode> BY_CODE = Maps.uniqueIndex(ALL, ErrorCode::code);

  private ErrorCatalogue() {}

  /**
   * Returns every code casework-core throws, in the order described above.
   *
   * @return the codes with their meanings, immutable, not empty
   */
  public static ImmutableList<ErrorCode> all() {
    return ALL;
  }

  /**
   * Returns the entry of a code.
   *
   * @param code the code, such as {@code case.need-still-open}, not null
   * @return the entry, or empty if casework-core never throws this code
   */
  public static Optional<ErrorCode> find(String code) {
    return Optional.ofNullable(BY_CODE.get(requireNonNull(code, "code")));
  }
}
