package org.auscult.training.nets;

import java.io.Serializable;
import java.util.Objects;

/**
 * The embedding network: CNN trunk → linear projection → L2 normalisation, trained with
 * {@link BatchHardTripletLoss}.
 *
 * @param seed weight-initialisation seed
 * @param learningRate Adam step size
 * @param embeddingSize length of the embedding (128)
 * @param margin triplet margin on squared distances (0.2)
 * @param trunk the convolutional trunk
 */
public record EmbeddingSettings(long seed, double learningRate, int embeddingSize, double margin,
    CnnTrunkSettings trunk) implements Serializable {

  public EmbeddingSettings {
    Sizes.positive("learningRate", learningRate);
    Sizes.positive("embeddingSize", embeddingSize);
    if (!(margin >= 0)) {
      throw new IllegalArgumentException("margin must be >= 0, got " + margin);
    }
    Objects.requireNonNull(trunk, "trunk");
  }

  /** The {@code quick} profile on 64 × 128 patches: 128-d embedding, margin 0.2. */
  public static EmbeddingSettings quick(long seed) {
    return new EmbeddingSettings(seed, 1e-3, 128, BatchHardTripletLoss.DEFAULT_MARGIN,
        CnnTrunkSettings.quick(64, 128));
  }

  /** The {@code baseline} profile on 64 × 128 patches. */
  public static EmbeddingSettings baseline(long seed) {
    return new EmbeddingSettings(seed, 1e-3, 128, BatchHardTripletLoss.DEFAULT_MARGIN,
        CnnTrunkSettings.baseline(64, 128));
  }
}
