package io.github.casework.examples.report;

import io.github.casework.examples.text.Dates;
import io.github.casework.id.AgencyId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Draws a finding's picture as inline SVG: a deadlock as a cycle of agencies with what each waits for on the arrows,
 * ping-pong as lanes of agencies with the hand-offs between them over time. Every text is escaped. Stateless.
 */
final class Diagrams {
  private static final int NODE_W = 200;
  private static final int NODE_H = 70;

  private Diagrams() {}

  /**
   * Draws a deadlock: the agencies on a circle, in waiting order, an arrow from each to the agency it waits for,
   * labelled with the need that must be solved first.
   */
  static String cycle(String id, Picture.Cycle cycle, Function<AgencyId, String> agencyName, ReportText text) {
    int n = cycle.steps().size();
    double radius = n == 2 ? 190 : 110 + 30 * n;
    int width = (int) Math.round(2 * radius + NODE_W + 40);
    int height = n == 2 ? 250 : (int) Math.round(2 * radius + NODE_H + 80);
    double cx = width / 2.0;
    double cy = height / 2.0;
    double[][] centres = new double[n][2];
    for (int i = 0; i < n; i++) {
      double angle = Math.PI + 2 * Math.PI * i / n;
      centres[i][0] = cx + radius * Math.cos(angle);
      centres[i][1] = cy + radius * Math.sin(angle);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg class=\"diagram cycle\" role=\"img\" viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", width, height, width, height));
    svg.append("<title>").append(Html.escape(text.deadlockCaption)).append("</title>");
    svg.append("<defs><marker id=\"").append(id).append("-arrow\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" "
        + "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" "
        + "fill=\"#b42318\"/></marker></defs>");
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Picture.Cycle.Step step = cycle.steps().get(i);
      double[] a = centres[i];
      double[] b = centres[(i + 1) % n];
      double sx;
      double sy;
      double ex;
      double ey;
      double qx;
      double qy;
      if (n == 2) {
        // Two agencies side by side: the first waits for the second over the top, the second for the first below.
        double side = i == 0 ? -1 : 1;
        sx = a[0] + (b[0] - a[0]) * 0.18;
        sy = a[1] + side * NODE_H / 2.0;
        ex = b[0] - (b[0] - a[0]) * 0.18;
        ey = b[1] + side * (NODE_H / 2.0 + 4);
        qx = (sx + ex) / 2;
        qy = sy + side * 150;
      } else {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        double nx = uy;
        double ny = -ux;
        double ts = border(ux, uy);
        sx = a[0] + ux * ts;
        sy = a[1] + uy * ts;
        ex = b[0] - ux * (ts + 4);
        ey = b[1] - uy * (ts + 4);
        qx = (sx + ex) / 2 + nx * 40;
        qy = (sy + ey) / 2 + ny * 40;
      }
      svg.append(String.format(Locale.ROOT, "<path class=\"wait\" d=\"M%.1f,%.1f Q%.1f,%.1f %.1f,%.1f\" "
          + "fill=\"none\" stroke=\"#b42318\" stroke-width=\"3\" marker-end=\"url(#%s-arrow)\"/>", sx, sy, qx, qy,
          ex, ey, id));
      double lx = 0.25 * sx + 0.5 * qx + 0.25 * ex;
      double ly = 0.25 * sy + 0.5 * qy + 0.25 * ey;
      String label = text.waitsFor + ": " + text.domain(step.waitsFor());
      double lw = 7.4 * label.length() + 24;
      labels.add(String.format(Locale.ROOT, "<g class=\"wait-label\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
          + "height=\"26\" rx=\"13\" fill=\"#fef3f2\" stroke=\"#fda29b\"/><text x=\"%.1f\" y=\"%.1f\" "
          + "text-anchor=\"middle\" font-size=\"13.5\" font-weight=\"600\" fill=\"#912018\">%s</text></g>",
          lx - lw / 2, ly - 13, lw, lx, ly + 5, Html.escape(label)));
    }
    for (int i = 0; i < n; i++) {
      Picture.Cycle.Step step = cycle.steps().get(i);
      double x = centres[i][0] - NODE_W / 2.0;
      double y = centres[i][1] - NODE_H / 2.0;
      svg.append(String.format(Locale.ROOT, "<g class=\"agency\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%d\" "
          + "height=\"%d\" rx=\"10\" fill=\"#ffffff\" stroke=\"#344054\" stroke-width=\"1.5\"/>", x, y, NODE_W,
          NODE_H));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"15\" "
          + "font-weight=\"700\" fill=\"#101828\">%s</text>", centres[i][0], y + 24,
          Html.escape(agencyName.apply(step.agency()))));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" "
          + "fill=\"#344054\">%s</text>", centres[i][0], y + 44,
          Html.escape(text.refuses + " " + text.domain(step.refuses()))));
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" "
          + "font-family=\"ui-monospace, monospace\" fill=\"#667085\">%s</text></g>", centres[i][0], y + 61,
          Html.escape(step.referral().value())));
    }
    labels.forEach(svg::append);
    return svg.append("</svg>").toString();
  }

  /** The distance from a box's centre to its border along a unit direction. */
  private static double border(double ux, double uy) {
    double tx = Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : (NODE_W / 2.0) / Math.abs(ux);
    double ty = Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : (NODE_H / 2.0) / Math.abs(uy);
    return Math.min(tx, ty);
  }

  /**
   * Draws ping-pong: one lane per agency, and each referral as an arrow from the sender's lane at the day it was
   * sent to the receiver's lane at the day it answered (or the day of the check, dashed, when it has not).
   */
  static String handOffs(String id, Picture.HandOffs p, Instant checkedAt, Function<AgencyId, String> agencyName,
      Dates dates, ReportText text) {
    List<AgencyId> lanes = new ArrayList<>();
    for (Picture.HandOffs.HandOff h : p.handOffs()) {
      if (!lanes.contains(h.from())) {
        lanes.add(h.from());
      }
      if (!lanes.contains(h.to())) {
        lanes.add(h.to());
      }
    }
    Instant first = p.handOffs().get(0).sentAt();
    Instant end = first;
    for (Picture.HandOffs.HandOff h : p.handOffs()) {
      Instant answered = h.answeredAt().orElse(checkedAt);
      if (answered.isAfter(end)) {
        end = answered;
      }
    }
    // The time axis ends a little after the last answer; the check is drawn at its end when it is later still.
    Instant last = end.plus(Duration.between(first, end).dividedBy(5));
    boolean checkLater = checkedAt.isAfter(last);
    if (!checkLater && checkedAt.isAfter(end)) {
      last = checkedAt;
    }
    int longest = 0;
    for (AgencyId lane : lanes) {
      longest = Math.max(longest, agencyName.apply(lane).length());
    }
    int laneGap = 96;
    int left = Math.max(150, 9 * longest + 40);
    int right = left + 500;
    int top = 46;
    int width = right + 80;
    int height = top + laneGap * (lanes.size() - 1) + 50;
    double span = Math.max(1, Duration.between(first, last).toMinutes());
    Function<Instant, Double> x = at -> left + (right - left) * Duration.between(first, at).toMinutes() / span;
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg class=\"diagram handoffs\" role=\"img\" viewBox=\"0 0 %d %d\" "
        + "width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">", width, height, width, height));
    svg.append("<title>").append(Html.escape(text.pingPongCaption)).append("</title>");
    svg.append("<defs><marker id=\"").append(id).append("-send\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" "
        + "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#c4320a\"/>"
        + "</marker><marker id=\"").append(id).append("-back\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" "
        + "markerWidth=\"6\" markerHeight=\"6\" orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#667085\"/>"
        + "</marker></defs>");
    for (int i = 0; i < lanes.size(); i++) {
      int y = top + laneGap * i;
      svg.append(String.format(Locale.ROOT, "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#eaecf0\" "
          + "stroke-width=\"8\" stroke-linecap=\"round\"/>", left - 12, y, right + 12, y));
      svg.append(String.format(Locale.ROOT, "<text class=\"lane\" x=\"%d\" y=\"%d\" text-anchor=\"end\" "
          + "font-size=\"14\" font-weight=\"700\" fill=\"#101828\">%s</text>", left - 24, y + 5,
          Html.escape(agencyName.apply(lanes.get(i)))));
    }
    double checkX = checkLater ? right + 30 : x.apply(checkedAt);
    svg.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#667085\" "
        + "stroke-dasharray=\"4 4\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" "
        + "fill=\"#667085\">%s</text>", checkX, top - 18, checkX, height - 14, checkX, top - 26,
        Html.escape(text.checkLine + " " + dates.dayMonth(checkedAt))));
    if (checkLater) {
      svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"16\" fill=\"#98a2b3\">…</text>",
          right + 12, top + 5));
    }
    int number = 0;
    for (Picture.HandOffs.HandOff h : p.handOffs()) {
      number++;
      int fromY = top + laneGap * lanes.indexOf(h.from());
      int toY = top + laneGap * lanes.indexOf(h.to());
      double sent = x.apply(h.sentAt());
      int dir = toY >= fromY ? 1 : -1;
      svg.append(String.format(Locale.ROOT, "<line class=\"handoff\" x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" "
          + "stroke=\"#c4320a\" stroke-width=\"3\" marker-end=\"url(#%s-send)\"/>", sent, fromY + dir * 11,
          sent + 10, toY - dir * 8, id));
      if (h.answeredAt().isPresent() && h.refused()) {
        double back = Math.max(sent + 26, x.apply(h.answeredAt().get()));
        svg.append(String.format(Locale.ROOT, "<path class=\"sent-back\" d=\"M%.1f,%d L%.1f,%d\" stroke=\"#667085\" "
            + "stroke-width=\"2\" stroke-dasharray=\"5 3\" fill=\"none\" marker-end=\"url(#%s-back)\"/>",
            sent + 12, toY - dir * 6, back, fromY + dir * 10, id));
        svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" "
            + "fill=\"#475467\">%s</text>", (sent + back) / 2 + 6, dir > 0 ? toY + 26 : toY - 17,
            Html.escape(text.sentBack + " " + dates.dayMonth(h.answeredAt().get()))));
      }
      svg.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%d\" r=\"11\" fill=\"#c4320a\"/><text "
          + "x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"12\" font-weight=\"700\" fill=\"#ffffff\">%d"
          + "</text>", sent, fromY, sent, fromY + 4, number));
      int labelY = dir > 0 ? fromY - 17 : fromY + 28;
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" "
          + "fill=\"#475467\">%s</text>", sent, labelY, Html.escape(text.handOff + " " + dates.dayMonth(h.sentAt()))));
    }
    return svg.append("</svg>").toString();
  }
}
