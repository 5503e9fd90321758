package org.auscult.evaluation.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A model's training and validation loss per epoch, as a PNG for its model folder. */
public final class LossCurveChart {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private LossCurveChart() {
  }

  /**
   * The PNG of the two curves; NaN validation losses (no validation clips) are left out.
   *
   * @param epochs epoch numbers, 1-based
   */
  public static byte[] png(String title, double[] epochs, double[] trainLoss,
      double[] validationLoss) {
    if (epochs.length == 0 || trainLoss.length != epochs.length
        || validationLoss.length != epochs.length) {
      throw new IllegalArgumentException("need one train and one validation loss per epoch");
    }
    XYChart chart = new XYChartBuilder().width(640).height(400).title(title)
        .xAxisTitle("epoch").yAxisTitle("loss (mean per example)").build();
    chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.InsideNE);
    chart.addSeries("training", epochs, trainLoss).setMarker(SeriesMarkers.CIRCLE);
    int n = 0;
    for (double v : validationLoss) {
      if (!Double.isNaN(v)) {
        n++;
      }
    }
    if (n > 0) {
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0, j = 0; i < epochs.length; i++) {
        if (!Double.isNaN(validationLoss[i])) {
          x[j] = epochs[i];
          y[j++] = validationLoss[i];
        }
      }
      chart.addSeries("validation", x, y).setMarker(SeriesMarkers.DIAMOND);
    }
    try {
      return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode the loss curve", e);
    }
  }
}
