package org.auscult.training.kinds.embedding;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * Fits one section's {@link ReferenceSet} from the embeddings of its training clips: k-means++
 * (commons-math3, seeded) on the source clips, every target clip kept as is. Embeddings are
 * L2-normalised first, so Euclidean k-means follows the cosine geometry the score uses.
 */
public final class ReferenceSetFitter {
  /** Lloyd iterations at most. */
  static final int MAX_ITERATIONS = 100;

  private ReferenceSetFitter() {}

  /**
   * @param sourceEmbeddings clip embeddings of the section's source-domain training clips
   * @param targetEmbeddings clip embeddings of its target-domain training clips
   * @param k centres for the source clips (fewer if there are fewer clips)
   * @param seed k-means++ seeding
   */
  public static ReferenceSet fit(List<float[]> sourceEmbeddings, List<float[]> targetEmbeddings,
      int k, long seed) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be > 0, got " + k);
    }
    float[][] centres = new float[0][];
    if (!sourceEmbeddings.isEmpty()) {
      List<DoublePoint> points = new ArrayList<>(sourceEmbeddings.size());
      for (float[] e : sourceEmbeddings) {
        points.add(new DoublePoint(unit(e)));
      }
      int clusters = Math.min(k, points.size());
      KMeansPlusPlusClusterer<DoublePoint> kmeans = new KMeansPlusPlusClusterer<>(clusters,
          MAX_ITERATIONS, new EuclideanDistance(), new JDKRandomGenerator((int) (seed ^ (seed >>> 32))));
      List<CentroidCluster<DoublePoint>> fitted = kmeans.cluster(points);
      centres = new float[fitted.size()][];
      for (int c = 0; c < centres.length; c++) {
        double[] p = fitted.get(c).getCenter().getPoint();
        centres[c] = new float[p.length];
        for (int i = 0; i < p.length; i++) {
          centres[c][i] = (float) p[i];
        }
      }
    }
    float[][] targets = new float[targetEmbeddings.size()][];
    for (int i = 0; i < targets.length; i++) {
      targets[i] = targetEmbeddings.get(i).clone();
    }
    return new ReferenceSet(centres, targets);
  }

  private static double[] unit(float[] e) {
    double norm = 0;
    for (float v : e) {
      norm += (double) v * v;
    }
    norm = Math.sqrt(norm);
    double[] u = new double[e.length];
    for (int i = 0; i < e.length; i++) {
      u[i] = norm == 0 ? 0 : e[i] / norm;
    }
    return u;
  }
}
