package org.auscult.training.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.auscult.training.nets.AutoencoderFactory;
import org.auscult.training.nets.AutoencoderSettings;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingFactory;
import org.auscult.training.nets.EmbeddingSettings;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

class LearningRatesTest {

  @Test
  void theNewStepSizeIsTheOneTheUpdaterTakes() {
    MultiLayerNetwork ae = autoencoder();
    assertThat(LearningRates.of(ae)).isEqualTo(1e-3);
    // two networks, not a clone: a clone shares its layers' updater configuration
    MultiLayerNetwork faster = autoencoder();
    LearningRates.set(faster, 2.5e-3);
    assertThat(LearningRates.of(faster)).isEqualTo(2.5e-3);
    assertThat(LearningRates.of(ae)).isEqualTo(1e-3);

    // Adam's first step moves each weight by about the step size (g / |g|), so the largest move of
    // the first layer's weights is the step size itself (batch norm's running statistics move
    // otherwise)
    Nd4j.getRandom().setSeed(7);
    INDArray x = Nd4j.rand(DataType.FLOAT, 32, 64);
    DataSet batch = new DataSet(x, x);
    assertThat(firstStep(ae, batch)).isCloseTo(1e-3, within(1e-5));
    assertThat(firstStep(faster, batch)).isCloseTo(2.5e-3, within(2.5e-5));
  }

  @Test
  void aGraphIsSetInEveryLayer() {
    ComputationGraph g = EmbeddingFactory.build(new EmbeddingSettings(
        new ClipEncoderSettings(4, 1e-3, 128, 64, List.of(4), 8), "adacos", 3, 2));
    assertThat(LearningRates.of(g)).isEqualTo(1e-3);
    LearningRates.set(g, 4e-3);
    for (var layer : g.getLayers()) {
      Double rate = g.getLearningRate(layer.conf().getLayer().getLayerName());
      assertThat(rate == null || rate == 4e-3).as(layer.conf().getLayer().getLayerName()).isTrue();
    }
    assertThat(LearningRates.of(g)).isEqualTo(4e-3);
    assertThatThrownBy(() -> LearningRates.set(g, 0)).hasMessageContaining("> 0, got 0.0");
  }

  private static MultiLayerNetwork autoencoder() {
    return AutoencoderFactory.build(new AutoencoderSettings(3, 1e-3, 64, 16, 1, 4));
  }

  private static double firstStep(MultiLayerNetwork network, DataSet batch) {
    INDArray before = network.getLayer(0).getParam("W").dup();
    network.fit(batch);
    return Transforms.abs(network.getLayer(0).getParam("W").sub(before)).maxNumber()
        .doubleValue();
  }
}
