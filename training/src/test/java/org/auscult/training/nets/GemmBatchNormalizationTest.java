package org.auscult.training.nets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.auscult.training.nets.StockComparison.batch;
import static org.auscult.training.nets.StockComparison.fitBoth;
import static org.auscult.training.nets.StockComparison.gradientCheckPasses;
import static org.auscult.training.nets.StockComparison.maxRelativeDifference;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

class GemmBatchNormalizationTest {
  private static final int N = 16;

  @Test
  void trainsStepForStepAsDl4jsLayer() {
    for (boolean logStd : new boolean[] {true, false}) {
      MultiLayerNetwork stock = net(DataType.DOUBLE, logStd, bn -> bn);
      MultiLayerNetwork gemmBn = net(DataType.DOUBLE, logStd, GemmBatchNormalization::of);
      assertThat(gemmBn.getLayer(1)).isInstanceOf(GemmBatchNormalizationLayer.class);
      assertThat(gemmBn.params()).isEqualTo(stock.params());
      fitBoth(stock, gemmBn, DataType.DOUBLE);
      // every parameter, gamma, beta and the running statistics included, to rounding (2e-13
      // measured after twenty Adam steps; a wrong term shows as 1e-2 and more)
      assertThat(maxRelativeDifference(gemmBn.params(), stock.params())).isLessThan(1e-10);
      INDArray x = batch(DataType.DOUBLE, 99).getFeatures();
      assertThat(maxRelativeDifference(gemmBn.output(x), stock.output(x))).isLessThan(1e-10);
      assertThat(gemmBn.score()).isCloseTo(stock.score(), offset(1e-12));
    }
  }

  @Test
  void trainsOnConvolutionActivationsStepForStepAsDl4jsLayer() {
    MultiLayerNetwork stock = convolutional(bn -> bn, new Adam(1e-2));
    MultiLayerNetwork gemmBn = convolutional(GemmBatchNormalization::of, new Adam(1e-2));
    assertThat(gemmBn.getLayer(1)).isInstanceOf(GemmBatchNormalizationLayer.class);
    for (int step = 0; step < 20; step++) {
      DataSet batch = images(step % 4 == 3 ? 3 : 6, step);
      stock.fit(batch);
      gemmBn.fit(batch);
    }
    assertThat(maxRelativeDifference(gemmBn.params(), stock.params())).isLessThan(1e-10);
    INDArray x = images(4, 99).getFeatures();
    assertThat(maxRelativeDifference(gemmBn.output(x), stock.output(x))).isLessThan(1e-10);
  }

  @Test
  void gradientsOnConvolutionActivationsMatchFiniteDifferences() {
    MultiLayerNetwork net = convolutional(GemmBatchNormalization::of, new NoOp());
    DataSet batch = images(5, 3);
    assertThat(gradientCheckPasses(net, batch, Set.of("1_mean", "1_log10stdev"))).isTrue();
  }

  @Test
  void trainsInFloatsAsDl4jsLayerToFloatPrecision() {
    MultiLayerNetwork stock = net(DataType.FLOAT, true, bn -> bn);
    MultiLayerNetwork gemmBn = net(DataType.FLOAT, true, GemmBatchNormalization::of);
    fitBoth(stock, gemmBn, DataType.FLOAT);
    assertThat(maxRelativeDifference(gemmBn.params(), stock.params())).isLessThan(1e-3);
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    MultiLayerNetwork net = net(DataType.DOUBLE, true, GemmBatchNormalization::of,
        new NoOp());
    assertThat(gradientCheckPasses(net, Set.of("1_mean", "1_log10stdev"))).isTrue();
  }

  @Test
  void aSavedNetworkReadsBackWithTheNativeLayer(@TempDir Path dir) throws IOException {
    MultiLayerNetwork net = net(DataType.FLOAT, true, GemmBatchNormalization::of);
    net.fit(batch(DataType.FLOAT, 1));
    File file = dir.resolve("net.zip").toFile();
    ModelSerializer.writeModel(net, file, true);
    MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(file, true);
    assertThat(back.getLayer(1)).isInstanceOf(GemmBatchNormalizationLayer.class);
    Layer conf = back.getLayer(1).conf().getLayer();
    assertThat(conf).isEqualTo(net.getLayer(1).conf().getLayer());
    INDArray x = batch(DataType.FLOAT, 7).getFeatures();
    assertThat(back.output(x)).isEqualTo(net.output(x));
    // and training goes on where it stopped, the updater's state included
    DataSet next = batch(DataType.FLOAT, 2);
    net.fit(next);
    back.fit(next);
    assertThat(back.params()).isEqualTo(net.params());
  }

  @Test
  void copiesEverySettingOfTheTemplate() {
    BatchNormalization template = new BatchNormalization.Builder().useLogStd(false).nOut(N).decay(0.7)
        .eps(1e-2).gamma(0.5).beta(0.25).lockGammaBeta(true).name("bn").build();
    GemmBatchNormalization copy = GemmBatchNormalization.of(template);
    assertThat(copy.getNOut()).isEqualTo(N);
    assertThat(copy.getDecay()).isEqualTo(0.7);
    assertThat(copy.getEps()).isEqualTo(1e-2);
    assertThat(copy.getGamma()).isEqualTo(0.5);
    assertThat(copy.getBeta()).isEqualTo(0.25);
    assertThat(copy.isLockGammaBeta()).isTrue();
    assertThat(copy.isUseLogStd()).isFalse();
    assertThat(copy.getLayerName()).isEqualTo("bn");
    assertThat(copy.isMinibatch()).isEqualTo(template.isMinibatch());
    assertThat(copy.getCnn2DFormat()).isEqualTo(template.getCnn2DFormat());
  }

  /**
   * A 3 × 2 convolution without bias over [n, 2, 7, 2] inputs to 3 channels (activations [n, 3,
   * 4, 1]), BN over those channels, ReLU, mean pooling, linear output to 2 with MSE.
   */
  private static MultiLayerNetwork convolutional(UnaryOperator<BatchNormalization> bn,
      IUpdater updater) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(5)
        .dataType(DataType.DOUBLE).weightInit(WeightInit.RELU).updater(updater).list()
        .layer(new ConvolutionLayer.Builder(3, 2).stride(2, 1).padding(1, 0).nOut(3)
            .convolutionMode(ConvolutionMode.Truncate).hasBias(false)
            .activation(Activation.IDENTITY).build())
        .layer(bn.apply(new BatchNormalization.Builder().decay(0.9).eps(1e-3).build()))
        .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
        .layer(new GlobalPoolingLayer.Builder(PoolingType.AVG).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2)
            .activation(Activation.IDENTITY).build())
        .setInputType(InputType.convolutional(7, 2, 2))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }

  private static DataSet images(int n, long seed) {
    Nd4j.getRandom().setSeed(seed);
    return new DataSet(Nd4j.randn(DataType.DOUBLE, n, 2, 7, 2).muli(2).addi(1),
        Nd4j.randn(DataType.DOUBLE, n, 2));
  }

  /** Dense 10 → 16 without bias, BN, ReLU, linear output 16 → 4 with MSE. */
  private static MultiLayerNetwork net(DataType type, boolean logStd,
      UnaryOperator<BatchNormalization> bn) {
    return net(type, logStd, bn, new Adam(1e-2));
  }

  private static MultiLayerNetwork net(DataType type, boolean logStd,
      UnaryOperator<BatchNormalization> bn, IUpdater updater) {
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).dataType(type)
        .weightInit(WeightInit.XAVIER_UNIFORM).updater(updater).list()
        // no bias before the normalisation: its gradient is zero up to rounding, which Adam
        // would blow up into steps of either sign, differently for the two layers
        .layer(new DenseLayer.Builder().nIn(10).nOut(N).hasBias(false)
            .activation(Activation.IDENTITY).build())
        .layer(bn.apply(new BatchNormalization.Builder().useLogStd(logStd).nOut(N).decay(0.9).eps(1e-3)
            .build()))
        .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
        .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(N).nOut(4)
            .activation(Activation.IDENTITY).build())
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }
}
