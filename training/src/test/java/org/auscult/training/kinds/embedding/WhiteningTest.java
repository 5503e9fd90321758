package org.auscult.training.kinds.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhiteningTest {
  // five clip vectors of three dimensions; the expected values are scikit-learn 1.9.1's
  // sklearn.covariance.ledoit_wolf on these rows (shrinkage 0.8006934812760053) and the
  // Mahalanobis distance of (5, 5, 5) under its inverse
  private static final List<float[]> ROWS = List.of(new float[] {1, 2, 0},
      new float[] {3, 1, 1}, new float[] {2, 4, 1}, new float[] {0, 3, 3}, new float[] {4, 0, 2});

  @Test
  void theShrunkCovarianceIsLedoitWolfs() {
    double[][] x = new double[5][3];
    double[] mean = {2, 2, 1.4};
    for (int i = 0; i < 5; i++) {
      for (int k = 0; k < 3; k++) {
        x[i][k] = ROWS.get(i)[k] - mean[k];
      }
    }
    double[][] c = Whitening.shrunkCovariance(x);
    double[][] expected = {{1.74377809, -0.27902913, -0.0398613}, {-0.27902913, 1.74377809, 0},
        {-0.0398613, 0, 1.55244383}};
    for (int a = 0; a < 3; a++) {
      for (int b = 0; b < 3; b++) {
        assertThat(c[a][b]).isCloseTo(expected[a][b], within(1e-7));
      }
    }
  }

  @Test
  void euclideanLengthsAfterItAreMahalanobisDistances() {
    Whitening w = Whitening.fit(ROWS);
    float[] z = w.apply(new float[] {5, 5, 5});
    double norm = Math.sqrt(z[0] * z[0] + z[1] * z[1] + z[2] * z[2]);
    assertThat(norm).isCloseTo(4.585315576771054, within(1e-5));
    assertThat(w.apply(new float[] {2, 2, 1.4f})).containsExactly(new float[] {0, 0, 0},
        within(1e-6f));
  }

  @Test
  void identicalVectorsGiveAFiniteWhiteningAndOneVectorNone() {
    Whitening w = Whitening.fit(List.of(new float[] {1, 1}, new float[] {1, 1}));
    assertThat(w.apply(new float[] {1, 2})[1]).isFinite().isPositive();
    assertThatThrownBy(() -> Whitening.fit(List.of(new float[] {1, 1})))
        .hasMessageContaining("at least 2 vectors");
  }
}
