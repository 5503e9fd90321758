package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class BatchHardTripletLossTest {
  private final BatchHardTripletLoss loss = new BatchHardTripletLoss(0.2);

  /**
   * x0 = (1, 0), x1 = (0, 1), x2 = (−1, 0), x3 = (0.6, 0.8), x4 = (5, 5); labels 0, 0, 1, 1, 2.
   * Squared distances: d01 = 2, d02 = 4, d03 = 0.8, d12 = 2, d13 = 0.4, d23 = 3.2; x4 is ≥ 18.6
   * from everything.
   * <pre>
   * anchor 0: hardest positive d01 = 2,   hardest negative min(d02, d03) = 0.8 → 2 − 0.8 + 0.2 = 1.4
   * anchor 1: hardest positive d01 = 2,   hardest negative min(d12, d13) = 0.4 → 2 − 0.4 + 0.2 = 1.8
   * anchor 2: hardest positive d23 = 3.2, hardest negative min(d02, d12) = 2   → 3.2 − 2 + 0.2 = 1.4
   * anchor 3: hardest positive d23 = 3.2, hardest negative min(d03, d13) = 0.4 → 3.2 − 0.4 + 0.2 = 3.0
   * anchor 4: no positive in the batch → 0
   * </pre>
   * Sum 7.6; averaged over the 5 examples 1.52.
   */
  @Test
  void scoreOfAHandMadeBatch() {
    INDArray x = Nd4j.createFromArray(new double[][] {
        {1, 0}, {0, 1}, {-1, 0}, {0.6, 0.8}, {5, 5}});
    INDArray labels = Nd4j.createFromArray(new double[][] {{0}, {0}, {1}, {1}, {2}});
    ActivationIdentity identity = new ActivationIdentity();

    assertThat(loss.computeScore(labels, x, identity, null, false)).isCloseTo(7.6, within(1e-12));
    assertThat(loss.computeScore(labels, x, identity, null, true)).isCloseTo(1.52, within(1e-12));
    assertThat(loss.computeScoreArray(labels, x, identity, null).toDoubleVector())
        .containsExactly(new double[] {1.4, 1.8, 1.4, 3.0, 0}, within(1e-12));
    // the same labels one-hot
    INDArray oneHot = Nd4j.createFromArray(new double[][] {
        {1, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 1, 0}, {0, 0, 1}});
    assertThat(loss.computeScore(oneHot, x, identity, null, false)).isCloseTo(7.6, within(1e-12));
  }

  @Test
  void wellSeparatedClassesCostNothing() {
    // within-class squared distance 0.01, between classes ≥ 3.6: every hinge is negative
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {0.9, 0}, {-1, 0}, {-0.9, 0}});
    INDArray labels = Nd4j.createFromArray(new double[][] {{0}, {0}, {1}, {1}});
    assertThat(loss.computeScore(labels, x, new ActivationIdentity(), null, false)).isZero();
    assertThat(loss.computeGradient(labels, x, new ActivationIdentity(), null)
        .amaxNumber().doubleValue()).isZero();
  }

  @Test
  void maskedExamplesAreNeitherAnchorsNorCandidates() {
    // masking x3 (label 1) removes anchor 3 and changes anchor 2's positive: none left → 0
    // anchor 0: pos 2, neg d02 = 4 → 2 − 4 + 0.2 < 0 → 0; anchor 1: 2 − 2 + 0.2 = 0.2
    INDArray x = Nd4j.createFromArray(new double[][] {{1, 0}, {0, 1}, {-1, 0}, {0.6, 0.8}});
    INDArray labels = Nd4j.createFromArray(new double[][] {{0}, {0}, {1}, {1}});
    INDArray mask = Nd4j.createFromArray(new double[][] {{1}, {1}, {1}, {0}});
    assertThat(loss.computeScore(labels, x, new ActivationIdentity(), mask, false))
        .isCloseTo(0.2, within(1e-12));
  }

  @Test
  void gradientMatchesFiniteDifferences() {
    // random activations through tanh, so the activation's backprop is exercised as well
    Random random = new Random(3);
    double[][] raw = new double[8][3];
    for (double[] row : raw) {
      for (int k = 0; k < row.length; k++) {
        row[k] = random.nextGaussian();
      }
    }
    INDArray pre = Nd4j.createFromArray(raw);
    INDArray labels = Nd4j.createFromArray(new double[][] {
        {0}, {0}, {0}, {1}, {1}, {2}, {2}, {2}});
    ActivationTanH tanh = new ActivationTanH();
    BatchHardTripletLoss wide = new BatchHardTripletLoss(1.0); // most hinges active
    INDArray analytic = wide.computeGradient(labels, pre, tanh, null);
    double[][] fd = FiniteDifferences.of(wide, labels, pre, tanh, 1e-6);
    int checked = 0;
    for (int i = 0; i < raw.length; i++) {
      for (int k = 0; k < raw[i].length; k++) {
        double numeric = fd[i][k];
        assertThat(analytic.getDouble(i, k)).as("d/dx[%d][%d]", i, k)
            .isCloseTo(numeric, within(1e-6));
        if (numeric != 0) {
          checked++;
        }
      }
    }
    assertThat(checked).as("entries with a non-zero gradient").isGreaterThan(12);
    assertThat(pre.dataType()).isEqualTo(DataType.DOUBLE);
  }

  @Test
  void equalsHashCodeAndMarginRoundTripForJackson() {
    BatchHardTripletLoss a = new BatchHardTripletLoss();
    a.setMargin(0.5);
    assertThat(a).isEqualTo(new BatchHardTripletLoss(0.5)).hasSameHashCodeAs(new BatchHardTripletLoss(0.5));
    assertThat(a).isNotEqualTo(new BatchHardTripletLoss());
    assertThat(new BatchHardTripletLoss().getMargin()).isEqualTo(0.2);
  }
}
