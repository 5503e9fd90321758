package org.auscult.training.inputs;

import java.io.Serializable;
import java.util.SplittableRandom;

/**
 * Mixup (Zhang et al. 2018) of a minibatch: a share of its examples are each replaced by
 * {@code λ·x_i + (1 − λ)·x_j}, labels likewise, with j another example of the minibatch and λ drawn
 * uniformly from [0, 1). Labels must be class distributions (one-hot rows).
 *
 * @param share the share of examples mixed, in [0, 1]; 0 turns it off
 */
public record Mixup(double share) implements Serializable {
  /** No mixing. */
  public static final Mixup NONE = new Mixup(0);

  public Mixup {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("mixup share must be in [0, 1], got " + share);
    }
  }

  /**
   * Mixes {@code n} examples of {@code width} features and {@code labelWidth} labels in place, the
   * partners and weights drawn from {@code random}.
   */
  public void apply(float[] features, float[] labels, int n, int width, int labelWidth,
      SplittableRandom random) {
    if (share == 0 || n < 2) {
      return;
    }
    float[] x = features.clone();
    float[] y = labels.clone();
    for (int i = 0; i < n; i++) {
      int j = Partners.draw(i, n, share, random);
      if (j < 0) {
        continue;
      }
      float lambda = (float) random.nextDouble();
      for (int k = 0; k < width; k++) {
        features[i * width + k] = lambda * x[i * width + k] + (1 - lambda) * x[j * width + k];
      }
      for (int k = 0; k < labelWidth; k++) {
        labels[i * labelWidth + k] = lambda * y[i * labelWidth + k]
            + (1 - lambda) * y[j * labelWidth + k];
      }
    }
  }
}
