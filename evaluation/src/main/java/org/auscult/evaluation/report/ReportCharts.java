package org.auscult.evaluation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.auscult.evaluation.metrics.RocCurve;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG plots, drawn with XChart off screen. */
final class ReportCharts {
  static {
    // plots are drawn into images only; never ask for a display (servers, Spark drivers, CI)
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 13);
  private static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
  private static final Color GRID = new Color(225, 225, 225);
  static final Color NORMAL = new Color(49, 130, 189);
  static final Color ANOMALY = new Color(230, 85, 13);
  private static final int HISTOGRAM_BINS = 24;

  /**
   * One ROC curve of a plot.
   *
   * @param name legend entry
   * @param curve the curve
   * @param colour line colour
   * @param dashed dashed (target) or solid (source)
   */
  record Curve(String name, RocCurve curve, Color colour, boolean dashed) {
  }

  private ReportCharts() {
  }

  /** ROC curves with the chance diagonal and a mark at the pAUC limit FPR 0.1. */
  static byte[] roc(String title, List<Curve> curves, int width, int height) {
    XYChart chart = base(title, width, height, "false-positive rate", "true-positive rate");
    chart.getStyler().setXAxisMin(0.0).setXAxisMax(1.0).setYAxisMin(0.0).setYAxisMax(1.0);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSE);
    chart.getStyler().setXAxisDecimalPattern("0.0").setYAxisDecimalPattern("0.0");
    guide(chart, "chance", new double[] {0, 1}, new double[] {0, 1});
    guide(chart, "FPR 0.1", new double[] {0.1, 0.1}, new double[] {0, 1});
    for (Curve c : curves) {
      XYSeries s = chart.addSeries(c.name(), c.curve().falsePositiveRates(),
          c.curve().truePositiveRates());
      s.setMarker(SeriesMarkers.NONE);
      s.setLineColor(c.colour());
      s.setLineStyle(c.dashed()
          ? new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
              new float[] {6f, 4f}, 0f)
          : new BasicStroke(1.8f));
    }
    return png(chart);
  }

  /** Overlaid histograms of normal and anomalous clips' scores on common bins, no title. */
  static byte[] histogram(double[] normal, double[] anomalous, int width, int height) {
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (double[] xs : new double[][] {normal, anomalous}) {
      for (double x : xs) {
        lo = Math.min(lo, x);
        hi = Math.max(hi, x);
      }
    }
    if (!(hi > lo)) {
      lo -= 0.5;
      hi += 0.5;
    }
    // round the axis out to a tick step of 1, 2 or 5 × 10^k so tick labels are short numbers
    double step = niceStep((hi - lo) / 4);
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    XYChart chart = base("", width, height, "anomaly score", "clips");
    chart.getStyler().setChartTitleVisible(false);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setXAxisMin(lo).setXAxisMax(hi);
    int decimals = Math.max(0, (int) -Math.floor(Math.log10(step)));
    chart.getStyler().setXAxisDecimalPattern(decimals == 0 ? "0" : "0." + "0".repeat(decimals));
    chart.getStyler().setYAxisDecimalPattern("0");
    steps(chart, "normal (" + normal.length + ")", normal, lo, hi, NORMAL);
    steps(chart, "anomalous (" + anomalous.length + ")", anomalous, lo, hi, ANOMALY);
    return png(chart);
  }

  /** The smallest of 1, 2, 5 × 10^k that is at least {@code raw}. */
  static double niceStep(double raw) {
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 5, 10}) {
      if (m * magnitude >= raw) {
        return m * magnitude;
      }
    }
    return 10 * magnitude;
  }

  private static void steps(XYChart chart, String name, double[] xs, double lo, double hi,
      Color colour) {
    double width = (hi - lo) / HISTOGRAM_BINS;
    double[] counts = new double[HISTOGRAM_BINS];
    for (double x : xs) {
      counts[Math.min((int) ((x - lo) / width), HISTOGRAM_BINS - 1)]++;
    }
    double[] edges = new double[HISTOGRAM_BINS + 1];
    for (int b = 0; b < HISTOGRAM_BINS; b++) {
      edges[b] = lo + b * width;
    }
    edges[HISTOGRAM_BINS] = hi; // exactly, so the x values never step back by a rounding
    // a closed outline: up at each left edge, across, down at the right end
    double[] px = new double[2 * HISTOGRAM_BINS + 2];
    double[] py = new double[px.length];
    px[0] = lo;
    for (int b = 0; b < HISTOGRAM_BINS; b++) {
      px[2 * b + 1] = edges[b];
      py[2 * b + 1] = counts[b];
      px[2 * b + 2] = edges[b + 1];
      py[2 * b + 2] = counts[b];
    }
    px[px.length - 1] = hi;
    XYSeries s = chart.addSeries(name, px, py);
    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(colour);
    s.setFillColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 80));
    s.setLineStyle(new BasicStroke(1.2f));
  }

  private static XYChart base(String title, int width, int height, String x, String y) {
    XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle(x)
        .yAxisTitle(y).build();
    chart.getStyler().setChartBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBackgroundColor(Color.WHITE);
    chart.getStyler().setPlotBorderColor(new Color(180, 180, 180));
    chart.getStyler().setPlotGridLinesColor(GRID);
    chart.getStyler().setChartTitleFont(TITLE);
    chart.getStyler().setLegendFont(SMALL);
    chart.getStyler().setAxisTitleFont(SMALL);
    chart.getStyler().setAxisTickLabelsFont(SMALL);
    chart.getStyler().setLegendBorderColor(new Color(200, 200, 200));
    chart.getStyler().setLegendSeriesLineLength(18);
    chart.getStyler().setChartPadding(6);
    chart.getStyler().setMarkerSize(0);
    return chart;
  }

  private static void guide(XYChart chart, String name, double[] x, double[] y) {
    XYSeries s = chart.addSeries(name, x, y);
    s.setMarker(SeriesMarkers.NONE);
    s.setLineColor(new Color(160, 160, 160));
    s.setLineStyle(SeriesLines.DOT_DOT);
    s.setShowInLegend(false);
  }

  private static byte[] png(XYChart chart) {
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot encode a chart as PNG", e);
    }
  }
}
