package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;

class AdaptiveLossesTest {
  /** Six examples of 16 × 8 log-mel, two of each of three classes (one-hot). */
  private static DataSet batch() {
    Nd4j.getRandom().setSeed(4);
    INDArray x = Nd4j.rand(DataType.FLOAT, 6, 1, 16, 8);
    INDArray y = Nd4j.zeros(DataType.FLOAT, 6, 3);
    for (int i = 0; i < 6; i++) {
      y.putScalar(i, i % 3, 1);
    }
    return new DataSet(x, y);
  }

  @Test
  void adaptingMovesTheScaleAsAStepWouldAndNoParameter() {
    EmbeddingSettings settings = new EmbeddingSettings(EmbeddingFactoryTest.TINY, "adacos", 3, 2);
    ComputationGraph net = EmbeddingFactory.build(settings);
    // another build, not a clone: DL4J's clone shares the loss object with the original
    ComputationGraph trained = EmbeddingFactory.build(settings);
    trained.fit(batch());
    INDArray before = net.params().dup();
    double start = AdaptiveLosses.scales(net)[0];
    assertThat(AdaptiveLosses.scales(trained)[0]).isNotEqualTo(start);

    AdaptiveLosses.adaptTo(net, batch());

    assertThat(AdaptiveLosses.scales(net)[0]).isNotEqualTo(start)
        .isEqualTo(AdaptiveLosses.scales(trained)[0]);
    assertThat(net.params()).isEqualTo(before);
  }

  @Test
  void adaptingKeepsTheOptimisersStateOfEitherKindOfNetwork() {
    ComputationGraph graph = EmbeddingFactory.build(
        new EmbeddingSettings(EmbeddingFactoryTest.TINY, "adacos", 3, 2));
    graph.fit(batch());
    INDArray graphState = graph.getUpdater().getStateViewArray().dup();
    AdaptiveLosses.adaptTo(graph, batch());
    assertThat(graph.getUpdater().getStateViewArray()).isEqualTo(graphState);

    MultiLayerNetwork dense = denseWithAdaCos();
    DataSet flat = new DataSet(batch().getFeatures().reshape(6, 128), batch().getLabels());
    dense.fit(flat);
    INDArray denseState = dense.getUpdater().getStateViewArray().dup();
    double start = AdaptiveLosses.scales(dense)[0];
    AdaptiveLosses.adaptTo(dense, flat);
    assertThat(AdaptiveLosses.scales(dense)[0]).isNotEqualTo(start);
    assertThat(dense.getUpdater().getStateViewArray()).isEqualTo(denseState);
  }

  /** 128 inputs → 5-dimensional embedding → sub-cluster AdaCos over 3 classes × 2, Adam. */
  private static MultiLayerNetwork denseWithAdaCos() {
    MultiLayerNetwork net = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(5)
        .updater(new Adam(1e-2)).list()
        .layer(new DenseLayer.Builder().nIn(128).nOut(5).activation(Activation.IDENTITY).build())
        .layer(new LossLayer.Builder(new SubclusterAdaCos(3, 2, 5, 7, true))
            .activation(Activation.IDENTITY).build())
        .build());
    net.init();
    return net;
  }

  @Test
  void onlyAdaptiveAngularLossesCount() {
    assertThat(AdaptiveLosses.present(EmbeddingFactory.build(
        new EmbeddingSettings(EmbeddingFactoryTest.TINY, "adaproj", 3, 2)))).isTrue();
    assertThat(AdaptiveLosses.present(EmbeddingFactory.build(
        new EmbeddingSettings(EmbeddingFactoryTest.TINY, "triplet", 3, 2)))).isFalse();
    assertThat(AdaptiveLosses.scales(EmbeddingFactory.build(
        new EmbeddingSettings(EmbeddingFactoryTest.TINY, "triplet", 3, 2)))).isEmpty();
  }
}
