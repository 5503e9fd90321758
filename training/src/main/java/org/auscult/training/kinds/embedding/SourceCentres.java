package org.auscult.training.kinds.embedding;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.JDKRandomGenerator;

/**
 * The k-means centres of a section's source-domain training embeddings: k-means++ (commons-math3,
 * seeded) on the L2-normalised embeddings, so Euclidean k-means follows the cosine geometry the
 * score uses.
 */
final class SourceCentres {
  /** Lloyd iterations at most. */
  static final int MAX_ITERATIONS = 100;

  private SourceCentres() {}

  /** Up to {@code k} centres (fewer when there are fewer embeddings; none for none). */
  static float[][] fit(List<float[]> embeddings, int k, long seed) {
    if (k <= 0) {
      throw new IllegalArgumentException("k must be > 0, got " + k);
    }
    if (embeddings.isEmpty()) {
      return new float[0][];
    }
    List<DoublePoint> points = new ArrayList<>(embeddings.size());
    for (float[] e : embeddings) {
      points.add(new DoublePoint(unit(e)));
    }
    KMeansPlusPlusClusterer<DoublePoint> kmeans = new KMeansPlusPlusClusterer<>(
        Math.min(k, points.size()), MAX_ITERATIONS, new EuclideanDistance(),
        new JDKRandomGenerator((int) (seed ^ (seed >>> 32))));
    List<CentroidCluster<DoublePoint>> fitted = kmeans.cluster(points);
    float[][] centres = new float[fitted.size()][];
    for (int c = 0; c < centres.length; c++) {
      double[] p = fitted.get(c).getCenter().getPoint();
      centres[c] = new float[p.length];
      for (int i = 0; i < p.length; i++) {
        centres[c][i] = (float) p[i];
      }
    }
    return centres;
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
