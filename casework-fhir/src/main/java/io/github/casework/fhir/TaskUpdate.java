package io.github.casework.fhir;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import java.util.Optional;

/**
 * What a partner's updated {@code Task} meant for a referral: the commands it stands for, in order (a status
 * change, then a warm handover when the Task's owner became one of the partner's professionals), the events they
 * produced and the referral's new state. A Task that says nothing new — the same Task version applied again, or a
 * Task that repeats the referral's current state — has no commands and leaves the state as it was.
 *
 * <p>Invariants: commands and events are equally many, one event per command (a referral command yields one
 * event); with none, {@link #state()} is the referral the Task was applied to. Immutable and thread-safe.
 *
 * @param state the referral after the commands, not null
 * @param commands the commands the Task stands for, in order, possibly empty, not null
 * @param events the events the commands produced, in order, not null
 * @param taskVersion the Task's {@code meta.versionId}, if it had one, not null
 */
public record TaskUpdate(Referral state, ImmutableList<ReferralCommand> commands, ImmutableList<ReferralEvent> events,
    Optional<String> taskVersion) {
  /**
   * Validates the components.
   *
   * @param state the referral after the commands, not null
   * @param commands the commands, not null
   * @param events the events, one per command, not null
   * @param taskVersion the Task's version id, if any, not null
   */
  public TaskUpdate {
    requireNonNull(state, "state");
    requireNonNull(commands, "commands");
    requireNonNull(events, "events");
    requireNonNull(taskVersion, "taskVersion");
    if (commands.size() != events.size()) {
      throw new AssertionError("bug: " + commands.size() + " commands but " + events.size() + " events");
    }
  }

  /** {@return true if the Task changed the referral} */
  public boolean changed() {
    return !commands.isEmpty();
  }
}
