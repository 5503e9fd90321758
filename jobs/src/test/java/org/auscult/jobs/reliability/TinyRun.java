package org.auscult.jobs.reliability;

import com.typesafe.config.Config;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.config.TrainingProfile;
import org.auscult.jobs.features.FeatureReport;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
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

  private static TinyRun shared;

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

  /**
   * The run the tests of this JVM share, made on first use (about 10 s) and deleted when the JVM
   * exits: synth, features, the gmm and the ae trained, the gmm's scores in {@link #scores}. A test
   * may read it, or copy it to change it; what it changes in place it must put back.
   */
  static synchronized TinyRun shared() throws IOException {
    if (shared == null) {
      Path root = Files.createTempDirectory("auscult-tiny-run-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
      TinyRun run = new TinyRun(SharedSpark.session(), root);
      run.synth();
      run.features();
      run.train("gmm", false);
      run.train("ae", false);
      run.score(run.features, run.scores, "gmm");
      shared = run;
    }
    return shared;
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

  /** Copies the folder {@code from} and everything below it to {@code to} (which must not exist). */
  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + dir, e);
    }
  }
}
