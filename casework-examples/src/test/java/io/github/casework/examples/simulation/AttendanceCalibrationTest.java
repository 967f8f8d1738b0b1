package io.github.casework.examples.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.casework.InvalidValueException;
import io.github.casework.examples.simulation.queue.EventCalendar;
import io.github.casework.examples.simulation.queue.ServiceQueue;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ContinuousSampler;
import org.junit.jupiter.api.Test;

/**
 * The calibrated drop-out: attendance after a wait, measured through the real queue core, against the published
 * figures the presets were fitted to.
 */
class AttendanceCalibrationTest {
  private static final int TRIALS = 20_000;
  /** Festinger et al. (2002): 116 callers over four arms; the paper's abstract gives no per-arm counts. */
  private static final int PER_ARM = 29;

  /**
   * Simulated attendance after exactly {@code days} of waiting: in each trial one counsellor is busy with a client
   * whose service lasts {@code days}, and the client under test joins the waiting list at the same moment, with a
   * patience drawn from the curve; it attends if the counsellor takes it before its patience runs out.
   */
  static double simulatedAttendance(AttendanceCurve curve, double days, UniformRandomProvider rng) {
    ContinuousSampler patience = curve.sampler(rng, Distribution.exponential(30));
    int[] attended = new int[1];
    for (int t = 0; t < TRIALS; t++) {
      EventCalendar calendar = new EventCalendar();
      ServiceQueue<String> queue = new ServiceQueue<>("trial", 1, calendar, new ServiceQueue.Listener<>() {
        @Override
        public void started(String job, double waited, double now) {
          if (job.equals("client")) {
            attended[0]++;
          }
        }
      });
      queue.arrive("blocker", days, Double.POSITIVE_INFINITY, false);
      queue.arrive("client", 1, patience.sample(), false);
      calendar.runUntil(days + 2);
    }
    return attended[0] / (double) TRIALS;
  }

  /** The Wilson score interval of a binomial proportion at 95%. */
  static double[] wilson(double p, int n) {
    double z = 1.959963984540054;
    double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z * z / (4.0 * n * n)) / (1 + z * z / n);
    return new double[] {centre - half, centre + half};
  }

  @Test
  void festingerPresetReproducesAttendanceAtOneThreeAndSevenDaysWithinTheTrialsIntervals() {
    AttendanceCurve curve = AttendanceCurve.festinger2002();
    UniformRandomProvider rng = RandomStreams.replication(2002, 0);
    double[][] published = {{1, 0.72}, {3, 0.41}, {7, 0.38}};
    for (double[] row : published) {
      double simulated = simulatedAttendance(curve, row[0], rng);
      double[] ci = wilson(row[1], PER_ARM);
      System.out.printf(java.util.Locale.ROOT, "Festinger %s day(s): simulated %.3f, published %.2f (95%% CI %.3f to"
          + " %.3f)%n", (int) row[0], simulated, row[1], ci[0], ci[1]);
      assertThat(simulated).as("attendance at %s days", row[0]).isBetween(ci[0], ci[1]);
      // And the queue realises the curve itself, up to Monte Carlo error (4 standard errors).
      double s = curve.attendance(row[0]);
      assertThat(simulated).isCloseTo(s, within(4 * Math.sqrt(s * (1 - s) / TRIALS)));
    }
    // Attendance falls with the wait: the shape the trial found, a drop after the first day.
    assertThat(curve.attendance(1)).isGreaterThan(curve.attendance(3));
    assertThat(curve.attendance(3)).isGreaterThan(curve.attendance(7));
  }

  @Test
  void bellNewnsPresetCutsTheOddsOfAttendingByFifteenPercentPerWeekWithinTwoPoints() {
    AttendanceCurve curve = AttendanceCurve.bellNewns2004();
    UniformRandomProvider rng = RandomStreams.replication(2004, 0);
    // Least-squares slope of the simulated log-odds on the wait in weeks, 1 to 12 weeks.
    int k = 12;
    double[] x = new double[k];
    double[] y = new double[k];
    for (int w = 1; w <= k; w++) {
      double p = simulatedAttendance(curve, 7.0 * w, rng);
      x[w - 1] = w;
      y[w - 1] = Math.log(p / (1 - p));
    }
    double mx = 0;
    double my = 0;
    for (int i = 0; i < k; i++) {
      mx += x[i] / k;
      my += y[i] / k;
    }
    double sxy = 0;
    double sxx = 0;
    for (int i = 0; i < k; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
    }
    double oddsRatio = Math.exp(sxy / sxx);
    System.out.printf(java.util.Locale.ROOT, "Bell & Newns: simulated odds ratio per week %.4f (published 0.85)%n",
        oddsRatio);
    assertThat(oddsRatio).isCloseTo(0.85, within(0.02));
    // The level: Loveland and Driscoll's 55% still there at a median wait of 6 days.
    assertThat(simulatedAttendance(curve, 6, rng)).isCloseTo(0.55, within(0.02));
  }

  @Test
  void theDefaultDistrictUsesThePresetsForTheClinicAndMentalHealthCare() {
    SimulationConfig d = SimulationConfig.defaults();
    for (AgencyConfig a : d.agencies()) {
      AttendanceCurve expected = switch (a.id()) {
        case "clinic" -> AttendanceCurve.festinger2002();
        case "mental-health" -> AttendanceCurve.bellNewns2004();
        default -> AttendanceCurve.patience();
      };
      assertThat(a.attendance()).as(a.id()).isEqualTo(expected);
    }
  }

  @Test
  void thePatienceOptionKeepsTheAgencysOwnDistribution() {
    UniformRandomProvider a = RandomStreams.replication(7, 0);
    UniformRandomProvider b = RandomStreams.replication(7, 0);
    ContinuousSampler viaCurve = AttendanceCurve.patience().sampler(a, Distribution.exponential(60));
    ContinuousSampler direct = Distribution.exponential(60).sampler(b);
    for (int i = 0; i < 1000; i++) {
      assertThat(viaCurve.sample()).isEqualTo(direct.sample());
    }
    SimulationConfig c = SimulationConfig.parse("""
        {"agencies": [{"id": "welfare", "kind": "welfare", "domains": ["finances"], "counsellors": 1,
          "serviceDays": {"type": "exponential", "mean": 3}, "patienceDays": {"type": "exponential", "mean": 9},
          "needMetProbability": 1, "notEligibleProbability": 0}]}""");
    assertThat(c.agencies().get(0).attendance()).isEqualTo(AttendanceCurve.patience());
  }

  @Test
  void badCurvesAreRejectedWithTheJsonPath() {
    String agency = """
        {"agencies": [{"id": "welfare", "kind": "welfare", "domains": ["finances"], "counsellors": 1,
          "serviceDays": {"type": "exponential", "mean": 3}, "patienceDays": {"type": "exponential", "mean": 9},
          "needMetProbability": 1, "notEligibleProbability": 0, "attendance": %s}]}""";
    assertThatThrownBy(() -> SimulationConfig.parse(agency.formatted("{\"type\": \"weibull\"}")))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).field()).isEqualTo("$.agencies[0].attendance.type"))
        .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(SimulationCodes.INVALID));
    assertThatThrownBy(() -> SimulationConfig.parse(agency.formatted(
        "{\"type\": \"logistic\", \"attendanceAtZero\": 0.5, \"oddsRatioPerWeek\": 1.2}")))
        .isInstanceOf(InvalidValueException.class)
        .satisfies(e -> assertThat(((InvalidValueException) e).code()).isEqualTo(SimulationCodes.OUT_OF_RANGE));
    assertThatThrownBy(() -> new AttendanceCurve(AttendanceCurve.CURE_RATE, 0, 0.3, 2, 0, ""))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new AttendanceCurve(AttendanceCurve.LOGISTIC, 1, 0, 0, 0.85, ""))
        .isInstanceOf(InvalidValueException.class);
  }
}
