package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.auscult.training.nets.StockComparison.maxRelativeDifference;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class FrameConvolutionTest {
  private static final int BINS = 6;

  @ParameterizedTest(name = "[{4}, {0}, {5}] input, kernel {1} frames, stride {2}, padding {3}")
  @CsvSource({"11, 5, 2, 2, 1, 6", "12, 5, 2, 2, 1, 6", "9, 3, 1, 1, 1, 6", "8, 3, 2, 0, 1, 6",
      "5, 5, 1, 0, 1, 6", "11, 3, 2, 1, 4, 1", "12, 3, 2, 1, 4, 1", "7, 5, 1, 2, 3, 1",
      "6, 3, 1, 1, 1, 1"})
  void forwardAndBothGradientsAreDl4jsOwn(int frames, int kernel, int stride, int pad,
      int channels, int width) {
    MultiLayerNetwork stock = net(DataType.DOUBLE, frames, kernel, stride, pad, channels, width,
        c -> c);
    MultiLayerNetwork ours = net(DataType.DOUBLE, frames, kernel, stride, pad, channels, width,
        FrameConvolution::of);
    stock.initGradientsView();
    ours.initGradientsView();
    Layer a = stock.getLayer(0);
    Layer b = ours.getLayer(0);
    assertThat(b).isInstanceOf(FrameConvolutionLayer.class);
    assertThat(b.params()).isEqualTo(a.params());

    Nd4j.getRandom().setSeed(7);
    INDArray x = Nd4j.randn(DataType.DOUBLE, 3, channels, frames, width);
    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
    a.setInput(x, mgr);
    b.setInput(x, mgr);
    INDArray outA = a.activate(true, mgr);
    INDArray outB = b.activate(true, mgr);
    assertThat(outB.shape()).isEqualTo(outA.shape());
    assertThat(maxRelativeDifference(outB, outA)).isLessThan(1e-12);

    INDArray epsilon = Nd4j.randn(DataType.DOUBLE, outA.shape());
    Pair<Gradient, INDArray> gradA = a.backpropGradient(epsilon, mgr);
    Pair<Gradient, INDArray> gradB = b.backpropGradient(epsilon, mgr);
    assertThat(maxRelativeDifference(gradB.getFirst().getGradientFor("W"),
        gradA.getFirst().getGradientFor("W"))).isLessThan(1e-12);
    assertThat(gradB.getSecond().shape()).isEqualTo(x.shape());
    assertThat(maxRelativeDifference(gradB.getSecond(), gradA.getSecond())).isLessThan(1e-12);
  }

  @Test
  void withoutItsInputGradientItGivesTheSameWeightGradientAndNoInputGradient() {
    MultiLayerNetwork full = net(DataType.DOUBLE, 11, 5, 2, 2, FrameConvolution::of);
    MultiLayerNetwork lean = net(DataType.DOUBLE, 11, 5, 2, 2,
        c -> FrameConvolution.of(c).withoutInputGradient());
    full.initGradientsView();
    lean.initGradientsView();
    Nd4j.getRandom().setSeed(7);
    INDArray x = Nd4j.randn(DataType.DOUBLE, 3, 1, 11, BINS);
    LayerWorkspaceMgr mgr = LayerWorkspaceMgr.noWorkspaces();
    Layer a = full.getLayer(0);
    Layer b = lean.getLayer(0);
    a.setInput(x, mgr);
    b.setInput(x, mgr);
    INDArray epsilon = Nd4j.randn(DataType.DOUBLE, a.activate(true, mgr).shape());
    b.activate(true, mgr);
    Pair<Gradient, INDArray> gradA = a.backpropGradient(epsilon, mgr);
    Pair<Gradient, INDArray> gradB = b.backpropGradient(epsilon, mgr);
    assertThat(gradB.getFirst().getGradientFor("W")).isEqualTo(gradA.getFirst().getGradientFor("W"));
    assertThat(gradB.getSecond()).isNull();
    // and a network whose first layer it is trains as with the input gradient
    for (int step = 0; step < 5; step++) {
      DataSet batch = batch(DataType.DOUBLE, 11, step);
      full.fit(batch);
      lean.fit(batch);
    }
    assertThat(lean.params()).isEqualTo(full.params());
  }

  @ParameterizedTest(name = "[{0}, 16, {1}] input")
  @CsvSource({"1, 6", "4, 1"})
  void trainsStepForStepAsDl4jsLayer(int channels, int width) {
    MultiLayerNetwork stock = net(DataType.DOUBLE, 16, 5, 2, 2, channels, width, c -> c);
    MultiLayerNetwork ours = net(DataType.DOUBLE, 16, 5, 2, 2, channels, width,
        FrameConvolution::of);
    for (int step = 0; step < 20; step++) {
      // batches of 5 and, every fourth step, of 3
      DataSet batch = batch(DataType.DOUBLE, step % 4 == 3 ? 3 : 5, channels, 16, width, step);
      stock.fit(batch);
      ours.fit(batch);
    }
    assertThat(maxRelativeDifference(ours.params(), stock.params())).isLessThan(1e-10);
    INDArray x = batch(DataType.DOUBLE, 4, channels, 16, width, 99).getFeatures();
    assertThat(maxRelativeDifference(ours.output(x), stock.output(x))).isLessThan(1e-10);
  }

  @Test
  void aSavedNetworkReadsBackWithTheLayer(@TempDir Path dir) throws IOException {
    MultiLayerNetwork net = net(DataType.FLOAT, 16, 5, 2, 2,
        c -> FrameConvolution.of(c).withoutInputGradient());
    net.fit(batch(DataType.FLOAT, 16, 1));
    File file = dir.resolve("net.zip").toFile();
    ModelSerializer.writeModel(net, file, true);
    MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(file, true);
    assertThat(back.getLayer(0)).isInstanceOf(FrameConvolutionLayer.class);
    assertThat(((FrameConvolution) back.getLayer(0).conf().getLayer()).isInputGradient())
        .isFalse();
    assertThat(back.getLayer(0).conf().getLayer())
        .isNotEqualTo(FrameConvolution.of((ConvolutionLayer) back.getLayer(0).conf().getLayer()));
    assertThat(back.getLayer(0).conf().getLayer()).isEqualTo(net.getLayer(0).conf().getLayer());
    INDArray x = batch(DataType.FLOAT, 16, 7).getFeatures();
    assertThat(back.output(x)).isEqualTo(net.output(x));
  }

  private static MultiLayerNetwork net(DataType type, int frames, int kernel, int stride, int pad,
      UnaryOperator<ConvolutionLayer> conv) {
    return net(type, frames, kernel, stride, pad, 1, BINS, conv);
  }

  /**
   * A convolution over frames to 4 channels (spanning all {@code width} bins of one channel, or
   * of width one over {@code channels} channels of width one), ReLU, mean over time, MSE output.
   */
  private static MultiLayerNetwork net(DataType type, int frames, int kernel, int stride, int pad,
      int channels, int width, UnaryOperator<ConvolutionLayer> conv) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).dataType(type)
        .weightInit(WeightInit.RELU).updater(new Adam(1e-2)).list()
        .layer(conv.apply(new ConvolutionLayer.Builder(kernel, width).stride(stride, 1)
            .padding(pad, 0).convolutionMode(ConvolutionMode.Truncate).nOut(4)
            .activation(Activation.IDENTITY).hasBias(false).build()))
        .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
        .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
            .activation(Activation.IDENTITY).build())
        .setInputType(InputType.convolutional(frames, width, channels))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static DataSet batch(DataType type, int frames, long seed) {
    return batch(type, 5, 1, frames, BINS, seed);
  }

  private static DataSet batch(DataType type, int n, int channels, int frames, int width,
      long seed) {
    Nd4j.getRandom().setSeed(seed);
    return new DataSet(Nd4j.randn(type, n, channels, frames, width), Nd4j.randn(type, n, 2));
  }
}
