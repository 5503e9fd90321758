package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;

class EmbeddingFactoryTest {
  static final ClipEncoderSettings TINY = new ClipEncoderSettings(3, 1e-3, 8, 16,
      List.of(4, 6), 5);

  @Test
  void graphEndsInL2NormalisationAndTheConfiguredLossLayer() {
    ComputationGraphConfiguration conf = EmbeddingFactory.configuration(
        new EmbeddingSettings(TINY, "adacos", 7, 3));
    var loss = (LossLayer) ((LayerVertex) conf.getVertices().get(EmbeddingFactory.OUTPUT))
        .getLayerConf().getLayer();
    assertThat(loss.getLossFn()).isEqualTo(new SubclusterAdaCos(7, 3, 5, 3, true));
    ComputationGraphConfiguration adaProj = EmbeddingFactory.configuration(
        new EmbeddingSettings(TINY, "adaproj", 7, 3));
    assertThat(((LossLayer) ((LayerVertex) adaProj.getVertices().get(EmbeddingFactory.OUTPUT))
        .getLayerConf().getLayer()).getLossFn()).isEqualTo(new AdaProj(7, 3, 5, 3, true));
    ComputationGraphConfiguration triplet = EmbeddingFactory.configuration(
        new EmbeddingSettings(TINY, "triplet", 7, 3));
    assertThat(((LossLayer) ((LayerVertex) triplet.getVertices().get(EmbeddingFactory.OUTPUT))
        .getLayerConf().getLayer()).getLossFn())
        .isEqualTo(new BatchHardTripletLoss(BatchHardTripletLoss.DEFAULT_MARGIN, true));
  }

  @Test
  void saveAndLoadGiveIdenticalEmbeddings() throws IOException {
    ComputationGraph net = EmbeddingFactory.build(new EmbeddingSettings(TINY, "adacos", 4, 2));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelSerializer.writeModel(net, out, false);
    ComputationGraph back = ModelSerializer.restoreComputationGraph(
        new ByteArrayInputStream(out.toByteArray()), false);
    INDArray x = Nd4j.rand(DataType.FLOAT, 3, 1, 20, 8);
    assertThat(back.outputSingle(false, x)).isEqualTo(net.outputSingle(false, x));
  }

  @ParameterizedTest
  @ValueSource(strings = {"adacos", "adaproj"})
  void wholeGraphGradientMatchesFiniteDifferences(String lossName) {
    // double precision, no updater step, a fixed scale; batch norm's running statistics are not
    // trained by gradient, so they are left out of the check
    ComputationGraphConfiguration conf = EmbeddingFactory.configuration(
        new EmbeddingSettings(new ClipEncoderSettings(11, 1e-3, 6, 8, List.of(3, 4), 4), lossName,
            3, 2), DataType.DOUBLE);
    for (var v : conf.getVertices().values()) {
      if (v instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof BaseLayer bl) {
        bl.setIUpdater(new NoOp());
      }
      if (v instanceof LayerVertex lv && lv.getLayerConf().getLayer() instanceof LossLayer l) {
        if (l.getLossFn() instanceof SubclusterAdaCos a) {
          a.setAdaptive(false);
        } else {
          ((AdaProj) l.getLossFn()).setAdaptive(false);
        }
      }
    }
    ComputationGraph net = new ComputationGraph(conf);
    net.init();
    Nd4j.getRandom().setSeed(12);
    INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 1, 8, 6);
    INDArray labels = Nd4j.createFromArray(new double[][] {{1, 0, 0}, {0.3, 0.7, 0}, {0, 1, 0},
        {0, 1, 0}, {0, 0, 1}, {0, 0, 1}});
    // GradientCheckUtil insists on the global default type too; restore it afterwards
    DataType defaultType = Nd4j.dataType();
    DataType floatType = Nd4j.defaultFloatingPointType();
    Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    try {
      boolean ok = GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
          .inputs(new INDArray[] {x}).labels(new INDArray[] {labels})
          .epsilon(1e-6).maxRelError(1e-3).minAbsoluteError(1e-8)
          .excludeParams(Set.of("b0_bn_mean", "b0_bn_log10stdev", "b1_bn_mean",
              "b1_bn_log10stdev")));
      assertThat(ok).isTrue();
    } finally {
      Nd4j.setDefaultDataTypes(defaultType, floatType);
    }
  }
}
