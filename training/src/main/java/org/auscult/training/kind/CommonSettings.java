package org.auscult.training.kind;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.auscult.training.config.ConfigValues;

/**
 * The training settings every kind shares, from {@code auscult.training} and
 * {@code auscult.evaluation}.
 *
 * @param profile the training profile's name, recorded in every model
 * @param seed the seed of every random choice in training
 * @param validationFraction the share of training clips a network holds out for its validation
 * @param thresholdQuantile the quantile of the training scores' gamma fit that becomes the decision
 *     threshold
 */
public record CommonSettings(String profile, long seed, double validationFraction,
    double thresholdQuantile) implements Serializable {

  private static final String P = "auscult.training.";

  public CommonSettings {
    if (!(validationFraction >= 0 && validationFraction < 1)) {
      throw new IllegalArgumentException(P + "validation-fraction must be in [0, 1), got "
          + validationFraction);
    }
    if (!(thresholdQuantile > 0 && thresholdQuantile < 1)) {
      throw new IllegalArgumentException("auscult.evaluation.threshold-quantile must be in (0, 1),"
          + " got " + thresholdQuantile);
    }
  }

  /** Reads the settings, naming the key of a bad value. */
  public static CommonSettings from(Config c) {
    return new CommonSettings(c.getString(P + "profile"), c.getLong(P + "seed"),
        ConfigValues.doubleWithin(c, P + "validation-fraction", 0, true, 1),
        ConfigValues.doubleWithin(c, "auscult.evaluation.threshold-quantile", 0, false, 1));
  }
}
