package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.auscult.jobs.it.InterruptedRuns.AE_EPOCHS;
import static org.auscult.jobs.it.InterruptedRuns.MACHINE;
import static org.auscult.jobs.it.InterruptedRuns.STAGE_LIMIT;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Set;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.dataset.Split;
import org.auscult.features.synth.SynthClip;
import org.auscult.features.synth.SynthPlan;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.config.StageConfig;
import org.auscult.jobs.features.FeatureSettings;
import org.auscult.jobs.features.FeatureStage;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The real stages on a Spark standalone cluster of separate JVMs (a master, a 2-core worker, its
 * executors), each stage a driver process started by {@code submit/auscult --cluster}: the
 * conf/cluster.conf profile (Kryo with the ND4J registrator, authentication) is in force, the
 * shaded jar and the profile travel to executors, ND4J runs in executors. The worker is killed
 * with SIGKILL in the middle of {@code features} and of AE training and a new one started; both
 * stages must finish with the output a clean run gives.
 *
 * <p>The methods are the steps of one pipeline, in order; a step whose input is missing fails
 * (it is never skipped: a cluster that did not come up is a failure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  @RegisterExtension
  static final ChildProcesses PROCESSES = new ChildProcesses();

  private final Configuration conf = new Configuration();
  private final List<SynthClip> plan = SynthPlan.clips(SynthScale.TINY, Set.of(MACHINE));
  private Path dir;
  private StandaloneCluster cluster;
  private StageLauncher stages;
  private String data;
  private String features;
  private String models;
  private String scores;
  private Path events;

  @BeforeAll
  void startCluster() throws IOException {
    dir = BuildOutputs.freshWorkFolder("standalone-cluster");
    data = dir.resolve("run/data").toString();
    features = dir.resolve("run/features").toString();
    models = dir.resolve("run/models").toString();
    scores = dir.resolve("run/scores").toString();
    events = Files.createDirectories(dir.resolve("events"));
    // a secret, not a modelling choice: unseeded on purpose
    byte[] secret = new byte[24];
    new SecureRandom().nextBytes(secret);
    String key = HexFormat.of().formatHex(secret);
    cluster = StandaloneCluster.start(PROCESSES, Files.createDirectories(dir.resolve("cluster")),
        2, "2g", Map.of("spark.authenticate", "true", "spark.authenticate.secret", key));
    stages = new StageLauncher(PROCESSES, dir, launcherOptions(), Map.of("AUSCULT_SPARK_SECRET",
        key));
  }

  private List<String> launcherOptions() {
    return List.of("--master", cluster.masterUrl(), "--cluster",
        "--driver-memory", "1g", "--executor-memory", "1g",
        // the event log records each application's effective Spark properties and executors
        "--spark-conf", "spark.eventLog.enabled=true",
        "--spark-conf", "spark.eventLog.dir=" + events.toUri());
  }

  /**
   * Once {@code driver}'s log shows {@code progress}, kills the worker and starts another; the
   * stage must still end with 0, having lost its executor. Returns the log as it was at the kill.
   */
  private String replaceWorkerAt(ChildProcess driver, Pattern progress) {
    driver.awaitLog(progress, STAGE_LIMIT);
    String logAtKill = driver.log();
    cluster.killWorker();
    cluster.startWorker();
    assertThat(driver.awaitExit(STAGE_LIMIT)).as("exit status; log ends:%n%s", driver.tail())
        .isZero();
    assertThat(driver.log()).contains("Lost executor");
    return logAtKill;
  }

  @AfterAll
  void stopCluster() {
    PROCESSES.closeAll();
    if (dir != null) {
      // each application's executor folder holds a copy of the 160 MB jar; keep only the logs
      try (Stream<Path> files = Files.walk(dir.resolve("cluster"))) {
        for (Path jar : files.filter(p -> p.toString().endsWith(".jar")
            && p.toString().contains("/worker-")).toList()) {
          Files.delete(jar);
        }
      } catch (IOException ignored) {
        // mvn clean removes them
      }
    }
  }

  @Test
  @Order(1)
  void driverWithoutTheSecretIsRefusedBeforeItStarts() {
    StageLauncher noSecret = new StageLauncher(PROCESSES, dir, launcherOptions(), Map.of());
    ChildProcess p = noSecret.start("synth-no-secret", "synth", "--out",
        dir.resolve("run/refused").toString(), "--scale", "tiny", "--machines", MACHINE.dirName());

    assertThat(p.awaitExit(STAGE_LIMIT)).isNotZero();
    assertThat(p.log()).contains("A secret key must be specified via the spark.authenticate.secret");
    assertThat(dir.resolve("run/refused")).doesNotExist();
  }

  @Test
  @Order(2)
  void synthWritesTheDataSetFromExecutors() throws IOException {
    stages.run("synth", STAGE_LIMIT, "synth", "--out", data, "--scale", "tiny", "--machines",
        MACHINE.dirName(), "-D", "auscult.synth.clips-per-task=8");

    StageFolders.assertComplete(conf, data);
    assertThat(StageFolders.json(conf, data + "/_MANIFEST.json")).containsEntry("clips",
        plan.size());
    try (Stream<Path> wavs = Files.walk(Path.of(data, MACHINE.dirName()))) {
      assertThat(wavs.filter(p -> p.toString().endsWith(".wav")).count())
          .isEqualTo(plan.size());
    }
  }

  @Test
  @Order(3)
  void featuresSurviveTheLossOfTheWorker() throws IOException {
    assertThat(Files.exists(Path.of(data, "_SUCCESS"))).as("synth output is missing").isTrue();
    // small tasks and a 1-s progress line, so the worker dies with tasks done and tasks left
    ChildProcess driver = stages.start("features-worker-lost", "features", "--data", data,
        "--out", features, "-D", "auscult.features.clips-per-task=4",
        "-D", "auscult.features.progress-interval=1s");
    String logAtKill = replaceWorkerAt(driver,
        Pattern.compile("features: [1-9][0-9]* / " + plan.size() + " clips"));

    assertThat(logAtKill).as("the worker died before the stage ended")
        .doesNotContain("clips written to");
    StageFolders.assertComplete(conf, features);

    // the same rows as a clean local run of the same code over the same clips
    SparkSession spark = SharedSpark.session();
    String reference = dir.resolve("reference-features").toString();
    FeatureStage.run(spark, FeatureSettings.from(StageConfig.load(List.of(), Map.of()), data,
        reference, null, null, null));
    assertThat(StageFolders.featureRows(spark, features).count()).isEqualTo(plan.size());
    StageFolders.assertSameRows(spark, features, reference);
  }

  @Test
  @Order(4)
  void autoencoderTrainingSurvivesTheLossOfTheWorker() throws IOException {
    assertThat(Files.exists(Path.of(features, "_SUCCESS"))).as("features output is missing")
        .isTrue();
    ChildProcess driver = stages.start("train-ae-worker-lost", "train", "--model", "ae",
        "--profile", "quick", "--features", features, "--out", models,
        "-D", "auscult.training.ae.epochs=" + AE_EPOCHS);
    String logAtKill = replaceWorkerAt(driver, Pattern.compile("epoch 2/" + AE_EPOCHS + ":"));

    assertThat(logAtKill).as("the worker died before training ended")
        .doesNotContain("epoch " + AE_EPOCHS + "/" + AE_EPOCHS);
    Path model = Path.of(models, "ae", MACHINE.dirName());
    assertThat(model.resolve("_SUCCESS")).exists();
    assertThat(model.resolve("network.zip")).isNotEmptyFile();
    assertThat(model.resolve("model.json")).isNotEmptyFile();
    InterruptedRuns.assertEveryEpochTrained(model);
  }

  @Test
  @Order(5)
  void scoreWritesOfficialFilesForEveryTestClip() throws IOException {
    assertThat(Files.exists(Path.of(models, "ae", MACHINE.dirName(), "_SUCCESS")))
        .as("the trained model is missing").isTrue();
    stages.run("score", STAGE_LIMIT, "score", "--models", models, "--features", features,
        "--out", scores);

    StageFolders.assertComplete(conf, scores);
    Map<String, Object> manifest = StageFolders.json(conf, scores + "/_MANIFEST.json");
    assertThat(manifest).containsEntry("spark_master", cluster.masterUrl())
        .containsEntry("dl4j_version", dl4jVersionOnTheTestClasspath());
    long testClips = plan.stream().filter(c -> c.name().split() == Split.TEST).count();
    assertThat(StageFolders.scoredClips(conf, scores + "/ae")).isEqualTo(testClips);
  }

  /** DL4J's version as its own jar's Maven metadata says (the driver read the shaded jar's copy). */
  private static String dl4jVersionOnTheTestClasspath() throws IOException {
    try (var in = ClassLoader.getSystemResourceAsStream(
        "META-INF/maven/org.deeplearning4j/deeplearning4j-nn/pom.properties")) {
      assertThat(in).as("deeplearning4j-nn's pom.properties on the test classpath").isNotNull();
      java.util.Properties p = new java.util.Properties();
      p.load(in);
      return p.getProperty("version");
    }
  }

  @Test
  @Order(6)
  void everyStageRanOnExecutorsWithTheClusterProfile() throws IOException {
    List<Path> logs;
    try (Stream<Path> files = Files.list(events)) {
      logs = files.filter(p -> !p.getFileName().toString().endsWith(".inprogress")).toList();
    }
    assertThat(logs).as("event logs of the stages that ran").hasSizeGreaterThanOrEqualTo(4);
    ObjectMapper json = new ObjectMapper();
    for (Path log : logs) {
      JsonNode properties = null;
      int executors = 0;
      for (String line : Files.readAllLines(log)) {
        JsonNode event = json.readTree(line);
        String type = event.get("Event").asText();
        if (type.equals("SparkListenerEnvironmentUpdate")) {
          properties = event.get("Spark Properties");
        } else if (type.equals("SparkListenerExecutorAdded")) {
          executors++;
        }
      }
      assertThat(properties).as("environment in %s", log).isNotNull();
      assertThat(properties.get("spark.master").asText()).isEqualTo(cluster.masterUrl());
      assertThat(properties.get("spark.serializer").asText())
          .isEqualTo("org.apache.spark.serializer.KryoSerializer");
      assertThat(properties.get("spark.kryo.registrator").asText()).isEqualTo(
          "org.auscult.jobs.spark.DenseArrayKryoRegistrator,"
              + "org.auscult.jobs.spark.ImmutableTypesKryoRegistrator");
      assertThat(properties.get("spark.authenticate").asText()).isEqualTo("true");
      // present, but never written out
      assertThat(properties.get("spark.authenticate.secret").asText()).contains("redacted");
      assertThat(executors).as("executors of %s", log).isPositive();
    }
  }
}
