package org.auscult.training.nets;

import java.io.Serializable;
import java.util.Objects;

/**
 * The embedding network: the clip encoder, an L2-normalised embedding, and the loss that shapes it.
 *
 * @param encoder the clip encoder; its clip vector is the embedding before normalisation
 * @param loss {@code adacos} (sub-cluster AdaCos over the classes, one-hot or mixed labels) or
 *     {@code triplet} (batch-hard triplets with a soft margin, class-id labels)
 * @param classes classes of the auxiliary task
 * @param subclusters AdaCos centres per class
 */
public record EmbeddingSettings(ClipEncoderSettings encoder, String loss, int classes,
    int subclusters) implements Serializable {

  public EmbeddingSettings {
    Objects.requireNonNull(encoder, "encoder");
    if (!loss.equals("adacos") && !loss.equals("triplet")) {
      throw new IllegalArgumentException("loss must be adacos or triplet, got " + loss);
    }
    Sizes.positive("classes", classes);
    Sizes.positive("subclusters", subclusters);
  }

  /** True when the labels are class distributions (AdaCos), false for class ids (triplets). */
  public boolean distributionLabels() {
    return loss.equals("adacos");
  }
}
