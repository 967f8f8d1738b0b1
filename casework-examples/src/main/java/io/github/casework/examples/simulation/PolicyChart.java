package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The chart comparing the policies side by side, drawn headless by XChart (Apache-2.0) as one PNG of four panels:
 * <ol>
 *   <li>the total of the agencies' waiting lists at the end of each week (mean over replications);
 *   <li>clients fallen between the cracks, cumulative;
 *   <li>drop-outs from waiting lists, cumulative;
 *   <li>per 1,000 clients: needs met, drop-outs, returning clients, clients between the cracks, needs recorded
 *       unmet and escalations, with 95% confidence intervals over replications as error bars.
 * </ol>
 * Only the PNG back-end is used (javax.imageio); no vector back-end is on the class path.
 */
public final class PolicyChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 440;
  private static final Color[] COLOURS = {new Color(0xC0, 0x39, 0x2B), new Color(0x1F, 0x77, 0xB4)};
  private static final ImmutableList<String> BARS = ImmutableList.of(Metrics.NEEDS_MET, Metrics.DROP_OUTS,
      Metrics.RETURNING_CLIENTS, Metrics.CLIENTS_BETWEEN_CRACKS, Metrics.NEEDS_UNMET_RECORDED, Metrics.ESCALATIONS);
  private static final ImmutableList<String> BAR_LABELS = ImmutableList.of("needs met", "drop-outs", "returns",
      "between the cracks", "recorded unmet", "escalations");

  private PolicyChart() {}

  /**
   * Draws the chart.
   *
   * @param result the results of a simulation, not null
   * @return the PNG file's bytes
   */
  public static byte[] png(SimulationResult result) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    List<Chart<?, ?>> charts = List.of(
        weekly(result, "Waiting lists, all agencies (end of week)", "clients waiting", "waiting_total", false),
        weekly(result, "Clients fallen between the cracks (cumulative)", "clients",
            Metrics.CLIENTS_BETWEEN_CRACKS, true),
        weekly(result, "Drop-outs from waiting lists (cumulative)", "clients", Metrics.DROP_OUTS, true),
        bars(result));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      BitmapEncoder.saveBitmap(charts, 2, 2, out, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static XYChart weekly(SimulationResult result, String title, String yTitle, String column,
      boolean cumulative) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle("year")
        .yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setXAxisDecimalPattern("0.#");
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    int weeks = result.weeks();
    double[] x = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      // The end of week w, in years since the start.
      x[w] = (w + 1) * 7 / 365.2425;
    }
    Policy[] policies = Policy.values();
    for (int p = 0; p < policies.length; p++) {
      ImmutableList<RunResult> runs = result.runs(policies[p]);
      double[] y = new double[weeks];
      for (RunResult run : runs) {
        long[] v = run.weekly().column(column);
        double sum = 0;
        for (int w = 0; w < weeks; w++) {
          sum = cumulative ? sum + v[w] : v[w];
          y[w] += sum / runs.size();
        }
      }
      XYSeries s = chart.addSeries(policies[p].code(), x, y);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(COLOURS[p]);
    }
    return chart;
  }

  private static CategoryChart bars(SimulationResult result) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Per 1,000 clients, mean and 95% CI over " + result.replications() + " replications")
        .yAxisTitle("per 1,000 clients").build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setXAxisLabelRotation(20);
    Policy[] policies = Policy.values();
    for (int p = 0; p < policies.length; p++) {
      List<Number> means = new ArrayList<>();
      List<Number> errors = new ArrayList<>();
      for (String metric : BARS) {
        Estimate e = Estimate.of(result.runs(policies[p]).stream()
            .mapToDouble(r -> 1000 * r.metric(metric) / Math.max(1, r.metric(Metrics.CLIENTS))).toArray());
        means.add(e.mean());
        errors.add(Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth());
      }
      chart.addSeries(policies[p].code(), BAR_LABELS, means, errors).setFillColor(COLOURS[p]);
    }
    return chart;
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
    styler.setAntiAlias(true);
  }
}
