package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The DCASE 2022 Task 2 autoencoder baseline as a DL4J {@link MultiLayerNetwork}.
 *
 * <p>Every hidden block is Dense (linear) → BatchNormalization → ReLU, as in the Keras baseline,
 * including the bottleneck; the output layer is linear with MSE. BatchNormalization takes the
 * Keras defaults the baseline ran with (momentum 0.99, ε 1e-3) rather than DL4J's (0.9, 1e-5).
 * Weights start Glorot-uniform (Keras' default), biases at zero. The layers train in fewer native
 * ops than DL4J's stock layers take ({@link GemmDense}, {@link GemmBatchNormalization},
 * {@link GemmOutput}); the network, its parameters and its saved form are DL4J's all the same.
 *
 * <p>Parameter count: DL4J keeps a BatchNormalization layer's running mean and (log) standard
 * deviation in the parameter vector next to gamma and beta, so each BN layer of width n counts 4n
 * parameters (Keras reports the same total, splitting 2n of them as non-trainable).
 */
public final class AutoencoderFactory {
  /** Keras' BatchNormalization momentum, which DL4J calls decay. */
  static final double BN_DECAY = 0.99;
  /** Keras' BatchNormalization epsilon. */
  static final double BN_EPSILON = 1e-3;

  private AutoencoderFactory() {}

  /** The configuration in 32-bit floats, serialisable for Spark's training masters. */
  public static MultiLayerConfiguration configuration(AutoencoderSettings s) {
    return configuration(s, DataType.FLOAT);
  }

  /** The configuration in {@code dataType} (DOUBLE for gradient checks). */
  public static MultiLayerConfiguration configuration(AutoencoderSettings s, DataType dataType) {
    NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder()
        .seed(s.seed())
        .dataType(dataType)
        .weightInit(WeightInit.XAVIER_UNIFORM)
        .updater(new Adam(s.learningRate()))
        .list();
    int width = s.inputSize();
    for (int i = 0; i < s.hiddenLayers(); i++) {
      width = hiddenBlock(list, width, s.hiddenSize());
    }
    width = hiddenBlock(list, width, s.bottleneckSize());
    for (int i = 0; i < s.hiddenLayers(); i++) {
      width = hiddenBlock(list, width, s.hiddenSize());
    }
    list.layer(GemmOutput.of(new OutputLayer.Builder(LossFunctions.LossFunction.MSE)
        .nIn(width).nOut(s.inputSize()).activation(Activation.IDENTITY).build()));
    return list.build();
  }

  /** An initialised network. */
  public static MultiLayerNetwork build(AutoencoderSettings s) {
    MultiLayerNetwork net = new MultiLayerNetwork(configuration(s));
    net.init();
    return net;
  }

  private static int hiddenBlock(NeuralNetConfiguration.ListBuilder list, int nIn, int nOut) {
    list.layer(GemmDense.of(
        new DenseLayer.Builder().nIn(nIn).nOut(nOut).activation(Activation.IDENTITY).build()));
    list.layer(GemmBatchNormalization.of(
        new BatchNormalization.Builder().nOut(nOut).decay(BN_DECAY).eps(BN_EPSILON).build()));
    list.layer(new ActivationLayer.Builder().activation(Activation.RELU).build());
    return nOut;
  }
}
