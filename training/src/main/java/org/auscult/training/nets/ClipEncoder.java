package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * A whole log-mel clip to one vector, for the classifier and the embedding network. The input is
 * the clip frame-major, {@code [batch, 1, frames, mels]}, as the features table stores it (no
 * transposition). The first convolution spans every mel bin and 5 frames, so it is a 1-D
 * convolution over time with the spectrum as its channels; each following block convolves 3 frames;
 * every block halves the frames (stride 2), with batch norm and ReLU and no biases. Average and
 * maximum over time of the last block, side by side, go through a linear layer (no bias) to the
 * clip vector, beside the mean over time of the first block (a reading of the clip's spectrum).
 * Nothing depends on the number of frames, so a clip of any length is encoded whole;
 * training takes crops of {@link ClipEncoderSettings#frames()}.
 */
final class ClipEncoder {
  /** The graph's input: one clip's log-mel. */
  static final String INPUT = "logmel";
  /** The dense layer whose activation is the clip's vector, the encoder's output. */
  static final String CLIP_VECTOR = "clip_vector";
  /** Batch-norm running-statistics decay: DL4J's 0.9 (few iterations in a quick run). */
  private static final double BN_DECAY = 0.9;
  private static final double BN_EPSILON = 1e-3;

  private ClipEncoder() {}

  /** What a network puts after the clip vector: its layers, ending in its output. */
  @FunctionalInterface
  interface Head {
    /** Adds the head after the vertex {@code vector}; returns the name of the graph's output. */
    String add(GraphBuilder g, String vector);
  }

  /**
   * The whole graph of a network built on the encoder, in {@code dataType}: ReLU weight
   * initialisation and Adam at the encoder's seed and step size, the input, the encoder, then
   * {@code head}. The classifier and the embedding network differ only in their heads.
   */
  static ComputationGraphConfiguration graph(ClipEncoderSettings s, DataType dataType, Head head) {
    GraphBuilder g = new NeuralNetConfiguration.Builder()
        .seed(s.seed())
        .dataType(dataType)
        .weightInit(WeightInit.RELU)
        .updater(new Adam(s.learningRate()))
        .graphBuilder()
        .addInputs(INPUT);
    String output = head.add(g, add(g, s));
    g.setOutputs(output);
    g.setInputTypes(inputType(s));
    return g.build();
  }

  /** A network of {@code configuration}, initialised. */
  static ComputationGraph initialised(ComputationGraphConfiguration configuration) {
    ComputationGraph net = new ComputationGraph(configuration);
    net.init();
    return net;
  }

  /** The input type of {@link #INPUT} for a training crop. */
  static InputType inputType(ClipEncoderSettings s) {
    return InputType.convolutional(s.frames(), s.mels(), 1);
  }

  /** Adds the encoder after {@link #INPUT}; returns the name of the clip-vector vertex. */
  static String add(GraphBuilder g, ClipEncoderSettings s) {
    String last = INPUT;
    for (int i = 0; i < s.channels().size(); i++) {
      boolean first = i == 0;
      int kernel = first ? 5 : 3;
      ConvolutionLayer conv = new ConvolutionLayer.Builder(kernel, first ? s.mels() : 1)
          .stride(2, 1).padding(kernel / 2, 0).convolutionMode(ConvolutionMode.Truncate)
          .nOut(s.channels().get(i)).activation(Activation.IDENTITY).hasBias(false).build();
      // the first block reads the network's input: no one needs that gradient
      FrameConvolution overFrames = FrameConvolution.of(conv);
      g.addLayer("b" + i + "_conv", first ? overFrames.withoutInputGradient() : overFrames, last);
      g.addLayer("b" + i + "_bn", GemmBatchNormalization.of(new BatchNormalization.Builder()
          .decay(BN_DECAY).eps(BN_EPSILON).build()), "b" + i + "_conv");
      g.addLayer("b" + i + "_act", new ActivationLayer.Builder().activation(Activation.RELU)
          .build(), "b" + i + "_bn");
      last = "b" + i + "_act";
    }
    g.addLayer("mean_over_time", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), last);
    g.addLayer("max_over_time", new GlobalPoolingLayer.Builder(PoolingType.MAX).build(), last);
    // the first block averaged over time: its 5-frame filters span every mel bin, so this is a
    // nonlinear reading of the clip's stationary spectrum at full resolution, the signature a
    // fault shifts, beside what the deeper blocks make of its course in time
    g.addLayer("mean_spectrum", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "b0_act");
    g.addVertex("pooled", new MergeVertex(), "mean_over_time", "max_over_time",
        "mean_spectrum");
    g.addLayer(CLIP_VECTOR, new DenseLayer.Builder().nOut(s.embeddingSize())
        .activation(Activation.IDENTITY).hasBias(false).build(), "pooled");
    return CLIP_VECTOR;
  }
}
