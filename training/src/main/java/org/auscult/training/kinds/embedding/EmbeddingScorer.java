package org.auscult.training.kinds.embedding;

import java.util.Map;
import java.util.Objects;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.PatchInputs;
import org.auscult.training.inputs.Standardizer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The embedding model's anomaly score: the cosine distance from the clip's mean patch embedding to
 * the nearest point of its section's {@link ReferenceSet} (k-means centres of the source training
 * clips and every target training clip), fitted on training clips only.
 */
public final class EmbeddingScorer {
  private final ComputationGraph network;
  private final Standardizer standardizer;
  private final FeatureParameters features;
  private final Map<String, ReferenceSet> references;

  /**
   * @param references reference sets by section key; may be empty while only computing
   *     {@link #clipEmbedding} (as when fitting the references)
   */
  public EmbeddingScorer(ComputationGraph network, Standardizer standardizer,
      FeatureParameters features, Map<String, ReferenceSet> references) {
    this.network = Objects.requireNonNull(network, "network");
    this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
    this.features = Objects.requireNonNull(features, "features");
    this.references = Map.copyOf(references);
  }

  /** The mean of the clip's (unit-norm) patch embeddings. */
  public float[] clipEmbedding(float[] logMel) {
    float[][] patches = network.outputSingle(false,
        PatchInputs.clipPatches(logMel, features, standardizer)).castTo(DataType.FLOAT).toFloatMatrix();
    float[] mean = new float[patches[0].length];
    for (float[] p : patches) {
      for (int k = 0; k < mean.length; k++) {
        mean[k] += p[k] / patches.length;
      }
    }
    return mean;
  }

  /** The anomaly score of a clip of section {@code sectionKey}. */
  public double score(float[] logMel, String sectionKey) {
    ReferenceSet r = references.get(sectionKey);
    if (r == null) {
      throw new IllegalArgumentException("no reference set for section '" + sectionKey
          + "', the model has " + new java.util.TreeSet<>(references.keySet()));
    }
    return minCosineDistance(clipEmbedding(logMel), r);
  }

  /** {@code min over reference points q of 1 − cos(e, q)}. */
  public static double minCosineDistance(float[] embedding, ReferenceSet references) {
    double best = Double.POSITIVE_INFINITY;
    for (float[] q : references.points()) {
      best = Math.min(best, cosineDistance(embedding, q));
    }
    return best;
  }

  /** {@code 1 − a·b / (‖a‖‖b‖)}; 1 when either vector is zero. */
  public static double cosineDistance(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and " + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += (double) a[k] * b[k];
      na += (double) a[k] * a[k];
      nb += (double) b[k] * b[k];
    }
    if (na == 0 || nb == 0) {
      return 1;
    }
    return 1 - dot / Math.sqrt(na * nb);
  }
}
