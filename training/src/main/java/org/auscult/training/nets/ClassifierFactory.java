package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The classifier as a single-input {@link ComputationGraph}: input {@value #INPUT}
 * ({@code [batch, 1, frames, mels]}) → {@link ClipEncoder} → ReLU → {@value #OUTPUT}, a softmax
 * over the classes with cross-entropy.
 */
public final class ClassifierFactory {
  /** The graph's input name. */
  public static final String INPUT = ClipEncoder.INPUT;
  /** The softmax output. */
  public static final String OUTPUT = "class_probs";

  private ClassifierFactory() {}

  /** The configuration in 32-bit floats, serialisable for Spark's training masters. */
  public static ComputationGraphConfiguration configuration(ClassifierSettings s) {
    return configuration(s, DataType.FLOAT);
  }

  /** The configuration in {@code dataType}. */
  public static ComputationGraphConfiguration configuration(ClassifierSettings s,
      DataType dataType) {
    return ClipEncoder.graph(s.encoder(), dataType, (g, vector) -> {
      g.addLayer("vector_act", new ActivationLayer.Builder().activation(Activation.RELU).build(),
          vector);
      g.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
          .nOut(s.classes()).activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(),
          "vector_act");
      return OUTPUT;
    });
  }

  /** An initialised network. */
  public static ComputationGraph build(ClassifierSettings s) {
    return ClipEncoder.initialised(configuration(s));
  }
}
