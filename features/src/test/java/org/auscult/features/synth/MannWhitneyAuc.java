package org.auscult.features.synth;

/**
 * ROC AUC as the Mann–Whitney statistic: the probability that a random positive scores above a
 * random negative, ties counting half. O(n·m), enough for the calibration's few hundred clips; the
 * evaluation module's RocAuc replaces it there.
 */
final class MannWhitneyAuc {
  private MannWhitneyAuc() {
  }

  static double of(double[] positives, double[] negatives) {
    if (positives.length == 0 || negatives.length == 0) {
      throw new IllegalArgumentException("AUC needs positives and negatives, got "
          + positives.length + " and " + negatives.length);
    }
    double wins = 0.0;
    for (double p : positives) {
      for (double q : negatives) {
        wins += p > q ? 1.0 : p == q ? 0.5 : 0.0;
      }
    }
    return wins / ((double) positives.length * negatives.length);
  }
}
