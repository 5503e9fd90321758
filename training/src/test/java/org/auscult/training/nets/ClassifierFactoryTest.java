package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.junit.jupiter.api.Test;

class ClassifierFactoryTest {

  @Test
  void theFirstConvolutionSpansEveryMelBinAndNoConvolutionHasABias() {
    ClassifierSettings s = new ClassifierSettings(ClipEncoderSettings.quick(1, 1e-3, 128, 128),
        21);
    ComputationGraphConfiguration conf = ClassifierFactory.configuration(s);
    var first = (ConvolutionLayer) ((LayerVertex) conf.getVertices().get("b0_conv"))
        .getLayerConf().getLayer();
    assertThat(first.getKernelSize()).containsExactly(5, 128);
    assertThat(first.getStride()).containsExactly(2, 1);
    for (String b : List.of("b0_conv", "b1_conv", "b2_conv")) {
      assertThat(((ConvolutionLayer) ((LayerVertex) conf.getVertices().get(b)).getLayerConf()
          .getLayer()).hasBias()).as(b).isFalse();
    }
    var out = (OutputLayer) ((LayerVertex) conf.getVertices().get(ClassifierFactory.OUTPUT))
        .getLayerConf().getLayer();
    assertThat(out.getNOut()).isEqualTo(21);
  }

  @Test
  void settingsNameWhatIsWrong() {
    assertThatThrownBy(() -> new ClassifierSettings(ClipEncoderSettings.quick(1, 1e-3, 128, 128),
        1)).hasMessage("a classifier needs at least 2 classes, got 1");
    assertThatThrownBy(() -> new ClipEncoderSettings(1, 1e-3, 8, 4, List.of(4, 4, 4), 8))
        .hasMessage("3 blocks halve 4 frames to nothing");
  }
}
