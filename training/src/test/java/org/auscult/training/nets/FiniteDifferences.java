package org.auscult.training.nets;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/** Central finite differences of a loss's summed score, to check its analytic gradient. */
final class FiniteDifferences {
  private FiniteDifferences() {}

  /**
   * d score / d preOutput[i][k] for every entry of the rank-2 {@code preOutput}, each from
   * {@code (score(x + h) − score(x − h)) / 2h} with the other entries held.
   */
  static double[][] of(ILossFunction loss, INDArray labels, INDArray preOutput,
      IActivation activation, double h) {
    int rows = (int) preOutput.size(0);
    int cols = (int) preOutput.size(1);
    double[][] numeric = new double[rows][cols];
    for (int i = 0; i < rows; i++) {
      for (int k = 0; k < cols; k++) {
        INDArray plus = preOutput.dup();
        plus.putScalar(i, k, preOutput.getDouble(i, k) + h);
        INDArray minus = preOutput.dup();
        minus.putScalar(i, k, preOutput.getDouble(i, k) - h);
        numeric[i][k] = (loss.computeScore(labels, plus, activation, null, false)
            - loss.computeScore(labels, minus, activation, null, false)) / (2 * h);
      }
    }
    return numeric;
  }
}
