package org.auscult.evaluation.metrics;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Scores sorted once, highest first, with their labels, so that ROC curves of the whole set or of
 * the set without one clip cost O(n) each (the jackknife takes n such curves).
 */
final class RankedScores {
  private final double[] score;
  private final boolean[] positive;
  /** rank of each original index, highest score = rank 0. */
  private final int[] rankOf;
  private final int positives;

  private RankedScores(double[] score, boolean[] positive, int[] rankOf, int positives) {
    this.score = score;
    this.positive = positive;
    this.rankOf = rankOf;
    this.positives = positives;
  }

  /** Ranks {@code scores}; checks lengths, finiteness and that both classes occur. */
  /** Fails, naming the first, when a score is NaN or infinite: no ranking or metric has one. */
  static void requireFinite(double[] scores) {
    for (int i = 0; i < scores.length; i++) {
      if (!Double.isFinite(scores[i])) {
        throw new IllegalArgumentException("score " + i + " is not finite: " + scores[i]);
      }
    }
  }

  static RankedScores of(boolean[] isPositive, double[] scores) {
    if (isPositive.length != scores.length) {
      throw new IllegalArgumentException("labels and scores differ in length: "
          + isPositive.length + " vs " + scores.length);
    }
    requireFinite(scores);
    int n = scores.length;
    int positives = 0;
    for (int i = 0; i < n; i++) {
      if (isPositive[i]) {
        positives++;
      }
    }
    if (positives == 0 || positives == n) {
      throw new IllegalArgumentException("ROC needs both classes, got " + positives
          + " positives among " + n + " scores");
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    // -0.0 and 0.0 compare as different here but are one tie group below (== is used there)
    Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
    double[] sorted = new double[n];
    boolean[] sortedPositive = new boolean[n];
    int[] rankOf = new int[n];
    for (int r = 0; r < n; r++) {
      sorted[r] = scores[order[r]];
      sortedPositive[r] = isPositive[order[r]];
      rankOf[order[r]] = r;
    }
    return new RankedScores(sorted, sortedPositive, rankOf, positives);
  }

  int size() {
    return score.length;
  }

  int positives() {
    return positives;
  }

  boolean isPositive(int originalIndex) {
    return positive[rankOf[originalIndex]];
  }

  /** The ROC curve of all clips. */
  RocCurve curve() {
    return curveWithout(-1);
  }

  /**
   * The ROC curve without the clip at {@code originalIndex} ({@code -1}: none). The caller makes
   * sure both classes remain.
   */
  RocCurve curveWithout(int originalIndex) {
    int skip = originalIndex < 0 ? -1 : rankOf[originalIndex];
    int n = score.length;
    int p = positives - (skip >= 0 && positive[skip] ? 1 : 0);
    int negatives = n - (skip >= 0 ? 1 : 0) - p;
    double[] fpr = new double[n + 1];
    double[] tpr = new double[n + 1];
    int points = 1; // (0, 0)
    int tp = 0;
    int fp = 0;
    for (int r = 0; r < n; r++) {
      if (r == skip) {
        continue;
      }
      if (positive[r]) {
        tp++;
      } else {
        fp++;
      }
      int next = r + 1 == skip ? r + 2 : r + 1;
      // a point at the end of each group of equal scores
      if (next >= n || score[next] != score[r]) {
        fpr[points] = (double) fp / negatives;
        tpr[points] = (double) tp / p;
        points++;
      }
    }
    return new RocCurve(Arrays.copyOf(fpr, points), Arrays.copyOf(tpr, points));
  }
}
