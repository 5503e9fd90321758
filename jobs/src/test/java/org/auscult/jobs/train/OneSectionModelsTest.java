package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SynthPlan;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every model kind trains and scores on machine types of one section each, as the 2023–2026 sets
 * have them (here two types, section 00 only, 2023-style names with {@code noAttribute}, clips of
 * 7 s).
 */
class OneSectionModelsTest {
  private static final long SEED = 11;
  private static final int SAMPLES = 7 * 16000;

  @TempDir
  static Path tmp;

  private static final SparkSession spark = SharedSpark.session();
  private static String features;

  @BeforeAll
  static void makeFeatures() throws IOException {
    Path data = tmp.resolve("data");
    ClipSynthesizer synth = new ClipSynthesizer();
    SplittableRandom noise = new SplittableRandom(SEED);
    for (String machine : List.of("fan", "valve")) {
      MachineType m = MachineType.of(machine);
      write(data, synth, m, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 10, null);
      write(data, synth, m, Domain.TARGET, Split.TRAIN, Label.NORMAL, 2, null);
      for (Domain d : Domain.values()) {
        write(data, synth, m, d, Split.TEST, Label.NORMAL, 3, null);
        write(data, synth, m, d, Split.TEST, Label.ANOMALY, 3, noise);
      }
    }
    features = TrainTestSupport.features(spark, data, tmp.resolve("features"));
  }

  private static void write(Path root, ClipSynthesizer synth, MachineType m, Domain d,
      Split split, Label label, int n, SplittableRandom noise) throws IOException {
    for (int i = 0; i < n; i++) {
      float[] x = synth.render(SEED, m, SynthPlan.name(m, 0, d, split, label, i));
      float[] clip = java.util.Arrays.copyOf(x, SAMPLES);
      if (noise != null) {
        for (int k = 0; k < clip.length; k++) {
          clip[k] = (float) (0.5 * clip[k] + 0.1 * (2 * noise.nextDouble() - 1));
        }
      }
      ClipName name = ClipName.dev(0, d, split, label, i, "noAttribute");
      Path p = root.resolve(m.dirName()).resolve(split.token()).resolve(name.fileName());
      Files.createDirectories(p.getParent());
      Files.write(p, WavWriter.toPcm16Mono(clip, 16000));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ae", "gmm", "spectral", "supervised", "classifier", "embedding"})
  void everyKindTrainsAndScoresOneSectionMachineTypes(String kind) throws Exception {
    Map<String, Object> quick = Map.of("auscult.training.ae.epochs", 1,
        "auscult.training.classifier.epochs", 1, "auscult.training.classifier.frames", 64,
        "auscult.training.embedding.epochs", 1, "auscult.training.embedding.frames", 64);
    String models = tmp.resolve("models-" + kind).toString();
    TrainStage.run(spark, TrainSettings.from(TrainTestSupport.quick(quick), kind, features, models,
        List.of("fan", "valve"), null, false, false));
    String scores = tmp.resolve("scores-" + kind).toString();
    ScoreStage.run(spark, models, features, scores, List.of(kind));
    for (String machine : List.of("fan", "valve")) {
      Path file = Path.of(scores, kind, "anomaly_score_" + machine + "_section_00_test.csv");
      assertThat(file).exists();
      assertThat(Files.readAllLines(file)).hasSize(12);
    }
  }

  @Test
  void concurrentFitsInOneJvmGiveTheModelsOfOneAtATime() throws Exception {
    Map<String, Object> quick = Map.of("auscult.training.ae.epochs", 1,
        "auscult.training.classifier.epochs", 1, "auscult.training.classifier.frames", 64,
        "auscult.training.local-threads", 1);
    List<String> kinds = List.of("ae", "classifier");
    Map<Integer, String> scoresByFits = new TreeMap<>();
    for (int fits : new int[] {1, 3}) {
      Map<String, Object> conf = new HashMap<>(quick);
      conf.put("auscult.training.concurrent-fits", fits);
      String models = tmp.resolve("models-fits-" + fits).toString();
      List<TrainSettings> runs = kinds.stream().map(k -> TrainSettings.from(
          TrainTestSupport.quick(conf), k, features, models, List.of("fan", "valve"), "local",
          false, false)).toList();
      assertThat(runs.get(0).concurrency(3)).isEqualTo(new FitConcurrency(fits, 1));
      List<List<TrainStage.Result>> results = TrainStage.runAll(spark, runs);
      assertThat(results).extracting(List::size).containsExactly(2, 1);
      assertThat(Files.readString(Path.of(models, "ae", TrainStage.MANIFEST)))
          .contains("\"fits_at_once\" : " + fits, "\"native_threads_per_fit\" : 1");
      String scores = tmp.resolve("scores-fits-" + fits).toString();
      ScoreStage.run(spark, models, features, scores, kinds);
      scoresByFits.put(fits, scores);
    }
    for (String kind : kinds) {
      for (String machine : List.of("fan", "valve")) {
        String csv = kind + "/anomaly_score_" + machine + "_section_00_test.csv";
        assertThat(Files.readAllLines(Path.of(scoresByFits.get(3), csv)))
            .hasSize(12)
            .isEqualTo(Files.readAllLines(Path.of(scoresByFits.get(1), csv)));
      }
    }
  }

  @Test
  void aRefusedModelFolderStopsTheRunBeforeAnyFit() throws Exception {
    Map<String, Object> quick = Map.of("auscult.training.ae.epochs", 1);
    String models = tmp.resolve("models-refused").toString();
    TrainStage.run(spark, TrainSettings.from(TrainTestSupport.quick(quick), "ae", features,
        models, List.of("fan", "valve"), "local", false, false));
    List<TrainSettings> runs = Stream.of("gmm", "ae").map(k ->
        TrainSettings.from(TrainTestSupport.quick(quick), k, features, models,
            List.of("fan", "valve"), "local", false, false)).toList();
    assertThatThrownBy(() -> TrainStage.runAll(spark, runs))
        .isInstanceOf(StageFailedException.class)
        .hasMessageContaining("already holds a trained model");
    assertThat(Path.of(models, "gmm")).doesNotExist();
  }

  @Test
  void aKindListedTwiceIsRefused() {
    TrainSettings ae = TrainSettings.from(TrainTestSupport.quick(Map.of()), "ae", features,
        tmp.resolve("models-twice").toString(), List.of("fan"), "local", false, false);
    assertThatThrownBy(() -> TrainStage.runAll(spark, List.of(ae, ae)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("model kind ae listed twice");
  }
}
