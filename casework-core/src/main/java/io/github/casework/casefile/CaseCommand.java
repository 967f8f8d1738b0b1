package io.github.casework.casefile;

import static java.util.Objects.requireNonNull;

import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import java.time.Instant;

/**
 * A request to change an existing {@link Case}, decided by {@link Case#decide(CaseCommand)}. Opening a case
 * is {@link Case#open}. Every command states the instant it is made at; time is never read from a clock
 * inside the library. Immutable and thread-safe.
 */
public sealed interface CaseCommand {

  /** {@return when the command is made} */
  Instant at();

  /**
   * Register a new need with the professional accountable for it.
   *
   * @param need a need id not yet used in this case, not null
   * @param domain the life domain, not null
   * @param urgency the urgency, not null
   * @param accountable the accountable professional, not null
   * @param at when, not null
   */
  record RegisterNeed(NeedId need, LifeDomain domain, Urgency urgency, ProfessionalId accountable, Instant at)
      implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need a need id not yet used in this case, not null
     * @param domain the life domain, not null
     * @param urgency the urgency, not null
     * @param accountable the accountable professional, not null
     * @param at when, not null
     */
    public RegisterNeed {
      requireNonNull(need, "need");
      requireNonNull(domain, "domain");
      requireNonNull(urgency, "urgency");
      requireNonNull(accountable, "accountable");
      requireNonNull(at, "at");
    }
  }

  /**
   * End the intake: the case becomes active.
   *
   * @param at when, not null
   */
  record Activate(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Activate {
      requireNonNull(at, "at");
    }
  }

  /**
   * Put an active case on hold.
   *
   * @param at when, not null
   */
  record StartWaiting(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public StartWaiting {
      requireNonNull(at, "at");
    }
  }

  /**
   * Make a waiting case active again.
   *
   * @param at when, not null
   */
  record Resume(Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param at when, not null
     */
    public Resume {
      requireNonNull(at, "at");
    }
  }

  /**
   * Move accountability for an open need to another professional, explicitly.
   *
   * @param need the need, not null
   * @param to the new accountable professional, not the current one, not null
   * @param at when, not null
   */
  record TransferAccountability(NeedId need, ProfessionalId to, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param to the new accountable professional, not the current one, not null
     * @param at when, not null
     */
    public TransferAccountability {
      requireNonNull(need, "need");
      requireNonNull(to, "to");
      requireNonNull(at, "at");
    }
  }

  /**
   * Give an open need its disposition.
   *
   * @param need the need, not null
   * @param disposition how it ended, not null
   */
  record DisposeNeed(NeedId need, Disposition disposition) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param need the need, not null
     * @param disposition how it ended, not null
     */
    public DisposeNeed {
      requireNonNull(need, "need");
      requireNonNull(disposition, "disposition");
    }

    @Override
    public Instant at() {
      return disposition.at();
    }
  }

  /**
   * Record a dated assessment.
   *
   * @param assessment the assessment, not null
   */
  record RecordAssessment(Assessment assessment) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param assessment the assessment, not null
     */
    public RecordAssessment {
      requireNonNull(assessment, "assessment");
    }

    @Override
    public Instant at() {
      return assessment.at();
    }
  }

  /**
   * Close the case; every need must have a disposition.
   *
   * @param reason why, not null
   * @param at when, not null
   */
  record Close(ClosureReason reason, Instant at) implements CaseCommand {
    /**
     * Validates the components.
     *
     * @param reason why, not null
     * @param at when, not null
     */
    public Close {
      requireNonNull(reason, "reason");
      requireNonNull(at, "at");
    }
  }
}
