package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The section classifier as a single-input, single-output {@link ComputationGraph}: input
 * {@value #INPUT} (a {@code [batch, 1, frames, mels]} patch), output {@value #OUTPUT} (softmax
 * probabilities, {@code [batch, nClasses]}), trained with multi-class cross-entropy and Adam.
 * Labels are one-hot rows.
 */
public final class ClassifierFactory {
  /** The graph's input name. */
  public static final String INPUT = CnnTrunk.INPUT;
  /** The graph's output name. */
  public static final String OUTPUT = "class_probs";

  private ClassifierFactory() {}

  /** The configuration in 32-bit floats, serialisable for Spark's training masters. */
  public static ComputationGraphConfiguration configuration(ClassifierSettings s) {
    return configuration(s, DataType.FLOAT);
  }

  /** The configuration in {@code dataType}. */
  public static ComputationGraphConfiguration configuration(ClassifierSettings s, DataType dataType) {
    GraphBuilder g = new NeuralNetConfiguration.Builder()
        .seed(s.seed())
        .dataType(dataType)
        .weightInit(WeightInit.RELU)
        .updater(new Adam(s.learningRate()))
        .graphBuilder()
        .addInputs(INPUT);
    String pooled = CnnTrunk.add(g, s.trunk());
    g.addLayer("dense", new DenseLayer.Builder().nOut(s.denseSize())
        .activation(Activation.RELU).build(), pooled);
    g.addLayer(OUTPUT, new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
        .nOut(s.nClasses()).activation(Activation.SOFTMAX).weightInit(WeightInit.XAVIER).build(),
        "dense");
    g.setOutputs(OUTPUT);
    g.setInputTypes(InputType.convolutional(s.trunk().inputFrames(), s.trunk().inputMels(), 1));
    return g.build();
  }

  /** An initialised network. */
  public static ComputationGraph build(ClassifierSettings s) {
    ComputationGraph net = new ComputationGraph(configuration(s));
    net.init();
    return net;
  }
}
