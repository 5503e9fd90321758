package org.auscult.training.nets;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The embedding network: the clip encoder, an L2-normalised embedding, and the loss that shapes it.
 *
 * @param encoder the clip encoder; its clip vector is the embedding before normalisation
 * @param loss {@code adacos} (sub-cluster AdaCos over the classes, one-hot or mixed labels),
 *     {@code adaproj} (AdaProj: class subspaces, the same labels) or {@code triplet} (batch-hard
 *     triplets with a soft margin, class-id labels)
 * @param classes classes of the auxiliary task
 * @param subclusters AdaCos centres per class, or the dimension of an AdaProj class subspace
 */
public record EmbeddingSettings(ClipEncoderSettings encoder, String loss, int classes,
    int subclusters) implements Serializable {
  /** The losses, as the configuration names them. */
  public static final List<String> LOSSES = List.of("adacos", "adaproj", "triplet");

  public EmbeddingSettings {
    Objects.requireNonNull(encoder, "encoder");
    if (!LOSSES.contains(loss)) {
      throw new IllegalArgumentException("loss must be one of " + LOSSES + ", got " + loss);
    }
    Sizes.positive("classes", classes);
    Sizes.positive("subclusters", subclusters);
  }

  /** True when the labels are class distributions (AdaCos, AdaProj), false for class ids. */
  public boolean distributionLabels() {
    return !loss.equals("triplet");
  }
}
