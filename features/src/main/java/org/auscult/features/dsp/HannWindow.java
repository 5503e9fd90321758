package org.auscult.features.dsp;

/** The periodic Hann window that librosa's STFT uses ({@code scipy.signal.get_window('hann', N)}). */
public final class HannWindow {

  private HannWindow() {
  }

  /**
   * {@code w[n] = 0.5 − 0.5·cos(2πn/N)}, n = 0…N−1: the first N points of a symmetric window of N + 1
   * points. Evaluated as scipy does, {@code 0.5 + 0.5·cos(−π + n·2π/N)}, so the values agree to the
   * last bit with the reference rather than to a rounding error.
   */
  public static double[] periodic(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("window length must be >= 1, got " + length);
    }
    double[] w = new double[length];
    double step = 2.0 * Math.PI / length;
    for (int n = 0; n < length; n++) {
      w[n] = 0.5 + 0.5 * Math.cos(n * step + -Math.PI);
    }
    return w;
  }
}
