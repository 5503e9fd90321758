package org.auscult.training.kinds.ae;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class AutoencoderScorerTest {
  /** 2 mels, 2-frame context: 4-dimensional vectors. */
  private static final FeatureParameters F = new FeatureParameters(16000, 1024, 512, 2, 2, 1, 2, 1);

  @Test
  void zeroOutputNetworkScoresTheMeanSquareOfTheStandardisedVectors() {
    MultiLayerNetwork net = AutoencoderFactory.build(new AutoencoderSettings(1, 1e-3, 4, 3, 1, 2));
    net.getOutputLayer().params().assign(0); // reconstructs everything as 0
    Standardizer s = new Standardizer(new float[] {1, 1, 1, 1}, new float[] {2, 2, 2, 2});
    // frames (1, 2), (3, 4), (5, 6) → vectors [1 2 3 4], [3 4 5 6]
    // standardised (x − 1) / 2 → [0 .5 1 1.5], [1 1.5 2 2.5]
    // squares 0 + .25 + 1 + 2.25 + 1 + 2.25 + 4 + 6.25 = 17, over 8 values = 2.125
    double score = new AutoencoderScorer(net, s, F).score(new float[] {1, 2, 3, 4, 5, 6});
    assertThat(score).isCloseTo(2.125, within(1e-9));
  }

  @Test
  void scoreEqualsAnIndependentReconstructionErrorThroughNetOutput() {
    MultiLayerNetwork net = AutoencoderFactory.build(new AutoencoderSettings(2, 1e-3, 4, 3, 1, 2));
    Random random = new Random(8);
    float[] logMel = new float[7 * 2];
    for (int i = 0; i < logMel.length; i++) {
      logMel[i] = (float) random.nextGaussian() * 5 + 40;
    }
    Standardizer s = new Standardizer(new float[] {40, 41, 40, 41}, new float[] {5, 4, 5, 4});
    double[][] x = new double[6][4];
    for (int v = 0; v < 6; v++) {
      for (int j = 0; j < 4; j++) {
        x[v][j] = (logMel[2 * v + j] - s.mean()[j]) / s.std()[j];
      }
    }
    float[][] y = net.output(Nd4j.create(x).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT), false)
        .toFloatMatrix();
    double sum = 0;
    for (int v = 0; v < 6; v++) {
      for (int j = 0; j < 4; j++) {
        sum += (y[v][j] - x[v][j]) * (y[v][j] - x[v][j]);
      }
    }
    assertThat(new AutoencoderScorer(net, s, F).score(logMel)).isCloseTo(sum / 24, within(1e-5));
  }
}
