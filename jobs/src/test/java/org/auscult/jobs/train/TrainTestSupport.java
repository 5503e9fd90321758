package org.auscult.jobs.train;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;

/** What the train tests share: their own clips made into features, and the quick profile. */
final class TrainTestSupport {
  private TrainTestSupport() {}

  /** Makes the features of the clips under {@code data} into {@code out}, no bad clip allowed. */
  static String features(SparkSession spark, Path data, Path out) throws IOException {
    FeatureStage.run(spark, FeatureSettings.from(ConfigFactory.load(), data.toString(),
        out.toString(), null, 0, null));
    return out.toString();
  }

  /** The quick profile with {@code overrides} over it, over the defaults. */
  static Config quick(Map<String, Object> overrides) {
    return ConfigFactory.parseMap(overrides).withFallback(TrainingProfile.load("quick"))
        .withFallback(ConfigFactory.load()).resolve();
  }
}
