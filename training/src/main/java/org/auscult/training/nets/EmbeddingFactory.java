package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration.GraphBuilder;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.L2NormalizeVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;

/**
 * The embedding network as a single-input {@link ComputationGraph}: input {@value #INPUT}
 * ({@code [batch, 1, frames, mels]}) → trunk → {@code projection} (dense, linear) →
 * {@value #EMBEDDING} ({@link L2NormalizeVertex}) → {@value #OUTPUT} (a {@link LossLayer} with
 * identity activation and {@link BatchHardTripletLoss}).
 *
 * <p>The loss layer passes its input through unchanged, so the graph's output <em>is</em> the
 * unit-norm embedding: a saved model is used at scoring time as is, with
 * {@code outputSingle(patches)} (or the activation of {@value #EMBEDDING}, which is the same array).
 * Labels are class ids, one column ({@link BatchHardTripletLoss}).
 */
public final class EmbeddingFactory {
  /** The graph's input name. */
  public static final String INPUT = CnnTrunk.INPUT;
  /** The L2-normalisation vertex whose activation is the embedding. */
  public static final String EMBEDDING = "embedding";
  /** The graph's output (the loss layer; its output equals {@link #EMBEDDING}'s). */
  public static final String OUTPUT = "triplet";
  /** Guards the L2 norm of an all-zero projection. */
  private static final double NORM_EPSILON = 1e-8;

  private EmbeddingFactory() {}

  /** The configuration in 32-bit floats, serialisable for Spark's training masters. */
  public static ComputationGraphConfiguration configuration(EmbeddingSettings s) {
    return configuration(s, DataType.FLOAT);
  }

  /** The configuration in {@code dataType} (DOUBLE for gradient checks). */
  public static ComputationGraphConfiguration configuration(EmbeddingSettings s, DataType dataType) {
    GraphBuilder g = new NeuralNetConfiguration.Builder()
        .seed(s.seed())
        .dataType(dataType)
        .weightInit(WeightInit.RELU)
        .updater(new Adam(s.learningRate()))
        .graphBuilder()
        .addInputs(INPUT);
    String pooled = CnnTrunk.add(g, s.trunk());
    g.addLayer("projection", new DenseLayer.Builder().nOut(s.embeddingSize())
        .activation(Activation.IDENTITY).weightInit(WeightInit.XAVIER).build(), pooled);
    g.addVertex(EMBEDDING, new L2NormalizeVertex(new int[] {1}, NORM_EPSILON), "projection");
    g.addLayer(OUTPUT, new LossLayer.Builder(new BatchHardTripletLoss(s.margin()))
        .activation(Activation.IDENTITY).build(), EMBEDDING);
    g.setOutputs(OUTPUT);
    g.setInputTypes(InputType.convolutional(s.trunk().inputFrames(), s.trunk().inputMels(), 1));
    return g.build();
  }

  /** An initialised network. */
  public static ComputationGraph build(EmbeddingSettings s) {
    ComputationGraph net = new ComputationGraph(configuration(s));
    net.init();
    return net;
  }
}
