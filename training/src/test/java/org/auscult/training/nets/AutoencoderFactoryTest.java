package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.lossfunctions.impl.LossMSE;

class AutoencoderFactoryTest {
  private final MultiLayerNetwork net = AutoencoderFactory.build(AutoencoderSettings.baseline(1));

  @Test
  void denseWidthsFollowThePublishedBaseline() {
    List<Long> widths = new ArrayList<>();
    for (int i = 0; i < net.getnLayers(); i++) {
      Layer conf = net.getLayer(i).conf().getLayer();
      if (conf instanceof DenseLayer || conf instanceof OutputLayer) {
        FeedForwardLayer ff = (FeedForwardLayer) conf;
        widths.add(ff.getNOut());
        assertThat(ff.getActivationFn()).isInstanceOf(ActivationIdentity.class);
      }
    }
    assertThat(widths).containsExactly(128L, 128L, 128L, 128L, 8L, 128L, 128L, 128L, 128L, 640L);
    assertThat(((FeedForwardLayer) net.getLayer(0).conf().getLayer()).getNIn()).isEqualTo(640);
  }

  @Test
  void everyHiddenDenseIsFollowedByBatchNormAndRelu() {
    // 9 hidden blocks of 3 layers, then the output layer
    assertThat(net.getnLayers()).isEqualTo(9 * 3 + 1);
    for (int block = 0; block < 9; block++) {
      assertThat(net.getLayer(3 * block).conf().getLayer()).isInstanceOf(DenseLayer.class);
      assertThat(net.getLayer(3 * block + 1).conf().getLayer()).isInstanceOf(BatchNormalization.class);
      Layer act = net.getLayer(3 * block + 2).conf().getLayer();
      assertThat(act).isInstanceOf(ActivationLayer.class);
      assertThat(((ActivationLayer) act).getActivationFn()).isInstanceOf(ActivationReLU.class);
    }
    OutputLayer out = (OutputLayer) net.getLayer(27).conf().getLayer();
    assertThat(out.getLossFn()).isInstanceOf(LossMSE.class);
  }

  @Test
  void parameterCountIsDenseWeightsAndBiasesPlusFourPerBatchNormUnit() {
    // dense weights + biases:
    //   640·128+128 = 82,048; 3 × (128·128+128) = 49,536; 128·8+8 = 1,032      (encoder)
    //   8·128+128 = 1,152;    3 × (128·128+128) = 49,536; 128·640+640 = 82,560 (decoder)
    //   = 265,864
    // batch norm: 8 layers of 128 units and 1 of 8 = 1,032 units; DL4J stores gamma, beta, the
    //   running mean and the running log10(std) as parameters: 4 × 1,032 = 4,128
    // total 269,992 (Keras' summary of the baseline: 269,992, of which 2,064 non-trainable)
    long dense = 640L * 128 + 128 + 3 * (128L * 128 + 128) + 128L * 8 + 8
        + 8L * 128 + 128 + 3 * (128L * 128 + 128) + 128L * 640 + 640;
    long bnUnits = 8 * 128 + 8;
    assertThat(dense).isEqualTo(265_864);
    assertThat(net.numParams()).isEqualTo(dense + 4 * bnUnits).isEqualTo(269_992);
  }

  @Test
  void batchNormParametersAreGammaBetaAndRunningStatistics() {
    assertThat(net.getLayer(1).paramTable().keySet())
        .containsExactlyInAnyOrder("gamma", "beta", "mean", "log10stdev");
    assertThat(net.getLayer(1).numParams()).isEqualTo(4 * 128);
  }
}
