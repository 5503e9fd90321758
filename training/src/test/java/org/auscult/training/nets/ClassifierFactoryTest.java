package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.impl.ActivationSoftmax;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.impl.LossMCXENT;

class ClassifierFactoryTest {

  @Test
  void quickProfileHasConvBatchNormPoolingAndSoftmaxOverTheClasses() {
    ComputationGraph net = ClassifierFactory.build(ClassifierSettings.quick(3, 1));
    assertThat(layer(net, "s0_conv")).isInstanceOf(ConvolutionLayer.class);
    assertThat(((ConvolutionLayer) layer(net, "s0_conv")).getStride()).containsExactly(2, 2);
    assertThat(layer(net, "s2_bn")).isInstanceOf(BatchNormalization.class);
    assertThat(layer(net, CnnTrunk.POOLED)).isInstanceOf(GlobalPoolingLayer.class);
    OutputLayer out = (OutputLayer) layer(net, ClassifierFactory.OUTPUT);
    assertThat(out.getLossFn()).isInstanceOf(LossMCXENT.class);
    assertThat(out.getActivationFn()).isInstanceOf(ActivationSoftmax.class);
    assertThat(out.getNOut()).isEqualTo(3);
  }

  @Test
  void quickProfileParameterCount() {
    // convolutions have no bias (batch norm follows); batch norm keeps 4 values per channel:
    //   s0: 1·8·3·3 = 72 + 4·8 = 32;  s1: 8·16·9 = 1,152 + 64;  s2: 16·32·9 = 4,608 + 128
    //   dense 32→32: 1,024 + 32 = 1,056;  softmax 32→3: 96 + 3 = 99
    //   = 7,211
    ComputationGraph net = ClassifierFactory.build(ClassifierSettings.quick(3, 1));
    assertThat(net.numParams()).isEqualTo(72 + 32 + 1152 + 64 + 4608 + 128 + 1056 + 99);
  }

  @Test
  void outputsAProbabilityRowPerPatch() {
    ComputationGraph net = ClassifierFactory.build(ClassifierSettings.quick(21, 1));
    INDArray probs = net.outputSingle(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT,
        2, 1, 64, 128));
    assertThat(probs.shape()).containsExactly(2, 21);
    assertThat(probs.getRow(0).sumNumber().doubleValue()).isCloseTo(1.0, within(1e-5));
  }

  @Test
  void invertedResidualTrunkUsesDepthwiseConvolutionsAndShortcuts() {
    CnnTrunkSettings trunk = new CnnTrunkSettings(16, 32, List.of(4, 8), 2,
        CnnTrunkSettings.Architecture.INVERTED_RESIDUAL, 2);
    ComputationGraph net = ClassifierFactory.build(new ClassifierSettings(1, 1e-3, 3, trunk, 8));
    assertThat(layer(net, "s1a_dw")).isInstanceOf(DepthwiseConvolution2D.class);
    assertThat(net.getVertex("s1b_add")).isNotNull();
    assertThat(net.getVertex("s1a_add")).as("stride-2 block has no shortcut").isNull();
    // stem 1·4·9 + 16; s1a: expand 4·8 + 32, dw 8·9 + 32, project 8·8 + 32;
    // s1b: expand 8·16 + 64, dw 16·9 + 64, project 16·8 + 32; dense 8·8+8; out 8·3+3
    long expected = 36 + 16 + (32 + 32) + (72 + 32) + (64 + 32)
        + (128 + 64) + (144 + 64) + (128 + 32) + 72 + 27;
    assertThat(net.numParams()).isEqualTo(expected);
    INDArray probs = net.outputSingle(Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT,
        2, 1, 16, 32));
    assertThat(probs.shape()).containsExactly(2, 3);
  }

  static org.deeplearning4j.nn.conf.layers.Layer layer(ComputationGraph net, String name) {
    GraphVertex v = net.getVertex(name);
    assertThat(v).as(name).isNotNull();
    return v.getLayer().conf().getLayer();
  }
}
