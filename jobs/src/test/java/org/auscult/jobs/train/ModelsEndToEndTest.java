package org.auscult.jobs.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.EvaluationSummary;
import org.auscult.evaluation.report.SectionEvaluation;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SynthPlan;
import org.auscult.jobs.EvaluateJob;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.training.engine.Checkpoints;
import org.auscult.training.engine.LearningRates;
import org.auscult.training.engine.NetworkFiles;
import org.auscult.training.inputs.DataFingerprint;
import org.auscult.training.model.ModelManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model kind, trained on Spark and scored, on a small set of synthetic fan clips whose
 * anomalies are obvious, each must separate them. Obvious depends on what a model looks at: for
 * the autoencoder and the GMM an anomalous clip is the machine drowned in loud white noise; for
 * the section classifier and the embedding it is the sound of another section (noise alone carries
 * no section, so a classifier may well call it any section with confidence).
 */
class ModelsEndToEndTest {
  private static final MachineType FAN = MachineType.of("fan");
  private static final long SEED = 7;

  @TempDir
  static Path tmp;

  private static final SparkSession spark = SharedSpark.session();
  /** Anomalies drowned in noise. */
  private static String noisy;
  /** Anomalies that sound like the next section. */
  private static String swapped;

  @BeforeAll
  static void makeFeatures() throws IOException {
    noisy = features("noisy", false);
    swapped = features("swapped", true);
  }

  private static String features(String name, boolean swap) throws IOException {
    Path data = tmp.resolve("data-" + name);
    ClipSynthesizer synth = new ClipSynthesizer();
    SplittableRandom noise = new SplittableRandom(SEED);
    for (int section = 0; section < 3; section++) {
      write(data, synth, section, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 12, null, false);
      write(data, synth, section, Domain.TARGET, Split.TRAIN, Label.NORMAL, 3, null, false);
      for (Domain d : Domain.values()) {
        write(data, synth, section, d, Split.TEST, Label.NORMAL, 4, null, false);
        write(data, synth, section, d, Split.TEST, Label.ANOMALY, 4, noise, swap);
      }
    }
    return TrainTestSupport.features(spark, data, tmp.resolve("features-" + name));
  }

  /**
   * Writes {@code n} clips of a cell. An anomaly is either the next section's normal sound
   * ({@code swap}) or this clip drowned in white noise at about −7 dB SNR.
   */
  private static void write(Path root, ClipSynthesizer synth, int section, Domain d, Split split,
      Label label, int n, SplittableRandom noise, boolean swap) throws IOException {
    for (int i = 0; i < n; i++) {
      ClipName name = SynthPlan.name(FAN, section, d, split, label, i);
      float[] x;
      if (label == Label.ANOMALY && swap) {
        x = synth.render(SEED, FAN, SynthPlan.name(FAN, (section + 1) % 3, d, Split.TEST,
            Label.NORMAL, 10 + i));
      } else {
        x = synth.render(SEED, FAN, name);
      }
      if (label == Label.ANOMALY && !swap) {
        for (int k = 0; k < x.length; k++) {
          x[k] = (float) (0.5 * x[k] + 0.1 * (2 * noise.nextDouble() - 1));
        }
      }
      Path p = root.resolve("fan").resolve(split.token()).resolve(name.fileName());
      Files.createDirectories(p.getParent());
      Files.write(p, WavWriter.toPcm16Mono(x, 16000));
    }
  }

  private static TrainSettings settings(String model, String features, String out,
      Map<String, Object> o, boolean resume, boolean overwrite) {
    return TrainSettings.from(TrainTestSupport.quick(o), model, features, out, List.of("fan"), null, resume,
        overwrite);
  }

  private static double meanAuc(String scores, String label) throws Exception {
    EvaluationSummary s = EvaluateJob.run(spark, List.of(scores), Optional.empty(),
        tmp.resolve("eval-" + label).toString(), false);
    List<Double> aucs = new ArrayList<>();
    for (SectionEvaluation e : s.evaluations().get(0).sections()) {
      aucs.add(e.metrics().aucSource());
      aucs.add(e.metrics().aucTarget());
    }
    return aucs.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
  }

  private static double trainScoreEvaluate(String model, String features,
      Map<String, Object> o) throws Exception {
    String models = tmp.resolve("models-" + model).toString();
    TrainStage.run(spark, settings(model, features, models, o, false, false));
    String scores = tmp.resolve("scores-" + model).toString();
    ScoreStage.run(spark, models, features, scores, List.of(model));
    assertThat(Path.of(scores, model, "decision_result_fan_section_00_test.csv")).exists();
    return meanAuc(scores + "/" + model, model);
  }

  @Test
  void theAutoencoderSeparatesObviousAnomaliesAndResumes() throws Exception {
    Map<String, Object> twoEpochs = Map.of("auscult.training.ae.epochs", 2);
    assertThat(trainScoreEvaluate("ae", noisy, twoEpochs)).isGreaterThan(0.8);

    String models = tmp.resolve("models-ae").toString();
    assertThatThrownBy(() -> TrainStage.run(spark, settings("ae", noisy, models,
        twoEpochs, false, false)))
        .isInstanceOf(StageFailedException.class).hasMessageContaining("already holds a trained model");
    TrainStage.run(spark, settings("ae", noisy, models,
        Map.of("auscult.training.ae.epochs", 3), true, false));
    ModelManifest manifest = ModelFolder.read(spark.sparkContext().hadoopConfiguration(),
        models + "/ae/fan").manifest();
    assertThat(manifest.epochs()).isEqualTo(3);
    assertThat(manifest.threshold().method()).isNotBlank();
  }

  @Test
  void theGmmSeparatesObviousAnomalies() throws Exception {
    assertThat(trainScoreEvaluate("gmm", noisy, Map.of())).isGreaterThan(0.8);
  }

  /** The kinds that learn sections: the file of their model that names them, and how. */
  static Stream<Arguments> sectionKinds() {
    return Stream.of(
        Arguments.of("classifier", "classes.json", List.of("\"fan|00|", "\"fan|01|", "\"fan|02|")),
        Arguments.of("embedding", "references.json",
            List.of("\"fan_00\"", "\"fan_01\"", "\"fan_02\"")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sectionKinds")
  void aSectionKindSeparatesObviousAnomaliesAndSawOnlyTrainingClips(String kind, String file,
      List<String> sections) throws Exception {
    // a few clips: short windows and small minibatches give it enough steps
    String key = "auscult.training." + kind + ".";
    assertThat(trainScoreEvaluate(kind, swapped, Map.of(key + "epochs", 6, key + "frames", 64,
        key + "batch-size", 16))).isGreaterThan(0.8);
    ModelFolder.Loaded model = ModelFolder.read(spark.sparkContext().hadoopConfiguration(),
        tmp.resolve("models-" + kind + "/" + kind + "/all").toString());
    assertThat(new String(model.files().bytes(file), StandardCharsets.UTF_8))
        .contains(sections.toArray(String[]::new));
    assertThat(model.manifest().dataFingerprint()).isEqualTo(trainingFingerprint());
    // the embedding trains with its step size scaled for the two workers (so its checkpoints hold
    // the scaled one), the classifier with the configured one; the model keeps the configured one
    var checkpoints = new Checkpoints(FileSystem.getLocal(new Configuration()).getRawFileSystem(),
        new org.apache.hadoop.fs.Path(tmp.resolve("models-" + kind + "/" + kind + "/all")
            .resolve(ModelFolder.CHECKPOINTS).toUri()));
    assertThat(LearningRates.of(checkpoints.latest(trainingFingerprint()).orElseThrow().network()))
        .isEqualTo(kind.equals("embedding") ? 2e-3 : 1e-3);
    assertThat(LearningRates.of(NetworkFiles.graph(model.files()))).isEqualTo(1e-3);
  }

  /** The fingerprint of exactly the normal training clips: what the models must record. */
  private static String trainingFingerprint() throws IOException {
    FeaturesTable table = FeaturesTable.open(spark, swapped);
    List<String> digests = new ArrayList<>();
    for (FeatureRow r : table.rows("split = 'train'").collectAsList()) {
      digests.add(DataFingerprint.clipDigest(r.toClip().key(), r.getLogmel(), null));
    }
    assertThat(digests).hasSize(45);
    return DataFingerprint.combine(digests);
  }

  @Test
  void aFeaturesFolderWithoutItsMarkerIsRefused() throws IOException {
    Path missing = tmp.resolve("missing");
    assertThatThrownBy(() -> FeaturesTable.open(spark, missing.toString()))
        .hasMessageContaining("does not exist");
    Path incomplete = Files.createDirectories(tmp.resolve("incomplete/clips"));
    assertThatThrownBy(() -> FeaturesTable.open(spark, incomplete.getParent().toString()))
        .hasMessageContaining("has no " + StageOutput.SUCCESS).hasMessageContaining("incomplete");
  }
}
