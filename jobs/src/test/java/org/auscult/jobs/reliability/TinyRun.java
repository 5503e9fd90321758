package org.auscult.jobs.reliability;

import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.features.FeatureReport;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;

/**
 * The stages on the tiny synthetic set of one machine type (fan: 66 clips), one run folder laid
 * out as the demo lays it out, with the quick training profile (the AE for one epoch).
 */
final class TinyRun {
  static final long SEED = 20_220_301L;

  final SparkSession spark;
  final Path data;
  final Path features;
  final Path models;
  final Path scores;

  TinyRun(SparkSession spark, Path root) {
    this.spark = spark;
    this.data = root.resolve("data");
    this.features = root.resolve("features");
    this.models = root.resolve("models");
    this.scores = root.resolve("scores");
  }

  /** The configuration of the quick profile with {@code overrides} ("key=value"). */
  static Config config(String... overrides) {
    Map<String, String> map = new LinkedHashMap<>();
    map.put("auscult.training.ae.epochs", "1");
    // 66 clips in tasks of 16: both cores of local[2] busy
    map.put("auscult.features.clips-per-task", "16");
    for (String o : overrides) {
      int eq = o.indexOf('=');
      map.put(o.substring(0, eq), o.substring(eq + 1));
    }
    return StageConfig.load(List.of(), map, TrainingProfile.load("quick"));
  }

  SynthStage.Report synth() throws IOException {
    return SynthStage.run(spark, new SynthSettings(data.toString(), SynthScale.TINY, SEED,
        Set.of(MachineType.of("fan")), 16, Duration.ofMinutes(1)));
  }

  /** Features of every clip into {@link #features}. */
  FeatureReport features() throws IOException {
    return features(features, config(), null);
  }

  /** Features of at most {@code limit} clips (all when null) into {@code out}. */
  FeatureReport features(Path out, Config c, Integer limit) throws IOException {
    return FeatureStage.run(spark, FeatureSettings.from(c, data.toString(), out.toString(), limit,
        0, null));
  }

  void train(String kind, boolean overwrite) throws IOException {
    TrainStage.run(spark, TrainSettings.from(config(), kind, features.toString(),
        models.toString(), null, null, false, overwrite));
  }

  ScoreStage.Report score(Path featureFolder, Path out, String... kinds) throws IOException {
    return ScoreStage.run(spark, models.toString(), featureFolder.toString(), out.toString(),
        List.of(kinds));
  }
}
