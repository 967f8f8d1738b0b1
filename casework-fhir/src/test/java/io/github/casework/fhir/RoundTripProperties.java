package io.github.casework.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.casework.CaseworkException;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.testing.Gen;
import io.github.casework.testing.Property;
import io.github.casework.testing.ReferralGen;
import io.github.casework.testing.Tries;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/**
 * Over generated referral histories: the Task casework sends after each step, read back by the referral as it was
 * before a step of the partner's, yields the same referral state and event; read again, or read after a step of
 * casework's own, it changes nothing; and a step only casework may take, arriving from a partner, is rejected.
 */
class RoundTripProperties {

  /** One accepted step of a history. */
  record Step(Referral before, ReferralCommand command, Referral after) {
    @Override
    public String toString() {
      return command.getClass().getSimpleName() + ": " + before.status().code() + " -> " + after.status().code();
    }
  }

  /** The accepted steps of a referral driven by the core's command generator (rejected commands skipped). */
  static Gen<List<Step>> histories() {
    return r -> {
      Referral state = Referral.start(ReferralGen.drafts().next(r));
      List<Step> steps = new ArrayList<>();
      int n = 4 + r.nextInt(ReferralGen.SEQUENCE_STEPS + 4);
      for (int i = 0; i < n; i++) {
        ReferralCommand c = ReferralGen.referralCommands(state, r);
        try {
          Referral next = state.decide(c).state();
          steps.add(new Step(state, c, next));
          state = next;
        } catch (CaseworkException rejected) {
          // the generator explores invalid commands too; only accepted steps make a history
        }
      }
      return steps;
    };
  }

  static boolean isPartnerStep(ReferralCommand c) {
    return c instanceof ReferralCommand.Receive || c instanceof ReferralCommand.Accept
        || c instanceof ReferralCommand.Waitlist || c instanceof ReferralCommand.Refuse
        || c instanceof ReferralCommand.Start || c instanceof ReferralCommand.Complete
        || c instanceof ReferralCommand.Fail || c instanceof ReferralCommand.AcceptAccountability;
  }

  @Test
  void theTaskOfEachStepReadBackYieldsTheSameReferral() {
    String name = "fhir task round trip";
    System.out.println(name + ": " + Tries.count() + " tries, base seed " + Tries.baseSeed(name));
    int[] partnerSteps = {0};
    Property.forAll(name, histories(), steps -> {
      for (Step s : steps) {
        Task sent = FhirTesting.partnerCopy(CaseworkFhir.resources(s.after()).task(), "7", s.after().lastChangedAt());
        if (isPartnerStep(s.command())) {
          partnerSteps[0]++;
          TaskUpdate update = CaseworkFhir.read(s.before(), sent);
          assertThat(update.state()).as("%s", s).isEqualTo(s.after());
          assertThat(update.commands()).as("%s", s).hasSize(1);
          assertThat(update.events()).as("%s", s).isEqualTo(s.before().decide(s.command()).events());
          assertThat(update.taskVersion()).contains("7");
        } else if (s.command() instanceof ReferralCommand.Send || s.command() instanceof ReferralCommand.Cancel) {
          assertThatThrownBy(() -> CaseworkFhir.read(s.before(), sent)).as("%s", s)
              .isInstanceOfSatisfying(FhirException.class, e -> {
                assertThat(e.code()).isEqualTo(FhirCodes.REQUESTER_STATUS);
                assertThat(e.element()).isEqualTo("Task.status");
              });
        } else {
          assertThat(CaseworkFhir.read(s.before(), sent).changed()).as("%s", s).isFalse();
        }
        // The same Task version applied again, to the state it produced, changes nothing.
        TaskUpdate again = CaseworkFhir.read(s.after(), sent);
        assertThat(again.changed()).as("%s", s).isFalse();
        assertThat(again.state()).isSameAs(s.after());
      }
    });
    assertThat(partnerSteps[0]).as("partner steps exercised").isGreaterThan(Tries.count());
  }
}
