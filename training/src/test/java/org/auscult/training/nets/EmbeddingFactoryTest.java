package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.L2NormalizeVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

class EmbeddingFactoryTest {
  /** A small trunk on 16 × 32 patches keeps these tests fast; the wiring is the same. */
  private static EmbeddingSettings small(int embeddingSize, List<Integer> channels) {
    return new EmbeddingSettings(5, 1e-3, embeddingSize, 0.2,
        new CnnTrunkSettings(16, 32, channels, 2, CnnTrunkSettings.Architecture.PLAIN, 4));
  }

  @Test
  void graphEndsInL2NormalisationAndTheTripletLossLayer() {
    ComputationGraph net = EmbeddingFactory.build(EmbeddingSettings.quick(1));
    ComputationGraphConfiguration conf = net.getConfiguration();
    assertThat(conf.getVertices().get(EmbeddingFactory.EMBEDDING))
        .isInstanceOf(L2NormalizeVertex.class);
    LossLayer loss = (LossLayer) ((LayerVertex) conf.getVertices().get(EmbeddingFactory.OUTPUT))
        .getLayerConf().getLayer();
    assertThat(loss.getLossFn()).isEqualTo(new BatchHardTripletLoss(0.2));
    assertThat(conf.getNetworkInputs()).containsExactly(EmbeddingFactory.INPUT);
    assertThat(conf.getNetworkOutputs()).containsExactly(EmbeddingFactory.OUTPUT);
    INDArray out = net.outputSingle(Nd4j.rand(DataType.FLOAT, 3, 1, 64, 128));
    assertThat(out.shape()).containsExactly(3, 128);
  }

  @Test
  void embeddingsHaveUnitNormAndEqualTheNormalisationVertex() {
    ComputationGraph net = EmbeddingFactory.build(small(16, List.of(4, 8)));
    INDArray x = Nd4j.rand(DataType.FLOAT, 5, 1, 16, 32).subi(0.5).muli(20);
    INDArray out = net.outputSingle(x);
    INDArray norms = out.norm2(1);
    for (int i = 0; i < 5; i++) {
      assertThat(norms.getDouble(i)).isCloseTo(1.0, within(1e-5));
    }
    INDArray vertex = net.feedForward(x, false).get(EmbeddingFactory.EMBEDDING);
    assertThat(vertex).isEqualTo(out);
  }

  @Test
  void saveAndLoadGiveIdenticalEmbeddings() throws IOException {
    ComputationGraph net = EmbeddingFactory.build(small(8, List.of(4)));
    INDArray x = Nd4j.rand(DataType.FLOAT, 4, 1, 16, 32);
    INDArray labels = Nd4j.createFromArray(new float[][] {{0}, {0}, {1}, {1}});
    net.fit(new org.nd4j.linalg.dataset.DataSet(x, labels)); // moves weights and BN statistics
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ModelSerializer.writeModel(net, bytes, true);
    ComputationGraph back = ModelSerializer.restoreComputationGraph(
        new ByteArrayInputStream(bytes.toByteArray()), true);

    assertThat(back.getConfiguration()).isEqualTo(net.getConfiguration());
    assertThat(back.outputSingle(x)).isEqualTo(net.outputSingle(x));
  }

  @Test
  void wholeGraphGradientMatchesFiniteDifferences() {
    // double precision, no updater step, a one-stage trunk on 6 × 8 patches; the batch norm
    // running statistics are not trained by gradient, so they are left out of the check
    EmbeddingSettings s = new EmbeddingSettings(11, 1e-3, 4, 0.5,
        new CnnTrunkSettings(6, 8, List.of(3), 1, CnnTrunkSettings.Architecture.PLAIN, 4));
    ComputationGraphConfiguration conf = EmbeddingFactory.configuration(s, DataType.DOUBLE);
    for (var v : conf.getVertices().values()) {
      if (v instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof BaseLayer bl) {
        bl.setIUpdater(new NoOp());
      }
    }
    ComputationGraph net = new ComputationGraph(conf);
    net.init();
    Nd4j.getRandom().setSeed(12);
    INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 1, 6, 8);
    INDArray labels = Nd4j.createFromArray(new double[][] {{0}, {0}, {1}, {1}, {2}, {2}});

    assertThat(net.score(new org.nd4j.linalg.dataset.DataSet(x, labels)))
        .as("some triplet hinges are active, so the gradient is not trivially zero").isPositive();
    // GradientCheckUtil insists on the global default type too; restore it afterwards
    DataType defaultType = Nd4j.dataType();
    DataType floatType = Nd4j.defaultFloatingPointType();
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
          .inputs(new INDArray[] {x}).labels(new INDArray[] {labels})
          .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)
          .excludeParams(Set.of("s0_bn_mean", "s0_bn_log10stdev")));
      assertThat(ok).isTrue();
    } finally {
      Nd4j.setDefaultDataTypes(defaultType, floatType);
    }
  }
}
