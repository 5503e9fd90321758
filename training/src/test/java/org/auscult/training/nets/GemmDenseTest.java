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
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** {@link GemmDense} and {@link GemmOutput} against DL4J's stock layers. */
class GemmDenseTest {
  @Test
  void trainsStepForStepAsDl4jsLayer() {
    MultiLayerNetwork stock = net(DataType.DOUBLE, false, new Adam(1e-2));
    MultiLayerNetwork gemm = net(DataType.DOUBLE, true, new Adam(1e-2));
    assertThat(gemm.getLayer(0)).isInstanceOf(GemmDenseLayer.class);
    assertThat(gemm.getLayer(4)).isInstanceOf(GemmOutputLayer.class);
    assertThat(gemm.params()).isEqualTo(stock.params());
    fitBoth(stock, gemm, DataType.DOUBLE);
    // to rounding: the same products, summed in another order
    assertThat(maxRelativeDifference(gemm.params(), stock.params())).isLessThan(1e-10);
    INDArray x = batch(DataType.DOUBLE, 99).getFeatures();
    assertThat(maxRelativeDifference(gemm.output(x), stock.output(x))).isLessThan(1e-10);
    assertThat(gemm.score()).isCloseTo(stock.score(), offset(1e-12));
  }

  @Test
  void gradientsMatchFiniteDifferences() {
    assertThat(gradientCheckPasses(net(DataType.DOUBLE, true, new NoOp()),
        Set.<String>of())).isTrue();
  }

  @Test
  void copiesEverySettingOfTheTemplate() {
    DenseLayer template = new DenseLayer.Builder().nIn(3).nOut(5).hasBias(false)
        .activation(Activation.TANH).weightInit(WeightInit.ONES).biasInit(0.5).l2(0.1)
        .updater(new Adam(0.3)).dropOut(0.8).name("d").build();
    GemmDense copy = GemmDense.of(template);
    assertThat(copy.getNIn()).isEqualTo(3);
    assertThat(copy.getNOut()).isEqualTo(5);
    assertThat(copy.hasBias()).isFalse();
    assertThat(copy.getActivationFn()).isEqualTo(template.getActivationFn());
    assertThat(copy.getWeightInitFn()).isEqualTo(template.getWeightInitFn());
    assertThat(copy.getBiasInit()).isEqualTo(0.5);
    assertThat(copy.getRegularization()).isEqualTo(template.getRegularization());
    assertThat(copy.getIUpdater()).isEqualTo(template.getIUpdater());
    assertThat(copy.getIDropout()).isEqualTo(template.getIDropout());
    assertThat(copy.getLayerName()).isEqualTo("d");
  }

  @Test
  void aSavedNetworkReadsBackWithTheLayer(@TempDir Path dir) throws IOException {
    MultiLayerNetwork net = net(DataType.FLOAT, true, new Adam(1e-2));
    net.fit(batch(DataType.FLOAT, 1));
    File file = dir.resolve("net.zip").toFile();
    ModelSerializer.writeModel(net, file, true);
    MultiLayerNetwork back = ModelSerializer.restoreMultiLayerNetwork(file, true);
    assertThat(back.getLayer(0)).isInstanceOf(GemmDenseLayer.class);
    assertThat(back.getLayer(0).conf().getLayer()).isEqualTo(net.getLayer(0).conf().getLayer());
    assertThat(back.getLayer(4)).isInstanceOf(GemmOutputLayer.class);
    assertThat(back.getLayer(4).conf().getLayer()).isEqualTo(net.getLayer(4).conf().getLayer());
    INDArray x = batch(DataType.FLOAT, 7).getFeatures();
    assertThat(back.output(x)).isEqualTo(net.output(x));
  }

  /**
   * Dense 10 → 16 linear, ReLU, dense 16 → 8 linear without bias, dense 8 → 6 tanh (DL4J's own
   * backprop), linear output 6 → 4 with MSE; DL4J's stock layers or ours ({@code gemm}).
   */
  private static MultiLayerNetwork net(DataType type, boolean gemm, IUpdater updater) {
    UnaryOperator<DenseLayer> dense = gemm ? GemmDense::of : d -> d;
    UnaryOperator<OutputLayer> output = gemm ? GemmOutput::of : o -> o;
    MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(5).dataType(type)
        .weightInit(WeightInit.XAVIER_UNIFORM).updater(updater).list()
        .layer(dense.apply(new DenseLayer.Builder().nIn(10).nOut(16)
            .activation(Activation.IDENTITY).build()))
        .layer(new ActivationLayer.Builder().activation(Activation.RELU).build())
        .layer(dense.apply(new DenseLayer.Builder().nIn(16).nOut(8).hasBias(false)
            .activation(Activation.IDENTITY).build()))
        .layer(dense.apply(new DenseLayer.Builder().nIn(8).nOut(6)
            .activation(Activation.TANH).build()))
        .layer(output.apply(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(6)
            .nOut(4).activation(Activation.IDENTITY).build()))
        .build();
    MultiLayerNetwork net = new MultiLayerNetwork(conf);
    net.init();
    return net;
  }
}
