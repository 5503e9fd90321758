package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchException;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.auscult.evaluation.ReferenceCases;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.EvaluateJob;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageFolderException;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.features.FeaturesTable;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.score.ScoreStage;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import org.auscult.jobs.train.ModelFolder;
import org.auscult.jobs.train.TrainSettings;
import org.auscult.jobs.train.TrainStage;
import org.auscult.training.model.ModelManifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;

/**
 * Outputs that cannot be written, and outputs that are not complete. Tests run as root here, and
 * root writes through any permission bits, so the failures are made with things that stop root
 * too: a regular file where the output's parent folder should be (mkdirs fails with "not a
 * directory"), and a full disk, the local file system behind a byte quota ({@link
 * QuotaFileSystem}), and a read-only file system ({@link ReadOnlyFileSystem}).
 */
class UnwritableOutputTest {
  private final SparkSession spark = SharedSpark.session();
  private final Configuration hadoop = spark.sparkContext().hadoopConfiguration();

  private static FeatureSettings features(Path data, String out) {
    return FeatureSettings.from(ConfigFactory.load(), data.toString(), out, null, 0, null);
  }

  @Test
  void anOutputBelowAFileFailsNamingTheFolderAndWritesNothing(@TempDir Path tmp)
      throws IOException {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file, not a folder");
    Path out = blocker.resolve("features");

    assertFolderFailure(() -> FeatureStage.run(spark, features(data, out.toString())),
        ExitCodes.FAILED, "output folder file:" + out + " cannot be written");
    assertFolderFailure(() -> SynthStage.run(spark, new SynthSettings(out.toString(),
        SynthScale.TINY, 1, Set.of(MachineType.of("fan")), 16, Duration.ofMinutes(1))),
        ExitCodes.FAILED, "output folder file:" + out + " cannot be written");
    Path scores = ReferenceCases.dir("c5_devnames").resolve("scores");
    assertFolderFailure(() -> EvaluateJob.run(spark, List.of(scores.toString()),
        Optional.empty(), out.toString(), false),
        ExitCodes.FAILED, "output folder file:" + out + " cannot be written");

    assertThat(Files.readString(blocker)).isEqualTo("a file, not a folder");
    assertThat(names(tmp)).containsExactlyInAnyOrder("data", "blocker");
  }

  @Test
  void aReadOnlyFileSystemFailsTheSameWayAndWritesNothing(@TempDir Path tmp) throws IOException {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    ReadOnlyFileSystem.register(hadoop);
    Path parent = Files.createDirectory(tmp.resolve("read-only"));
    Path target = parent.resolve("features");
    String out = ReadOnlyFileSystem.uri(target);
    String message = "output folder readonly:" + target + " cannot be written";
    assertFolderFailure(() -> FeatureStage.run(spark, features(data, out)), ExitCodes.FAILED,
        message);
    assertFolderFailure(() -> SynthStage.run(spark, new SynthSettings(out, SynthScale.TINY, 1,
        Set.of(MachineType.of("fan")), 16, Duration.ofMinutes(1))), ExitCodes.FAILED, message);
    assertThat(names(parent)).isEmpty();
  }

  @Test
  void aFullDiskKeepsTheEarlierOutputAndLeavesNoMarkerNorStaging(@TempDir Path tmp)
      throws IOException {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    QuotaFileSystem.register(hadoop);
    Path out = tmp.resolve("features");
    try {
      FeatureStage.run(spark, features(data, QuotaFileSystem.uri(out)));
      byte[] manifest = Files.readAllBytes(out.resolve(StageOutput.MANIFEST));
      List<String> files = tree(out);

      // the disk fills up halfway through the tasks' writing of the log-mel table
      long half = bytes(out.resolve(FeatureStage.CLIPS)) / 2;
      QuotaFileSystem.limit(half);
      Exception full = catchException(() -> FeatureStage.run(spark,
          features(data, QuotaFileSystem.uri(out))));
      assertThat(causes(full)).contains("No space left on device");
      // what the features main prints for it: one line naming the folder and the cause
      StageRun printed = StageRun.of(new Rethrow(full));
      assertThat(printed.exitCode()).isEqualTo(ExitCodes.FAILED);
      assertThat(printed.stderr()).singleElement().asString()
          .startsWith("features: failed: ")
          .contains("/.features.staging-")
          .endsWith("(cause: java.io.IOException: No space left on device)");
      assertThat(tree(out)).isEqualTo(files);
      assertThat(out.resolve(StageOutput.MANIFEST)).hasBinaryContent(manifest);
      assertThat(names(tmp)).containsExactlyInAnyOrder("data", "features");

      Path fresh = tmp.resolve("fresh");
      QuotaFileSystem.limit(half);
      assertThatThrownBy(() -> FeatureStage.run(spark, features(data,
          QuotaFileSystem.uri(fresh))))
          .satisfies(e -> assertThat(causes(e)).contains("No space left on device"));
      assertThat(names(tmp)).containsExactlyInAnyOrder("data", "features");
    } finally {
      QuotaFileSystem.unlimited();
    }
  }

  @Test
  void anOutputFolderHoldingSomethingElseIsRefusedBeforeAnyWork(@TempDir Path tmp)
      throws IOException {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    List<String> clips = tree(data);
    // --out naming the data set would have replaced (deleted) it
    assertFolderFailure(() -> FeatureStage.run(spark, features(data, data.toString())),
        ExitCodes.USAGE, "output folder file:" + data + " holds files that no Auscult stage "
            + "wrote (no _MANIFEST.json)");
    assertThat(tree(data)).isEqualTo(clips);

    Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
    assertFolderFailure(() -> FeatureStage.run(spark, features(data, file.toString())),
        ExitCodes.USAGE, "output folder file:" + file + " is a file");
    assertThat(file).hasContent("keep me");

    Path features = tmp.resolve("features");
    Files.createDirectory(features); // an empty folder is a fine output
    FeatureStage.run(spark, features(data, features.toString()));
    List<String> written = tree(features);
    assertFolderFailure(() -> SynthStage.run(spark, new SynthSettings(features.toString(),
        SynthScale.TINY, 1, Set.of(MachineType.of("fan")), 16, Duration.ofMinutes(1))),
        ExitCodes.USAGE, "output folder file:" + features + " holds the output of the features "
            + "stage; the synth stage replaces its output folder whole");
    assertThat(tree(features)).isEqualTo(written);
  }

  @Test
  void readersRefuseMissingIncompleteOrUnfittingInputs(@TempDir Path tmp) throws IOException {
    Path data = MiniDataSet.write(tmp.resolve("data"));
    Path features = tmp.resolve("features");
    FeatureStage.run(spark, features(data, features.toString()));
    FeaturesTable.open(spark, features.toString()); // complete: opens

    assertFolderFailure(() -> TrainStage.run(spark, TrainSettings.from(TinyRun.config(),
        "gmm", features.toString(), tmp.resolve("m").toString(), List.of("valve"),
        null, false, false)), ExitCodes.USAGE, "features folder " + features + " has none of "
        + "the machine types [valve] (it has [fan])");
    assertFolderFailure(() -> EvaluateJob.run(spark, List.of(features.toString()),
        Optional.empty(), tmp.resolve("eval").toString(), false), ExitCodes.USAGE,
        "score folder " + features + " holds no anomaly_score_<machine>_section_<SS>_test.csv"
            + " files, nor sub-folders that do");
    assertThat(tmp.resolve("m")).doesNotExist();
    assertThat(tmp.resolve("eval")).doesNotExist();

    Path models = tmp.resolve("models");
    Path gmm = Files.createDirectories(models.resolve("gmm").resolve("fan"));
    Files.writeString(gmm.resolve(ModelManifest.FILE), "{}");
    Path ae = Files.createDirectories(models.resolve("ae").resolve("fan"));
    String incomplete = "has no _SUCCESS marker: it is incomplete";
    assertFolderFailure(() -> ModelFolder.read(hadoop, gmm.toString()), ExitCodes.USAGE,
        "model folder " + gmm + " " + incomplete);
    assertFolderFailure(() -> ModelFolder.read(hadoop, ae.toString()), ExitCodes.USAGE,
        "model folder " + ae + " " + incomplete);
    assertFolderFailure(() -> ScoreStage.run(spark, models.toString(), features.toString(),
        tmp.resolve("scores").toString(), List.of()), ExitCodes.USAGE, incomplete);
    assertThat(tmp.resolve("scores")).doesNotExist();

    Files.delete(features.resolve(StageOutput.SUCCESS));
    assertFolderFailure(() -> FeaturesTable.open(spark, features.toString()), ExitCodes.USAGE,
        "features folder " + features + " " + incomplete + " (its stage failed or is still "
            + "running); rerun that stage");
    assertFolderFailure(() -> StageOutput.requireComplete(hadoop,
        tmp.resolve("nothing").toString(), "features"), ExitCodes.USAGE,
        "features folder " + tmp.resolve("nothing") + " does not exist");
  }

  /** A stage main whose run ends in a given exception, as {@code FeaturesJob} would. */
  @Command(name = "features")
  private static final class Rethrow implements Callable<Integer> {
    private final Exception failure;

    Rethrow(Exception failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      throw failure;
    }
  }

  /** A step that is expected to fail. */
  private interface Step {
    void run() throws Exception;
  }

  private static void assertFolderFailure(Step step, int exitCode, String message) {
    assertThatThrownBy(step::run).isInstanceOf(StageFolderException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((StageFolderException) e).exitCode()).isEqualTo(exitCode));
  }

  /** The messages of {@code e} and its causes. */
  private static String causes(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t).append('\n');
    }
    return b.toString();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static long bytes(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  /** Every file below {@code dir}, relative, with its size. */
  private static List<String> tree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).map(p -> {
        try {
          return dir.relativize(p) + " " + Files.size(p);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }
}
