package org.auscult.training.kinds.embedding;

import java.util.Arrays;
import java.util.Objects;

/**
 * The embedding scorer's reference points for one section, fitted on training clips only: k-means
 * centres of the source-domain clip embeddings and every target-domain clip embedding (there are
 * few target clips, each one its own reference, which serves domain generalisation).
 *
 * @param sourceCentres {@code [k][embeddingSize]}
 * @param targetEmbeddings {@code [nTarget][embeddingSize]}
 */
public record ReferenceSet(float[][] sourceCentres, float[][] targetEmbeddings) {
  public ReferenceSet {
    Objects.requireNonNull(sourceCentres, "sourceCentres");
    Objects.requireNonNull(targetEmbeddings, "targetEmbeddings");
    if (sourceCentres.length + targetEmbeddings.length == 0) {
      throw new IllegalArgumentException("a reference set needs at least one point");
    }
    int dim = -1;
    for (float[][] points : new float[][][] {sourceCentres, targetEmbeddings}) {
      for (float[] p : points) {
        if (dim < 0) {
          dim = p.length;
        } else if (p.length != dim) {
          throw new IllegalArgumentException("reference points differ in length: " + dim + " and "
              + p.length);
        }
      }
    }
  }

  /** Every reference point, source centres first. */
  public float[][] points() {
    float[][] all = Arrays.copyOf(sourceCentres, sourceCentres.length + targetEmbeddings.length);
    System.arraycopy(targetEmbeddings, 0, all, sourceCentres.length, targetEmbeddings.length);
    return all;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReferenceSet r && Arrays.deepEquals(sourceCentres, r.sourceCentres)
        && Arrays.deepEquals(targetEmbeddings, r.targetEmbeddings);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.deepHashCode(sourceCentres) + Arrays.deepHashCode(targetEmbeddings);
  }

  @Override
  public String toString() {
    return "ReferenceSet[" + sourceCentres.length + " source centres, " + targetEmbeddings.length
        + " target embeddings]";
  }
}
