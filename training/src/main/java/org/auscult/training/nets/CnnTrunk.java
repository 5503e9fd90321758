package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DepthwiseConvolution2D;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.Activation;

/** Adds the {@link CnnTrunkSettings} trunk to a graph; shared by the classifier and embedding. */
final class CnnTrunk {
  /** Name of the graph's single input: one log-mel patch. */
  static final String INPUT = "patch";
  /** Name of the trunk's last vertex, the global-average-pooled features. */
  static final String POOLED = "pooled";
  /**
   * Batch-norm running-statistics decay of the CNNs: DL4J's default 0.9, not the autoencoder's
   * Keras 0.99, because quick-profile runs take few iterations and with 0.99 the running mean and
   * variance used at inference lag far behind the batch statistics (seen here: after 20 updates
   * the classifier's validation loss did not move while its training loss fell).
   */
  static final double BN_DECAY = 0.9;

  private CnnTrunk() {}

  /** Adds the trunk after {@link #INPUT}; returns the name of its output vertex. */
  static String add(GraphBuilder g, CnnTrunkSettings s) {
    String last = switch (s.architecture()) {
      case PLAIN -> plain(g, s);
      case INVERTED_RESIDUAL -> invertedResidual(g, s);
    };
    g.addLayer(POOLED, new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), last);
    return POOLED;
  }

  private static String plain(GraphBuilder g, CnnTrunkSettings s) {
    String last = INPUT;
    int stages = s.channels().size();
    for (int i = 0; i < stages; i++) {
      int stride = i == 0 ? s.firstStride() : 1;
      last = convBnAct(g, "s" + i, last, s.channels().get(i), 3, stride, Activation.RELU);
      if (i < stages - 1) {
        String pool = "s" + i + "_pool";
        g.addLayer(pool, new SubsamplingLayer.Builder(PoolingType.MAX)
            .kernelSize(2, 2).stride(2, 2).convolutionMode(ConvolutionMode.Same).build(), last);
        last = pool;
      }
    }
    return last;
  }

  private static String invertedResidual(GraphBuilder g, CnnTrunkSettings s) {
    int width = s.channels().get(0);
    String last = convBnAct(g, "stem", INPUT, width, 3, s.firstStride(), Activation.RELU6);
    for (int i = 1; i < s.channels().size(); i++) {
      int out = s.channels().get(i);
      last = invertedBlock(g, "s" + i + "a", last, width, out, 2, s.expansion());
      last = invertedBlock(g, "s" + i + "b", last, out, out, 1, s.expansion());
      width = out;
    }
    return last;
  }

  /** 1×1 expand → 3×3 depthwise (stride) → 1×1 linear projection; shortcut when shapes agree. */
  private static String invertedBlock(GraphBuilder g, String name, String in, int nIn, int nOut,
      int stride, int expansion) {
    String expanded = convBnAct(g, name + "_expand", in, nIn * expansion, 1, 1, Activation.RELU6);
    g.addLayer(name + "_dw", new DepthwiseConvolution2D.Builder(3, 3).depthMultiplier(1)
        .stride(stride, stride).convolutionMode(ConvolutionMode.Same)
        .activation(Activation.IDENTITY).hasBias(false).build(), expanded);
    String dw = bnAct(g, name + "_dw", name + "_dw", Activation.RELU6);
    g.addLayer(name + "_project", new ConvolutionLayer.Builder(1, 1).nOut(nOut)
        .convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).hasBias(false)
        .build(), dw);
    g.addLayer(name + "_project_bn", batchNorm(), name + "_project");
    String projected = name + "_project_bn";
    if (stride == 1 && nIn == nOut) {
      g.addVertex(name + "_add", new ElementWiseVertex(ElementWiseVertex.Op.Add), in, projected);
      return name + "_add";
    }
    return projected;
  }

  private static String convBnAct(GraphBuilder g, String name, String in, int nOut, int kernel,
      int stride, Activation activation) {
    g.addLayer(name + "_conv", new ConvolutionLayer.Builder(kernel, kernel).nOut(nOut)
        .stride(stride, stride).convolutionMode(ConvolutionMode.Same)
        .activation(Activation.IDENTITY).hasBias(false).build(), in);
    return bnAct(g, name, name + "_conv", activation);
  }

  private static String bnAct(GraphBuilder g, String name, String in, Activation activation) {
    g.addLayer(name + "_bn", batchNorm(), in);
    g.addLayer(name + "_act", new ActivationLayer.Builder().activation(activation).build(),
        name + "_bn");
    return name + "_act";
  }

  private static BatchNormalization batchNorm() {
    return new BatchNormalization.Builder()
        .decay(BN_DECAY).eps(AutoencoderFactory.BN_EPSILON).build();
  }
}
