package org.auscult.training.nets;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The never-trained class centres of the angular losses: {@code classes × perClass} columns of
 * dimension {@code dimension}, class-major, drawn from a seeded Gaussian and scaled to unit length,
 * optionally made orthonormal within each class (a basis of the class's subspace).
 */
final class FixedCentres {
  private FixedCentres() {}

  /** Unit columns, {@code [dimension, classes·perClass]}. */
  static double[][] unit(int dimension, int columns, long seed) {
    Random r = new Random(seed);
    double[][] w = new double[dimension][columns];
    for (int j = 0; j < columns; j++) {
      double norm = 0;
      for (int i = 0; i < dimension; i++) {
        w[i][j] = r.nextGaussian();
        norm += w[i][j] * w[i][j];
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < dimension; i++) {
        w[i][j] /= norm;
      }
    }
    return w;
  }

  /**
   * {@link #unit} with each class's {@code perClass} columns made orthonormal by Gram–Schmidt, in
   * column order (twice, for rounding), so the class's columns are a basis of the subspace they
   * span.
   *
   * @throws IllegalArgumentException when a class has more columns than dimensions
   */
  static double[][] orthonormalPerClass(int dimension, int classes, int perClass, long seed) {
    if (perClass > dimension) {
      throw new IllegalArgumentException(perClass + " basis vectors per class cannot be "
          + "orthonormal in " + dimension + " dimensions");
    }
    double[][] w = unit(dimension, classes * perClass, seed);
    for (int c = 0; c < classes; c++) {
      for (int k = 0; k < perClass; k++) {
        int j = c * perClass + k;
        for (int pass = 0; pass < 2; pass++) {
          for (int l = c * perClass; l < j; l++) {
            double dot = 0;
            for (int i = 0; i < dimension; i++) {
              dot += w[i][j] * w[i][l];
            }
            for (int i = 0; i < dimension; i++) {
              w[i][j] -= dot * w[i][l];
            }
          }
        }
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
          norm += w[i][j] * w[i][j];
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < dimension; i++) {
          w[i][j] /= norm;
        }
      }
    }
    return w;
  }

  /**
   * {@code w} as an array of {@code type} made outside DL4J's workspaces: a loss keeps its centres
   * across minibatches, and workspace memory is reused.
   */
  static INDArray array(double[][] w, DataType type) {
    try (MemoryWorkspace none = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
      return Nd4j.create(w).castTo(type);
    }
  }
}
