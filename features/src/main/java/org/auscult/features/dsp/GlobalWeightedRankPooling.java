package org.auscult.features.dsp;

import java.util.Arrays;

/**
 * Global weighted rank pooling (gwrp), the LY system's cheap clip vector: per mel band, the
 * band's values over all frames sorted in descending order x₍₀₎ ≥ x₍₁₎ ≥ …, averaged with
 * weights r^i: {@code Σ r^i·x₍ᵢ₎ / Σ r^i}. r = 1 gives the mean, r = 0 the maximum (0⁰ = 1),
 * values between lean towards the loudest frames. The r of each machine type is configuration:
 * {@link GwrpDecays}.
 */
public final class GlobalWeightedRankPooling {

  private GlobalWeightedRankPooling() {
  }

  /** The pooled vector of a frame-major log-mel matrix: one value per mel band. */
  public static double[] pool(float[] logmel, int nFrames, int nMels, double r) {
    Require.atLeast("nFrames", nFrames, 1);
    Require.atLeast("nMels", nMels, 1);
    Require.length("logmel", logmel.length, (long) nFrames * nMels);
    if (!(r >= 0.0 && r <= 1.0)) {
      throw new IllegalArgumentException("decay r must be in [0, 1], got " + r);
    }
    double[] pooled = new double[nMels];
    if (r == 1.0) {
      // every rank weighs 1: the mean, and no sort (which costs more than the log-mel itself)
      for (int t = 0; t < nFrames; t++) {
        for (int m = 0; m < nMels; m++) {
          pooled[m] += logmel[t * nMels + m];
        }
      }
      for (int m = 0; m < nMels; m++) {
        pooled[m] /= nFrames;
      }
      return pooled;
    }
    float[] band = new float[nFrames];
    for (int m = 0; m < nMels; m++) {
      for (int t = 0; t < nFrames; t++) {
        band[t] = logmel[t * nMels + m];
      }
      Arrays.sort(band); // ascending: rank i is band[nFrames − 1 − i]
      double weight = 1.0; // r^0, also for r = 0
      double weightedSum = 0.0;
      double weightSum = 0.0;
      // Stop once r^i underflows to 0: the rest add nothing (and 0·∞ would add NaN).
      for (int i = 0; i < nFrames && weight != 0.0; i++) {
        weightedSum += weight * band[nFrames - 1 - i];
        weightSum += weight;
        weight *= r;
      }
      pooled[m] = weightedSum / weightSum;
    }
    return pooled;
  }
}
