package org.auscult.training.kinds;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.auscult.training.config.ConfigValues;

/**
 * How a network kind trains: passes over the training clips, examples per minibatch and Adam's
 * step size, the keys {@code epochs}, {@code batch-size} and {@code learning-rate} every network
 * kind's settings block has.
 */
public record NetworkTraining(int epochs, int batchSize, double learningRate)
    implements Serializable {

  /**
   * The three settings under {@code prefix} (a kind's settings path and a dot), checked in that
   * order.
   *
   * @param minBatch the smallest minibatch the kind's loss can learn from
   * @throws com.typesafe.config.ConfigException naming the key of a bad value
   */
  public static NetworkTraining from(Config c, String prefix, int minBatch) {
    return new NetworkTraining(ConfigValues.intAtLeast(c, prefix + "epochs", 1),
        ConfigValues.intAtLeast(c, prefix + "batch-size", minBatch),
        ConfigValues.positive(c, prefix + "learning-rate"));
  }
}
