package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

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
  void outputsOneProbabilityRowPerClipOfAnyLength() {
    ComputationGraph net = ClassifierFactory.build(new ClassifierSettings(
        new ClipEncoderSettings(2, 1e-3, 16, 32, List.of(4, 8), 6), 3));
    for (int frames : new int[] {32, 100, 10}) {
      INDArray p = net.outputSingle(false, Nd4j.rand(DataType.FLOAT, 4, 1, frames, 16));
      assertThat(p.shape()).containsExactly(4, 3);
      for (int i = 0; i < 4; i++) {
        assertThat(p.getRow(i).sumNumber().doubleValue()).isCloseTo(1, within(1e-5));
      }
    }
  }

  @Test
  void settingsNameWhatIsWrong() {
    assertThatThrownBy(() -> new ClassifierSettings(ClipEncoderSettings.quick(1, 1e-3, 128, 128),
        1)).hasMessage("a classifier needs at least 2 classes, got 1");
    assertThatThrownBy(() -> new ClipEncoderSettings(1, 1e-3, 8, 4, List.of(4, 4, 4), 8))
        .hasMessage("3 blocks halve 4 frames to nothing");
  }
}
