package org.auscult.training.nets;

import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.graph.L2NormalizeVertex;
import org.deeplearning4j.nn.conf.layers.LossLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.lossfunctions.ILossFunction;

/**
 * The embedding network as a single-input {@link ComputationGraph}: input {@value #INPUT}
 * ({@code [batch, 1, frames, mels]}) → {@link ClipEncoder} → {@value #EMBEDDING}
 * ({@link L2NormalizeVertex}) → {@value #OUTPUT}, a {@link LossLayer} with identity activation and
 * {@link SubclusterAdaCos} (or {@link AdaProj}, or {@link BatchHardTripletLoss} with its soft
 * margin).
 *
 * <p>The loss layer passes its input through unchanged, so the graph's output <em>is</em> the
 * unit-norm embedding: a saved model is used at scoring time as is, with
 * {@code outputSingle(clip)}.
 */
public final class EmbeddingFactory {
  /** The graph's input name. */
  public static final String INPUT = ClipEncoder.INPUT;
  /** The encoder's output: the embedding before its normalisation. */
  public static final String CLIP_VECTOR = ClipEncoder.CLIP_VECTOR;
  /** The L2-normalisation vertex whose activation is the embedding. */
  public static final String EMBEDDING = "embedding";
  /** The graph's output (the loss layer; its output equals {@link #EMBEDDING}'s). */
  public static final String OUTPUT = "loss";
  /** Guards the L2 norm of an all-zero clip vector. */
  private static final double NORM_EPSILON = 1e-8;

  private EmbeddingFactory() {}

  /** The configuration in 32-bit floats, serialisable for Spark's training masters. */
  public static ComputationGraphConfiguration configuration(EmbeddingSettings s) {
    return configuration(s, DataType.FLOAT);
  }

  /** The configuration in {@code dataType} (DOUBLE for gradient checks). */
  public static ComputationGraphConfiguration configuration(EmbeddingSettings s,
      DataType dataType) {
    ClipEncoderSettings e = s.encoder();
    return ClipEncoder.graph(e, dataType, (g, vector) -> {
      g.addVertex(EMBEDDING, new L2NormalizeVertex(new int[] {1}, NORM_EPSILON), vector);
      ILossFunction loss = switch (s.loss()) {
        case "adacos" -> new SubclusterAdaCos(s.classes(), s.subclusters(), e.embeddingSize(),
            e.seed(), true);
        case "adaproj" -> new AdaProj(s.classes(), s.subclusters(), e.embeddingSize(), e.seed(),
            true);
        default -> new BatchHardTripletLoss(BatchHardTripletLoss.DEFAULT_MARGIN, true);
      };
      g.addLayer(OUTPUT, new LossLayer.Builder(loss).activation(Activation.IDENTITY).build(),
          EMBEDDING);
      return OUTPUT;
    });
  }

  /** An initialised network. */
  public static ComputationGraph build(EmbeddingSettings s) {
    return ClipEncoder.initialised(configuration(s));
  }
}
