package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.auscult.training.config.ConfigValues;

/** How dl4j-spark trains: {@code auscult.training.spark}. */
public record SparkTrainerSettings(int workers, int averagingFrequency, int prefetchBatches,
    int shuffleBufferExamples, int lossSampleBatches, boolean collectStats)
    implements Serializable {

  public SparkTrainerSettings {
    if (workers < 0 || averagingFrequency < 1 || prefetchBatches < 0 || shuffleBufferExamples < 1
        || lossSampleBatches < 1) {
      throw new IllegalArgumentException("auscult.training.spark: workers >= 0, "
          + "averaging-frequency >= 1, prefetch-batches >= 0, shuffle-buffer-examples >= 1 and "
          + "loss-sample-batches >= 1 expected");
    }
  }

  /** Reads {@code auscult.training.spark}. */
  public static SparkTrainerSettings from(Config c) {
    String p = "auscult.training.spark.";
    return new SparkTrainerSettings(ConfigValues.intAtLeast(c, p + "workers", 0),
        ConfigValues.intAtLeast(c, p + "averaging-frequency", 1),
        ConfigValues.intAtLeast(c, p + "prefetch-batches", 0),
        ConfigValues.intAtLeast(c, p + "shuffle-buffer-examples", 1),
        ConfigValues.intAtLeast(c, p + "loss-sample-batches", 1), c.getBoolean(p + "collect-stats"));
  }
}
