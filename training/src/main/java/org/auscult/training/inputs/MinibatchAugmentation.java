package org.auscult.training.inputs;

import java.io.Serializable;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * What is done to a minibatch of labelled examples as it is cut: mixup first, then statistics
 * exchange, as the StatEx reference does. Both engines apply it the same way.
 */
public record MinibatchAugmentation(Mixup mixup, StatisticsExchange exchange)
    implements Serializable {
  /** Nothing. */
  public static final MinibatchAugmentation NONE =
      new MinibatchAugmentation(Mixup.NONE, StatisticsExchange.NONE);

  public MinibatchAugmentation {
    Objects.requireNonNull(mixup, "mixup");
    Objects.requireNonNull(exchange, "exchange");
  }

  /** Mixup alone. */
  public static MinibatchAugmentation of(Mixup mixup) {
    return new MinibatchAugmentation(mixup, StatisticsExchange.NONE);
  }

  /**
   * Augments {@code n} examples of {@code width} features and {@code labelWidth} labels in place.
   */
  public void apply(float[] features, float[] labels, int n, int width, int labelWidth,
      SplittableRandom random) {
    mixup.apply(features, labels, n, width, labelWidth, random);
    exchange.apply(features, labels, n, width, labelWidth, random);
  }
}
