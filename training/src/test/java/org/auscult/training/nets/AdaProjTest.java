package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.deeplearning4j.nn.conf.serde.JsonMappers;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

class AdaProjTest {
  private static final ActivationIdentity ID = new ActivationIdentity();

  @Test
  void eachClassBasisIsOrthonormal() {
    INDArray w = new AdaProj(3, 4, 6, 7, false).centres(DataType.DOUBLE);
    for (int c = 0; c < 3; c++) {
      INDArray q = w.get(NDArrayIndex.all(), NDArrayIndex.interval(c * 4, c * 4 + 4));
      INDArray gram = q.transpose().mmul(q);
      for (int i = 0; i < 4; i++) {
        for (int j = 0; j < 4; j++) {
          assertThat(gram.getDouble(i, j)).isCloseTo(i == j ? 1 : 0, within(1e-12));
        }
      }
    }
  }

  @Test
  void theLogitIsTheLengthOfTheProjectionOnTheClassSubspace() {
    // one direction per class in 2-D: the cosines are |e·w_c|, computed here by hand
    AdaProj loss = new AdaProj(2, 1, 2, 5, false);
    INDArray w = loss.centres(DataType.DOUBLE);
    double[] e = {0.6, -0.8};
    double c0 = Math.abs(e[0] * w.getDouble(0, 0) + e[1] * w.getDouble(1, 0));
    double c1 = Math.abs(e[0] * w.getDouble(0, 1) + e[1] * w.getDouble(1, 1));
    double s = loss.getScale();
    double expected = -Math.log(Math.exp(s * c1) / (Math.exp(s * c0) + Math.exp(s * c1)));
    INDArray y = Nd4j.createFromArray(new double[][] {{0, 1}});
    assertThat(loss.computeScore(y, Nd4j.createFromArray(new double[][] {e}), ID, null, true))
        .isCloseTo(expected, within(1e-12));
    assertThat(s).isEqualTo(1.0); // √2·ln(2·1 − 1) = 0, held at 1
  }

  @Test
  void anEmbeddingInItsOwnSubspaceCostsLessThanOneInAnother() {
    AdaProj loss = new AdaProj(4, 3, 16, 1, false);
    INDArray w = loss.centres(DataType.DOUBLE);
    // a mix of class 2's directions is in class 2's subspace however it is mixed
    INDArray own = w.getColumn(6).mul(0.8).add(w.getColumn(8).mul(0.6)).reshape(1, 16);
    INDArray other = w.getColumn(1).reshape(1, 16);
    INDArray y = Nd4j.createFromArray(new double[][] {{0, 0, 1, 0}});
    assertThat(loss.computeScore(y, own, ID, null, true))
        .isLessThan(loss.computeScore(y, other, ID, null, true));
  }

  @Test
  void gradientMatchesFiniteDifferencesForMixedLabels() {
    AdaProj loss = new AdaProj(3, 2, 5, 9, false);
    Nd4j.getRandom().setSeed(3);
    INDArray e = Nd4j.rand(DataType.DOUBLE, 2, 5).subi(0.5);
    INDArray y = Nd4j.createFromArray(new double[][] {{0.25, 0.75, 0}, {0, 0, 1}});
    INDArray g = loss.computeGradient(y, e, ID, null);
    double[][] numeric = FiniteDifferences.of(loss, y, e, ID, 1e-6);
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 5; k++) {
        assertThat(g.getDouble(i, k)).as("d/de[%d][%d]", i, k)
            .isCloseTo(numeric[i][k], within(1e-6));
      }
    }
  }

  @Test
  void theAdaptiveScaleFollowsTheMinibatch() {
    AdaProj loss = new AdaProj(8, 4, 32, 2, true);
    double before = loss.getScale();
    INDArray w = loss.centres(DataType.DOUBLE);
    INDArray e = Nd4j.create(DataType.DOUBLE, 4, 32);
    INDArray y = Nd4j.create(DataType.DOUBLE, 4, 8);
    for (int i = 0; i < 4; i++) {
      e.putRow(i, w.getColumn(i * 4));
      y.putScalar(i, i, 1);
    }
    loss.computeGradient(y, e, ID, null);
    assertThat(loss.getScale()).isPositive().isNotEqualTo(before);
  }

  @Test
  void roundTripsThroughDl4jsJsonAndRefusesASubspaceWiderThanTheEmbedding() throws Exception {
    AdaProj loss = new AdaProj(5, 3, 7, 11, true);
    String json = JsonMappers.getMapper().writeValueAsString(loss);
    AdaProj back = JsonMappers.getMapper().readValue(json, AdaProj.class);
    assertThat(back).isEqualTo(loss);
    assertThat(back.centres(DataType.FLOAT)).isEqualTo(loss.centres(DataType.FLOAT));
    assertThatThrownBy(() -> new AdaProj(3, 8, 4, 0, true))
        .hasMessageContaining("1 to dimension (4)");
  }
}
