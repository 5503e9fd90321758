package org.auscult.training.nets;

import java.io.Serializable;
import java.util.Objects;

/**
 * The section classifier: CNN trunk → dense → softmax over {@code nClasses}.
 *
 * @param seed weight-initialisation seed
 * @param learningRate Adam step size
 * @param nClasses classes of the softmax: a machine type's 3 sections, or all 21 machine-sections
 * @param trunk the convolutional trunk
 * @param denseSize width of the dense ReLU layer between pooling and softmax
 */
public record ClassifierSettings(long seed, double learningRate, int nClasses,
    CnnTrunkSettings trunk, int denseSize) implements Serializable {

  public ClassifierSettings {
    Sizes.positive("learningRate", learningRate);
    if (nClasses < 2) {
      throw new IllegalArgumentException("nClasses must be >= 2, got " + nClasses);
    }
    Objects.requireNonNull(trunk, "trunk");
    Sizes.positive("denseSize", denseSize);
  }

  /** The {@code quick} profile on 64 × 128 patches. */
  public static ClassifierSettings quick(int nClasses, long seed) {
    return new ClassifierSettings(seed, 1e-3, nClasses, CnnTrunkSettings.quick(64, 128), 32);
  }

  /** The {@code baseline} profile on 64 × 128 patches. */
  public static ClassifierSettings baseline(int nClasses, long seed) {
    return new ClassifierSettings(seed, 1e-3, nClasses, CnnTrunkSettings.baseline(64, 128), 128);
  }
}
