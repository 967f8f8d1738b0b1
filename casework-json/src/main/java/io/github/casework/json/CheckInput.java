package io.github.casework.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.InvalidValueException;
import io.github.casework.check.Caseload;
import io.github.casework.check.CaseloadCheck;
import io.github.casework.check.Finding;
import io.github.casework.referral.ConsentRegister;
import java.time.Instant;

/**
 * What the caseload check reads from a caseload file: the {@link Caseload} (aggregates and outreach cases as their
 * histories leave them, and the context) and the clients' consent withdrawals, which the check takes as its
 * {@link CaseloadCheck#withConsents register} rather than as part of the caseload. {@link #of(CaseloadSnapshot)}
 * takes them from a snapshot; {@link CaseworkJson#readCheckInput} from a caseload-events stream, keeping states
 * only. Immutable and thread-safe.
 *
 * @param caseload the caseload, not null
 * @param consents the consent withdrawals, not null
 */
public record CheckInput(Caseload caseload, ConsentRegister consents) {

  /**
   * Validates the components.
   *
   * @param caseload the caseload, not null
   * @param consents the consent withdrawals, not null
   */
  public CheckInput {
    requireNonNull(caseload, "caseload");
    requireNonNull(consents, "consents");
  }

  /**
   * Returns the check's input of a snapshot.
   *
   * @param snapshot the snapshot, not null
   * @return its caseload and its consent withdrawals
   */
  public static CheckInput of(CaseloadSnapshot snapshot) {
    return new CheckInput(requireNonNull(snapshot, "snapshot").caseload(), snapshot.consents());
  }

  /**
   * Runs a check over this input: the check with these withdrawals, over this caseload.
   *
   * @param check the check, not null
   * @param at the instant to judge due dates at, not null; see {@link CaseloadCheck#canJudgeAt}
   * @return the findings in {@link Finding#ORDER}
   * @throws InvalidValueException if the check cannot judge at that instant
   */
  public ImmutableList<Finding> check(CaseloadCheck check, Instant at) {
    return requireNonNull(check, "check").withConsents(consents).run(caseload, at);
  }
}
