package org.auscult.training.fit;

/** Gradient-boosted decision trees for a binary label, cross-validated. */
public interface BoostedTrees {

  /**
   * Out-of-fold probabilities of label 1: for each fold, trees fitted on the other folds score
   * that fold's rows. A fold is left unscored (NaN) when it is empty or the other folds lack one
   * of the labels.
   *
   * @param labels 0 or 1 per row
   * @param folds the fold of each row, in {@code [0, foldCount)}
   */
  double[] outOfFold(double[][] rows, double[] labels, int[] folds, int foldCount,
      int maxIterations, int maxDepth, long seed);
}
