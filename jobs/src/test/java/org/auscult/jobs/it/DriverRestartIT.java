package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.auscult.jobs.it.InterruptedRuns.AE_EPOCHS;
import static org.auscult.jobs.it.InterruptedRuns.MACHINE;
import static org.auscult.jobs.it.InterruptedRuns.STAGE_LIMIT;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.typesafe.config.Config;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.synth.SynthPlan;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.spark.SharedSpark;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A stage's driver (a local[2] process started by {@code submit/auscult}) killed with SIGKILL
 * mid-run, then run again: {@code features} must leave the previous output as it was and the rerun
 * must replace it; AE training must continue from its last checkpoint with {@code --resume} and
 * end at the configured epoch count. The input data are made in this JVM, which is faster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DriverRestartIT {
  @RegisterExtension
  static final ChildProcesses PROCESSES = new ChildProcesses();

  private final Configuration conf = new Configuration();
  private final SparkSession spark = SharedSpark.session();
  private final int clips = SynthPlan.clips(SynthScale.TINY, Set.of(MACHINE)).size();
  // one instance per class: the folder is made fresh once, before the data
  private final Path dir = BuildOutputs.freshWorkFolder("driver-restart");
  private final String data = dir.resolve("data").toString();
  private StageLauncher stages;

  @BeforeAll
  void makeData() throws IOException {
    SynthStage.run(spark, SynthSettings.from(config(), data, "tiny", null,
        List.of(MACHINE.dirName())));
    stages = new StageLauncher(PROCESSES, dir, List.of("--master", "local[2]",
        "--driver-memory", "1g"), Map.of());
  }

  @AfterAll
  void removeScratch() {
    PROCESSES.closeAll();
    // a killed driver cannot clean its Spark scratch folder, which holds a copy of the jar
    BuildOutputs.deleteTree(dir.resolve("local"));
  }

  private static Config config() {
    return StageConfig.load(List.of(), Map.of());
  }

  @Test
  void killedFeaturesDriverLeavesThePreviousOutputAndTheRerunReplacesIt() throws IOException {
    String out = dir.resolve("features").toString();
    int previousClips = 12;
    FeatureStage.run(spark, FeatureSettings.from(config(), data, out, previousClips, null, null));
    byte[] previousManifest = StageFolders.bytes(conf, out + "/_MANIFEST.json");

    ChildProcess driver = stages.start("features-killed", "features", "--data", data,
        "--out", out, "-D", "auscult.features.clips-per-task=4",
        "-D", "auscult.features.progress-interval=1s");
    driver.awaitLog(Pattern.compile("features: [1-9][0-9]* / " + clips + " clips"), STAGE_LIMIT);
    driver.kill();

    assertThat(driver.log()).doesNotContain("clips written to");
    assertThat(StageFolders.stagingFolders(conf, out)).as("the killed run's staging folder")
        .hasSize(1);
    StageFolders.assertComplete(conf, out);
    assertThat(StageFolders.bytes(conf, out + "/_MANIFEST.json")).isEqualTo(previousManifest);
    assertThat(StageFolders.featureRows(spark, out).count()).isEqualTo(previousClips);

    stages.run("features-rerun", STAGE_LIMIT, "features", "--data", data, "--out", out);

    assertThat(StageFolders.stagingFolders(conf, out)).isEmpty();
    StageFolders.assertComplete(conf, out);
    assertThat(StageFolders.bytes(conf, out + "/_MANIFEST.json")).isNotEqualTo(previousManifest);
    assertThat(StageFolders.featureRows(spark, out).count()).isEqualTo(clips);
  }

  @Test
  void killedTrainingDriverResumesAfterItsLastCheckpoint() throws IOException {
    String features = dir.resolve("features-for-training").toString();
    FeatureStage.run(spark, FeatureSettings.from(config(), data, features, null, null, null));
    String models = dir.resolve("models").toString();
    String[] train = {"train", "--model", "ae", "--profile", "quick", "--engine", "spark",
        "--features", features, "--out", models, "-D", "auscult.training.ae.epochs=" + AE_EPOCHS};
    Path model = Path.of(models, "ae", MACHINE.dirName());

    ChildProcess first = stages.start("train-killed", train);
    first.awaitLog(Pattern.compile("epoch 2/" + AE_EPOCHS + ":"), STAGE_LIMIT);
    first.kill();

    assertThat(model.resolve("_SUCCESS")).doesNotExist();
    int checkpointed = new ObjectMapper().readTree(
        model.resolve("checkpoints/latest.json").toFile()).get("epoch").asInt();
    assertThat(checkpointed).isBetween(2, AE_EPOCHS - 1);

    List<String> resumed = new ArrayList<>(List.of(train));
    resumed.add("--resume");
    ChildProcess second = stages.run("train-resumed", STAGE_LIMIT,
        resumed.toArray(String[]::new));

    Matcher m = Pattern.compile("resuming after epoch (\\d+)").matcher(second.log());
    assertThat(m.find()).as("resume line in%n%s", second.tail()).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(checkpointed);
    for (int epoch = 1; epoch <= checkpointed; epoch++) {
      assertThat(second.log()).as("epoch %d is not trained again", epoch)
          .doesNotContain("epoch " + epoch + "/" + AE_EPOCHS + ":");
    }
    assertThat(model.resolve("_SUCCESS")).exists();
    InterruptedRuns.assertEveryEpochTrained(model);
    assertThat(Files.size(model.resolve("network.zip"))).isPositive();
  }
}
