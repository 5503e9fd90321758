package org.auscult.training.kind;

/** Scores clips one at a time with a model; not thread-safe (one per thread or task). */
@FunctionalInterface
public interface ClipScorer {

  /**
   * The clip's anomaly score (higher is more anomalous), or NaN when this model has no score for
   * the clip (a section it was not trained on); the score stage reports those and goes on.
   */
  double score(Clip clip);
}
