package org.auscult.training.kinds.classifier;

import java.util.Objects;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.Standardizer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The classifier's anomaly score: the mean over the clip's patches of
 * {@code log(1 − p) − log(p)}, p being the softmax probability of the clip's own class clipped to
 * {@code [ε, 1 − ε]} (the MobileNetV2 baseline's score; a clip its section's model cannot
 * recognise is anomalous).
 */
final class ClassifierScorer {
  /** The baseline's ε, the double machine epsilon. */
  public static final double DEFAULT_EPSILON = Math.ulp(1.0);

  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final double epsilon;

  ClassifierScorer(ComputationGraph network, Standardizer standardizer,
      FeatureParameters features, double epsilon) {
    this.network = Objects.requireNonNull(network, "network");
    this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
    this.features = Objects.requireNonNull(features, "features");
    if (!(epsilon > 0 && epsilon < 0.5)) {
      throw new IllegalArgumentException("epsilon must be in (0, 0.5), got " + epsilon);
    }
    this.epsilon = epsilon;
  }

  /** Softmax probabilities of each patch, {@code [patches][classes]}. */
  public float[][] probabilities(float[] logMel) {
    return network.outputSingle(false, PatchInputs.clipPatches(logMel, features, standardizer))
        .castTo(DataType.FLOAT).toFloatMatrix();
  }

  /** The anomaly score of a clip whose own class is {@code classIndex}. */
  public double score(float[] logMel, int classIndex) {
    return score(probabilities(logMel), classIndex, epsilon);
  }

  /** The score from per-patch probabilities; pure, for tests and other callers. */
  public static double score(float[][] probabilities, int classIndex, double epsilon) {
    if (probabilities.length == 0) {
      throw new IllegalArgumentException("no patches to score");
    }
    if (classIndex < 0 || classIndex >= probabilities[0].length) {
      throw new IllegalArgumentException("class index " + classIndex + " outside the model's "
          + probabilities[0].length + " classes");
    }
    double sum = 0;
    for (float[] row : probabilities) {
      double p = Math.min(Math.max(row[classIndex], epsilon), 1 - epsilon);
      sum += Math.log(1 - p) - Math.log(p);
    }
    return sum / probabilities.length;
  }
}
