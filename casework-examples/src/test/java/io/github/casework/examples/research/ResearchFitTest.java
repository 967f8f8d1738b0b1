package io.github.casework.examples.research;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.casework.CaseworkEvent;
import io.github.casework.Deadline;
import io.github.casework.LifeDomain;
import io.github.casework.casefile.CaseEvent;
import io.github.casework.examples.simulation.Distribution;
import io.github.casework.id.AgencyId;
import io.github.casework.id.CaseId;
import io.github.casework.id.ClientId;
import io.github.casework.id.NeedId;
import io.github.casework.id.ProfessionalId;
import io.github.casework.id.ReferralId;
import io.github.casework.referral.DataSharingBasis;
import io.github.casework.referral.LegalGround;
import io.github.casework.referral.Referral;
import io.github.casework.referral.ReferralCommand;
import io.github.casework.referral.ReferralEvent;
import io.github.casework.referral.ReferralOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fitter reads arrivals and service times from week-coarsened events, as the research export writes them. */
class ResearchFitTest {
  static final Instant MONDAY = Instant.parse("2026-01-05T00:00:00Z");
  static final AgencyId SHELTER = AgencyId.of("a1");

  static Instant week(int n) {
    return MONDAY.plus(Duration.ofDays(7L * n));
  }

  /** A referral started in week {@code start} and completed in week {@code end}. */
  static List<ReferralEvent> served(String id, int start, int end) {
    var drafted = Referral.draft(ReferralId.of(id), ClientId.of("c-" + id), CaseId.of("k-" + id), NeedId.of("n"),
        LifeDomain.HOUSING, AgencyId.of("a0"), ProfessionalId.of("p0"), SHELTER, "bed", week(start));
    Referral r = drafted.state();
    List<ReferralEvent> events = new ArrayList<>(drafted.events());
    for (ReferralCommand c : List.of(
        new ReferralCommand.RecordBasis(new DataSharingBasis.LegalBasis(LegalGround.PUBLIC_TASK, "Wmo"), week(start)),
        new ReferralCommand.Send(Deadline.after(Duration.ofDays(1)), Deadline.after(Duration.ofDays(2)), week(start)),
        new ReferralCommand.Accept(week(start)), new ReferralCommand.Start(week(start)),
        new ReferralCommand.Complete(ReferralOutcome.PARTLY_MET, week(end)))) {
      var d = r.decide(c);
      events.addAll(d.events());
      r = d.state();
    }
    return events;
  }

  @Test
  void arrivalsAreCasesOverTheWeeksSpannedAndServiceTimesAreWholeWeeksOrHalfAWeek() {
    List<CaseworkEvent> events = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      events.add(new CaseEvent.Opened(CaseId.of("k" + i), ClientId.of("c" + i), AgencyId.of("a0"),
          ProfessionalId.of("p0"), week(i * 3)));
    }
    events.addAll(served("r1", 0, 0));
    events.addAll(served("r2", 1, 3));
    events.addAll(served("r3", 2, 6));

    ResearchFit fit = ResearchFit.of(events);

    assertThat(fit.cases()).isEqualTo(4);
    // Weeks 0 to 9, the last one included: 70 days.
    assertThat(fit.spanDays()).isEqualTo(70);
    assertThat(fit.casesPerYear()).hasValueSatisfying(r -> assertThat(r).isCloseTo(4 * 365.2425 / 70, within()));
    assertThat(fit.area("west")).hasValueSatisfying(a -> assertThat(a.code()).isEqualTo("west"));
    // 3.5 (same week), 14 and 28 days: mean 15.17, sample standard deviation 12.29.
    Distribution d = fit.serviceDays().orElseThrow();
    assertThat(d.type()).isEqualTo(Distribution.LOGNORMAL);
    assertThat(d.mean()).isCloseTo(45.5 / 3, within());
    double m = 45.5 / 3;
    double sd = Math.sqrt((Math.pow(3.5 - m, 2) + Math.pow(14 - m, 2) + Math.pow(28 - m, 2)) / 2);
    assertThat(d.cv()).isCloseTo(sd / m, within());
    assertThat(fit.serviceDaysByAgency()).containsOnlyKeys(SHELTER);
  }

  @Test
  void anEmptyExportFitsNothing() {
    ResearchFit fit = ResearchFit.of(List.of());
    assertThat(fit.casesPerYear()).isEmpty();
    assertThat(fit.area("west")).isEmpty();
    assertThat(fit.serviceDays()).isEmpty();
    assertThat(ResearchFit.of(served("r1", 0, 2)).serviceDays()).as("one completion is not a distribution").isEmpty();
  }

  static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }
}
