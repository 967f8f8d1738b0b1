package io.github.casework.examples.simulation;

import com.google.common.collect.ImmutableList;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
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
 * The charts of the simulation kit, drawn headless by XChart (Apache-2.0) as PNG files with a heading that names
 * the configuration, the seed, the period and the number of replications.
 *
 * <p>{@link #png} compares the policies in four panels: the agencies' waiting lists at the end of each week;
 * clients fallen between the cracks and drop-outs, cumulative; and, per 100 needs registered, needs met, drop-outs,
 * needs between the cracks, needs recorded unmet and escalations. Lines are means over the replications, shaded
 * bands and error bars their 95% confidence intervals (Student t, as in {@link Estimate}). "Needs met" is the one
 * share {@link Metrics#NEEDS_MET_FRACTION} — needs met over needs registered — in the chart, the CSV files and
 * the README. The time axis is in whole years (runs of six years or more) or whole weeks.
 *
 * <p>{@link #sweepPng} draws the effect of closed-loop referral (the paired difference closed-loop minus
 * refer-and-forget) against the swept value, with 95% confidence intervals.
 *
 * <p>Only the PNG back-end is used (javax.imageio); no vector back-end is on the class path.
 */
public final class PolicyChart {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 440;
  private static final int HEADING_LINE = 26;
  private static final Color[] COLOURS = {new Color(0xC0, 0x39, 0x2B), new Color(0x1F, 0x77, 0xB4)};
  private static final ImmutableList<String> BARS = ImmutableList.of(Metrics.NEEDS_MET, Metrics.DROP_OUTS,
      Metrics.NEEDS_BETWEEN_CRACKS, Metrics.NEEDS_UNMET_RECORDED, Metrics.ESCALATIONS);
  private static final ImmutableList<String> BAR_LABELS = ImmutableList.of("needs met", "drop-outs",
      "between the cracks", "recorded unmet", "escalations");
  private static final ImmutableList<String> EFFECTS = ImmutableList.of(Metrics.CLIENTS_BETWEEN_CRACKS,
      Metrics.NEEDS_MET_FRACTION, Metrics.DROP_OUTS, Metrics.ESCALATIONS);
  private static final ImmutableList<String> EFFECT_TITLES = ImmutableList.of("clients between the cracks",
      "needs met (percentage points)", "drop-outs from waiting lists", "escalations");

  private PolicyChart() {}

  /**
   * Draws the chart comparing the policies.
   *
   * @param result the results of a simulation, not null
   * @return the PNG file's bytes
   */
  public static byte[] png(SimulationResult result) {
    headless();
    boolean inYears = result.years() >= 6;
    List<Chart<?, ?>> charts = List.of(
        weekly(result, "Waiting lists, all agencies (end of week)", "clients waiting", RunMetrics.WAITING_TOTAL,
            false, inYears),
        weekly(result, "Clients fallen between the cracks (cumulative)", "clients",
            Metrics.CLIENTS_BETWEEN_CRACKS, true, inYears),
        weekly(result, "Drop-outs from waiting lists (cumulative)", "drop-outs", Metrics.DROP_OUTS, true, inYears),
        bars(result));
    return compose(charts, 2, heading(result.config(), result.seed(), result.years(), result.replications()));
  }

  /**
   * Draws the effect of closed-loop referral against the swept value: four panels of the paired difference
   * closed-loop minus refer-and-forget (clients between the cracks, needs met, drop-outs, escalations), each a
   * mean with its 95% confidence interval at every grid point.
   *
   * @param result the results of a sweep, not null
   * @return the PNG file's bytes
   */
  public static byte[] sweepPng(Sweep.Result result) {
    headless();
    List<Chart<?, ?>> charts = new ArrayList<>();
    double[] x = result.sweep().values().stream().mapToDouble(Double::doubleValue).toArray();
    for (int m = 0; m < EFFECTS.size(); m++) {
      String metric = EFFECTS.get(m);
      double scale = metric.equals(Metrics.NEEDS_MET_FRACTION) ? 100 : 1;
      XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
          .title("Closed-loop minus refer-and-forget: " + EFFECT_TITLES.get(m)).xAxisTitle(result.sweep().key())
          .yAxisTitle("difference (mean, 95% CI)").build();
      style(chart.getStyler());
      chart.getStyler().setLegendVisible(false);
      chart.getStyler().setXAxisDecimalPattern("0.###");
      chart.getStyler().setYAxisDecimalPattern(scale == 100 ? "0.0" : "#,##0");
      ImmutableList<Estimate> d = result.differences(metric);
      double[] y = new double[x.length];
      double[] err = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        y[i] = scale * d.get(i).mean();
        err[i] = Double.isNaN(d.get(i).halfWidth()) ? 0 : scale * d.get(i).halfWidth();
      }
      XYSeries s = chart.addSeries("difference", x, y, err);
      s.setLineColor(COLOURS[1]);
      s.setMarkerColor(COLOURS[1]);
      s.setMarker(SeriesMarkers.CIRCLE);
      chart.getStyler().setErrorBarsColor(COLOURS[1]);
      charts.add(chart);
    }
    SimulationResult first = result.points().get(0);
    return compose(charts, 2, "Effect of closed-loop referral against " + result.sweep().key() + ", from "
        + plain(x[0]) + " to " + plain(x[x.length - 1]) + " (" + x.length + " points, common random numbers)\n"
        + "base: " + heading(result.base(), first.seed(), first.years(), first.replications()));
  }

  private static String heading(SimulationConfig config, long seed, int years, int replications) {
    return String.format(Locale.ROOT, "%,.0f new clients a year, %d agencies, follow-up reliability %s · seed %d · "
        + "%d year%s · %d replications per policy · lines: means, bands and bars: 95%% CI",
        config.clientsPerYear(), config.agencies().size(), plain(config.closedLoop().followUpReliability()), seed,
        years, years == 1 ? "" : "s", replications);
  }

  private static String plain(double x) {
    return new java.math.BigDecimal(x).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }

  private static XYChart weekly(SimulationResult result, String title, String yTitle, String column,
      boolean cumulative, boolean inYears) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .xAxisTitle(inYears ? "years since the start" : "weeks since the start").yAxisTitle(yTitle).build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    chart.getStyler().setYAxisDecimalPattern("#,##0");
    // The axis runs from 0 to the end exactly, so XChart's ticks (steps of 1, 2 or 5 times a power of ten, at
    // least 90 pixels apart) fall on whole years, or whole weeks for runs shorter than six years.
    chart.getStyler().setXAxisTickMarkSpacingHint(90);
    chart.getStyler().setXAxisMin(0.0);
    chart.getStyler().setXAxisMax(inYears ? (double) result.years() : (double) result.weeks());
    chart.getStyler().setXAxisDecimalPattern("0.##");
    int weeks = result.weeks();
    double[] x = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      // The end of week w.
      x[w] = inYears ? (w + 1) * 7 / 365.2425 : w + 1;
    }
    Policy[] policies = Policy.values();
    for (int p = 0; p < policies.length; p++) {
      ImmutableList<RunResult> runs = result.runs(policies[p]);
      double[][] byRun = new double[runs.size()][];
      for (int r = 0; r < runs.size(); r++) {
        long[] v = runs.get(r).weekly().column(column);
        double[] y = new double[weeks];
        double sum = 0;
        for (int w = 0; w < weeks; w++) {
          sum = cumulative ? sum + v[w] : v[w];
          y[w] = sum;
        }
        byRun[r] = y;
      }
      double[] mean = new double[weeks];
      double[] lower = new double[weeks];
      double[] upper = new double[weeks];
      double[] atWeek = new double[runs.size()];
      for (int w = 0; w < weeks; w++) {
        for (int r = 0; r < runs.size(); r++) {
          atWeek[r] = byRun[r][w];
        }
        Estimate e = Estimate.of(atWeek);
        mean[w] = e.mean();
        lower[w] = Double.isNaN(e.halfWidth()) ? e.mean() : e.lower();
        upper[w] = Double.isNaN(e.halfWidth()) ? e.mean() : e.upper();
      }
      if (runs.size() > 1) {
        // The band: along the upper bound and back along the lower one, filled translucent.
        double[] bx = new double[2 * weeks];
        double[] by = new double[2 * weeks];
        for (int w = 0; w < weeks; w++) {
          bx[w] = x[w];
          by[w] = upper[w];
          bx[2 * weeks - 1 - w] = x[w];
          by[2 * weeks - 1 - w] = lower[w];
        }
        XYSeries band = chart.addSeries(policies[p].code() + " 95% CI", bx, by);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        Color c = COLOURS[p];
        band.setFillColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 60));
        band.setLineColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 0));
        band.setShowInLegend(false);
      }
      XYSeries s = chart.addSeries(policies[p].code(), x, mean);
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(COLOURS[p]);
    }
    return chart;
  }

  private static CategoryChart bars(SimulationResult result) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT)
        .title("Per 100 needs registered (mean and 95% CI)").yAxisTitle("per 100 needs registered").build();
    style(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setXAxisLabelRotation(15);
    Policy[] policies = Policy.values();
    for (int p = 0; p < policies.length; p++) {
      List<Number> means = new ArrayList<>();
      List<Number> errors = new ArrayList<>();
      for (String metric : BARS) {
        Estimate e = Estimate.of(result.runs(policies[p]).stream()
            .mapToDouble(r -> 100 * r.metric(metric) / Math.max(1, r.metric(Metrics.NEEDS))).toArray());
        means.add(e.mean());
        errors.add(Double.isNaN(e.halfWidth()) ? 0 : e.halfWidth());
      }
      chart.addSeries(policies[p].code(), BAR_LABELS, means, errors).setFillColor(COLOURS[p]);
    }
    return chart;
  }

  /** Lays panels out in a grid under a heading (one line per {@code \n}) and encodes the whole as one PNG. */
  private static byte[] compose(List<Chart<?, ?>> charts, int columns, String heading) {
    String[] lines = heading.split("\n");
    int top = 18 + lines.length * HEADING_LINE;
    int rows = (charts.size() + columns - 1) / columns;
    BufferedImage image = new BufferedImage(columns * WIDTH, top + rows * HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.setColor(Color.BLACK);
      for (int l = 0; l < lines.length; l++) {
        int size = 16;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, size));
        while (size > 9 && g.getFontMetrics().stringWidth(lines[l]) > image.getWidth() - 16) {
          g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, --size));
        }
        int textWidth = g.getFontMetrics().stringWidth(lines[l]);
        g.drawString(lines[l], Math.max(8, (image.getWidth() - textWidth) / 2), 28 + l * HEADING_LINE);
      }
      for (int i = 0; i < charts.size(); i++) {
        BufferedImage panel = BitmapEncoder.getBufferedImage(charts.get(i));
        g.drawImage(panel, (i % columns) * WIDTH, top + (i / columns) * HEIGHT, null);
      }
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void headless() {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setLegendBorderColor(new Color(0xCC, 0xCC, 0xCC));
    styler.setAntiAlias(true);
  }
}
