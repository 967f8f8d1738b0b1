package io.github.casework.json;

import io.github.casework.CaseworkEvent;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.casefile.ClosureReason;
import io.github.casework.casefile.Disposition;
import io.github.casework.casefile.Urgency;
import io.github.casework.check.Caseload;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.party.Professional;
import io.github.casework.party.Role;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.ReferralEvent;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A large caseload-events stream, computed event by event and never stored: {@value #GROUPS} groups of one case and
 * one referral, 8 events each, so {@value #EVENTS} events over {@value #AGGREGATES} aggregates. The stream is in time
 * order: step s of every group comes before step s + 1 of any group, one second apart, so the aggregates' events
 * interleave as in a real caseload. Three groups in four stay open (the case referred its need, the referral is
 * accepted); every fourth is closed (the referral cancelled, the need met, the case closed for goals reached).
 */
final class LargeCaseloadStream {
  static final int GROUPS = 125_000;
  static final int STEPS = 8;
  static final int EVENTS = GROUPS * STEPS;
  static final int AGGREGATES = 2 * GROUPS;
  static final Instant START = Instant.parse("2026-01-05T08:00:00Z");
  /** One second after the last event. */
  static final Instant END = START.plusSeconds(EVENTS);

  private static final NeedId NEED = NeedId.of("need-1");
  /** Professionals (social workers) in the header, pro-p at agency-(p % 7). */
  static final int PROFESSIONALS = 21;
  private static final AgencyId TO = AgencyId.of("housing");
  private static final DataSharingBasis BASIS =
      new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo 2015 art. 2.3.5");

  private LargeCaseloadStream() {}

  static boolean closed(int group) {
    return group % 4 == 0;
  }

  /** {@return the i-th event of the stream, 0 <= i < EVENTS} */
  static CaseworkEvent event(int i) {
    int g = i % GROUPS;
    int step = i / GROUPS;
    Instant at = START.plusSeconds(i);
    // Fresh id instances per event, as a reader would make them.
    CaseId caseId = CaseId.of("case-" + g);
    ReferralId referral = ReferralId.of("ref-" + g);
    int p = g % PROFESSIONALS;
    ProfessionalId owner = ProfessionalId.of("pro-" + p);
    AgencyId agency = AgencyId.of("agency-" + (p % 7));
    switch (step) {
      case 0:
        return new CaseEvent.Opened(caseId, ClientId.of("client-" + g), agency, owner, at);
      case 1:
        return new CaseEvent.NeedRegistered(caseId, NEED, LifeDomain.HOUSING, Urgency.URGENT, owner, at);
      case 2:
        return new CaseEvent.Activated(caseId, at);
      case 3:
        return new ReferralEvent.Drafted(referral, ClientId.of("client-" + g), caseId, NEED, LifeDomain.HOUSING,
            agency, owner, TO, "urgency-permit", at);
      default:
        break;
    }
    if (closed(g)) {
      return switch (step) {
        case 4 -> new ReferralEvent.BasisRecorded(referral, BASIS, at);
        case 5 -> new ReferralEvent.Cancelled(referral, owner, at);
        case 6 -> new CaseEvent.NeedDisposed(caseId, NEED, new Disposition.Met(at));
        default -> new CaseEvent.Closed(caseId, ClosureReason.GOALS_REACHED, at);
      };
    }
    return switch (step) {
      case 4 -> new CaseEvent.NeedReferred(caseId, NEED, referral, TO, owner, at);
      case 5 -> new ReferralEvent.BasisRecorded(referral, BASIS, at);
      case 6 -> new ReferralEvent.Sent(referral, at.plus(Duration.ofDays(5)), at.plus(Duration.ofDays(28)), at);
      default -> new ReferralEvent.Accepted(referral, at);
    };
  }

  /** {@return the header's context: the professionals, no agencies, the default mandates} */
  static Caseload context() {
    List<Professional> professionals = new ArrayList<>();
    for (int p = 0; p < PROFESSIONALS; p++) {
      professionals.add(new Professional(ProfessionalId.of("pro-" + p), AgencyId.of("agency-" + (p % 7)),
          Role.SOCIAL_WORKER));
    }
    return Caseload.builder().professionals(professionals).build();
  }

  /** Writes the stream to {@code out} with the standard writer; closes it. */
  static void write(OutputStream out) {
    try (EventStreamWriter<CaseworkEvent> w = CaseworkJson.standard().newCaseloadWriter(
        CaseloadSnapshot.of(List.of(), context()), new BufferedOutputStream(out, 1 << 16))) {
      for (int i = 0; i < EVENTS; i++) {
        w.write(event(i));
      }
    }
  }

  /** Writes the stream to the file named by the argument (for measuring the CLI by hand). */
  public static void main(String[] args) throws IOException {
    write(Files.newOutputStream(Path.of(args[0])));
  }
}
