package org.auscult.evaluation.report;

import java.util.Locale;

/**
 * Cell colours for AUC-like values: white at chance (0.5), deepening green towards 1 and red
 * towards 0.2 and below, pale enough for black text to stay readable.
 */
final class ColourScale {
  private static final int[] GREEN = {90, 174, 97};
  private static final int[] RED = {214, 96, 77};
  /** How far towards the end colour a value at the end of the scale goes. */
  private static final double MAX_STRENGTH = 0.8;

  private ColourScale() {
  }

  /** A CSS colour for {@code value} in [0, 1]; white for NaN. */
  static String background(double value) {
    if (Double.isNaN(value)) {
      return "#ffffff";
    }
    double strength;
    int[] end;
    if (value >= 0.5) {
      strength = Math.min((value - 0.5) / 0.5, 1);
      end = GREEN;
    } else {
      strength = Math.min((0.5 - value) / 0.3, 1);
      end = RED;
    }
    strength *= MAX_STRENGTH;
    return String.format(Locale.ROOT, "rgb(%d,%d,%d)", mix(end[0], strength),
        mix(end[1], strength), mix(end[2], strength));
  }

  private static int mix(int channel, double strength) {
    return (int) Math.round(255 + (channel - 255) * strength);
  }
}
