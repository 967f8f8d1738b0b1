package io.github.casework.examples.stories;

import io.github.casework.CaseworkEvent;
import io.github.casework.norm.ServiceNorms;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralLoop;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What the stories share: the norms, and running a referral's closed loop while collecting its events. */
final class Stage {
  private Stage() {}

  /** The Dutch default norms: a referral is answered within five working days, followed up within four weeks. */
  static final ServiceNorms NORMS = ServiceNorms.dutchDefaults();

  /** The legal basis welfare workers in the stories record before sending a referral. */
  static final DataSharingBasis BASIS = new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK,
      "Wmo 2015 art. 2.3.5");

  static Instant at(String text) {
    return Instant.parse(text);
  }

  /** Sends a referral with the norms' response and follow-up due dates. */
  static ReferralCommand.Send send(Instant at) {
    return new ReferralCommand.Send(NORMS.deadline(NORMS.referralResponse()), NORMS.deadline(NORMS.referralFollowUp()),
        at);
  }

  /** A referral's loop as it runs, with the events of both sides in the order they were decided. */
  static final class Loop {
    private ReferralLoop loop;
    private final List<CaseworkEvent> events = new ArrayList<>();

    Loop(ReferralLoop.LoopDecision drafted) {
      this.loop = drafted.loop();
      take(drafted);
    }

    Loop then(ReferralCommand... commands) {
      for (ReferralCommand c : commands) {
        take(loop.decide(c));
      }
      return this;
    }

    private void take(ReferralLoop.LoopDecision step) {
      loop = step.loop();
      events.addAll(step.referralDecision().events());
      step.caseDecision().ifPresent(d -> events.addAll(d.events()));
    }

    ReferralLoop loop() {
      return loop;
    }

    /** Returns the events collected since the last call and forgets them. */
    List<CaseworkEvent> drain() {
      List<CaseworkEvent> out = new ArrayList<>(events);
      events.clear();
      return out;
    }
  }
}
