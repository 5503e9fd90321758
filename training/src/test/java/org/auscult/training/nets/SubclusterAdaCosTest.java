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

class SubclusterAdaCosTest {
  private static final ActivationIdentity ID = new ActivationIdentity();

  /** Unit rows: an embedding pointing at the given centre column of {@code loss}. */
  private static INDArray at(SubclusterAdaCos loss, int... columns) {
    INDArray w = loss.centres(DataType.DOUBLE);
    INDArray e = Nd4j.create(DataType.DOUBLE, columns.length, w.rows());
    for (int i = 0; i < columns.length; i++) {
      e.putRow(i, w.getColumn(columns[i]));
    }
    return e;
  }

  @Test
  void theScoreIsTheCrossEntropyOfTheClassProbabilitiesSummedOverSubclusters() {
    SubclusterAdaCos loss = new SubclusterAdaCos(3, 2, 4, 5, false);
    INDArray e = Nd4j.createFromArray(new double[][] {{0.5, 0.5, 0.5, 0.5}});
    INDArray y = Nd4j.createFromArray(new double[][] {{0, 1, 0}});
    INDArray cos = e.mmul(loss.centres(DataType.DOUBLE));
    double s = loss.getScale();
    double[] p = new double[6];
    double z = 0;
    for (int j = 0; j < 6; j++) {
      p[j] = Math.exp(s * cos.getDouble(0, j));
      z += p[j];
    }
    double expected = -Math.log((p[2] + p[3]) / z);
    assertThat(loss.computeScore(y, e, ID, null, true)).isCloseTo(expected, within(1e-12));
    assertThat(s).isCloseTo(Math.sqrt(2) * Math.log(5), within(1e-12));
  }

  @Test
  void anEmbeddingOnItsOwnClassCostsLessThanOneOnAnother() {
    SubclusterAdaCos loss = new SubclusterAdaCos(4, 2, 16, 1, false);
    INDArray y = Nd4j.createFromArray(new double[][] {{0, 0, 1, 0}});
    double own = loss.computeScore(y, at(loss, 5), ID, null, true);
    double other = loss.computeScore(y, at(loss, 1), ID, null, true);
    assertThat(own).isLessThan(other);
  }

  @Test
  void gradientMatchesFiniteDifferencesForMixedLabels() {
    SubclusterAdaCos loss = new SubclusterAdaCos(3, 2, 5, 9, false);
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
    SubclusterAdaCos loss = new SubclusterAdaCos(8, 4, 32, 2, true);
    double before = loss.getScale();
    INDArray e = at(loss, 0, 4, 8, 12);
    INDArray y = Nd4j.create(DataType.DOUBLE, 4, 8);
    for (int i = 0; i < 4; i++) {
      y.putScalar(i, i, 1);
    }
    loss.computeGradient(y, e, ID, null);
    assertThat(loss.getScale()).isPositive().isNotEqualTo(before);
  }

  @Test
  void roundTripsThroughDl4jsJsonAndRefusesTooFewCentres() throws Exception {
    SubclusterAdaCos loss = new SubclusterAdaCos(5, 3, 7, 11, true);
    String json = JsonMappers.getMapper().writeValueAsString(loss);
    SubclusterAdaCos back = JsonMappers.getMapper().readValue(json, SubclusterAdaCos.class);
    assertThat(back).isEqualTo(loss);
    assertThat(back.centres(DataType.FLOAT)).isEqualTo(loss.centres(DataType.FLOAT));
    assertThatThrownBy(() -> new SubclusterAdaCos(1, 1, 4, 0, true))
        .hasMessageContaining("at least 2 centres");
  }
}
