package org.auscult.training.kinds.embedding;

import java.util.Arrays;

/**
 * One section's normal references and how far its normal clips usually lie from them, in one of
 * two geometries. <b>Cosine</b> ({@code whitening} null): the unit-norm embeddings, the k-means
 * centres of the section's source-domain training clips and every target-domain training clip
 * (there are few; each is its own reference). <b>Mahalanobis</b>: the clip vectors before
 * normalisation, whitened by the section's {@link Whitening}, the source clips' mean
 * and every whitened target clip, at Euclidean distances. A clip's score is the smaller of its
 * distance to the nearest source reference and to the nearest target clip, each divided by its
 * domain's scale, so the two domains' distances are comparable: without that, normal target clips
 * (few references, far from the source) score as more anomalous than source anomalies.
 *
 * @param sourceCentres {@code [k][dim]}; empty when the section has no source training clips
 * @param targets {@code [n][dim]}; empty when it has no target training clips
 * @param sourceScale the mean distance of the section's source training clips to their nearest
 *     source reference
 * @param targetScale the mean distance of each target training clip to its nearest other target
 *     clip
 * @param whitening the section's whitening for Mahalanobis distances; null for cosine distances
 */
record SectionReferences(float[][] sourceCentres, float[][] targets, double sourceScale,
    double targetScale, Whitening whitening) {

  SectionReferences {
    if (sourceCentres.length + targets.length == 0) {
      throw new IllegalArgumentException("a section's references need at least one point");
    }
    if (!(sourceScale > 0) || !(targetScale > 0)) {
      throw new IllegalArgumentException("scales must be > 0, got " + sourceScale + " and "
          + targetScale);
    }
  }

  /** The anomaly score of a clip's vector (its embedding, or its clip vector when whitened). */
  double score(float[] vector) {
    return scorePlaced(place(vector), -1);
  }

  /** A clip's vector in the references' space: whitened, or as it is for cosine distances. */
  float[] place(float[] vector) {
    return whitening == null ? vector : whitening.apply(vector);
  }

  /**
   * The score of a vector already {@link #place placed}, leaving out target clip {@code ownTarget}
   * (−1: none; a target training clip is scored against the others); infinite with no reference
   * left.
   */
  double scorePlaced(float[] v, int ownTarget) {
    boolean euclidean = whitening != null;
    double best = Double.POSITIVE_INFINITY;
    if (sourceCentres.length > 0) {
      best = nearest(v, sourceCentres, -1, euclidean) / sourceScale;
    }
    if (targets.length > 0) {
      best = Math.min(best, nearest(v, targets, ownTarget, euclidean) / targetScale);
    }
    return best;
  }

  /**
   * The smallest cosine (or Euclidean) distance from {@code e} to {@code points}, skipping index
   * {@code skip}.
   */
  static double nearest(float[] e, float[][] points, int skip, boolean euclidean) {
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < points.length; i++) {
      if (i != skip) {
        best = Math.min(best, euclidean ? euclideanDistance(e, points[i])
            : cosineDistance(e, points[i]));
      }
    }
    return best;
  }

  /** {@code ‖a − b‖}. */
  static double euclideanDistance(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and "
          + b.length);
    }
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      double d = (double) a[k] - b[k];
      sum += d * d;
    }
    return Math.sqrt(sum);
  }

  /** {@code 1 − a·b / (‖a‖‖b‖)}; 1 when either vector is zero. */
  static double cosineDistance(float[] a, float[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("vectors differ in length: " + a.length + " and "
          + b.length);
    }
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int k = 0; k < a.length; k++) {
      dot += (double) a[k] * b[k];
      na += (double) a[k] * a[k];
      nb += (double) b[k] * b[k];
    }
    return na == 0 || nb == 0 ? 1 : 1 - dot / Math.sqrt(na * nb);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SectionReferences r && Arrays.deepEquals(sourceCentres, r.sourceCentres)
        && Arrays.deepEquals(targets, r.targets) && sourceScale == r.sourceScale
        && targetScale == r.targetScale && java.util.Objects.equals(whitening, r.whitening);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(sourceCentres) + Arrays.deepHashCode(targets);
  }

  @Override
  public String toString() {
    return "SectionReferences[" + sourceCentres.length + " source centres, " + targets.length
        + " targets, scales " + sourceScale + ", " + targetScale
        + (whitening == null ? ", cosine" : ", whitened") + "]";
  }
}
