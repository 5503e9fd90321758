package org.auscult.jobs.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.auscult.evaluation.ReferenceCases;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.it.FreePorts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Errors as a user of {@code submit/auscult} meets them: the launcher's own options and master URL
 * (checked before any JVM starts), a master or namenode that does not answer (checked before
 * spark-submit), and configuration and folder errors of a stage main behind spark-submit. Each fails with its exit code and one message line naming what is wrong and what
 * was expected (the rest of stderr is the log, each line with its time).
 */
class LauncherErrorsIT {
  /** Issue 19: an unreachable cluster must be named within this long (it took 65 s). */
  private static final Duration FAIL_FAST = Duration.ofSeconds(15);
  private static final String MASTERS = "expected local, local[N], local[*], local[N,F], "
      + "spark://HOST:PORT, yarn, k8s://URL or mesos://URL";

  @TempDir
  Path tmp;

  @Test
  void aBadMasterUrlFailsBeforeSparkSubmit() throws Exception {
    for (String master : new String[] {"bogus://x", "local[zz]", "local[0]", "spark://host"}) {
      Launcher.Result r = Launcher.run(tmp, Map.of(), "--master", master, "features",
          "--data", "d", "--out", "o");
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(r.stderr()).singleElement().asString()
          .startsWith("auscult: --master " + master + ": " + MASTERS);
    }
    Launcher.Result env = Launcher.run(tmp, Map.of("AUSCULT_MASTER", "nope"), "features",
        "--data", "d", "--out", "o");
    assertThat(env.exitCode()).as(env.toString()).isEqualTo(ExitCodes.CONFIG);
    assertThat(env.stderr()).singleElement().asString()
        .isEqualTo("auscult: configuration error: AUSCULT_MASTER=nope: " + MASTERS);
  }

  @Test
  void anUnreachableMasterOrNamenodeFailsWithinSecondsInOneLine() throws Exception {
    int port = FreePorts.pick(1)[0];
    String refused = "spark://127.0.0.1:" + port;
    String unknown = "spark://no-such-host.invalid:7077";
    Map<String, String> causes = Map.of(
        refused, "connection refused (nothing listens on that port)",
        unknown, "unknown host no-such-host.invalid");
    for (Map.Entry<String, String> c : causes.entrySet()) {
      long start = System.nanoTime();
      Launcher.Result r = Launcher.run(tmp, Map.of(), "--master", c.getKey(), "synth",
          "--out", tmp.resolve("data").toString(), "--scale", "tiny");
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(r.stderr()).containsExactly("auscult: cannot reach Spark master " + c.getKey()
          + ": " + c.getValue());
      assertThat(took).as(c.getKey()).isLessThan(FAIL_FAST);
    }

    String data = "hdfs://127.0.0.1:" + port + "/dev";
    long start = System.nanoTime();
    Launcher.Result r = Launcher.run(tmp, Map.of(), "--master", "local[2]", "features",
        "--data", data, "--out", tmp.resolve("f").toString());
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(FAIL_FAST);
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.stderr()).containsExactly("auscult: cannot reach HDFS namenode hdfs://127.0.0.1:"
        + port + " (--data " + data + "): connection refused (nothing listens on that port)");
    assertThat(tmp.resolve("data")).doesNotExist();
    assertThat(tmp.resolve("f")).doesNotExist();
  }

  @Test
  void unknownStagesAndLauncherOptionsAreUsageErrors() throws Exception {
    assertOneLine(Launcher.run(tmp, Map.of(), "bogus"), ExitCodes.USAGE,
        "auscult: unknown stage: bogus (expected one of: synth features train score evaluate "
            + "demo)");
    assertOneLine(Launcher.run(tmp, Map.of(), "--bogus", "features"), ExitCodes.USAGE,
        "auscult: unknown launcher option: --bogus");
    assertOneLine(Launcher.run(tmp, Map.of()), ExitCodes.USAGE, "auscult: no stage given");
    assertOneLine(Launcher.run(tmp, Map.of(), "--deploy-mode", "moon", "features"),
        ExitCodes.USAGE, "auscult: --deploy-mode must be client or cluster");
    assertOneLine(Launcher.run(tmp, Map.of(), "--spark-conf", "no-value", "features"),
        ExitCodes.USAGE, "auscult: --spark-conf needs KEY=VALUE");
  }

  @Test
  void stageErrorsBehindSparkSubmitKeepTheirCodeAndLine() throws Exception {
    Launcher.Result config = Launcher.run(tmp, Map.of(), "--master", "local[2]", "features",
        "--data", tmp.toString(), "--out", tmp.resolve("f").toString(),
        "-D", "auscult.features.n-mel=64");
    assertThat(config.exitCode()).as(config.toString()).isEqualTo(ExitCodes.CONFIG);
    assertThat(config.messages()).singleElement().asString()
        .startsWith("features: configuration error: command-line -D override: Invalid path "
            + "'auscult.features.n-mel': unknown key (expected one of [")
        .contains("auscult.features.n-mels");

    Path none = tmp.resolve("none");
    Launcher.Result missing = Launcher.run(tmp, Map.of(), "--master", "local[2]", "features",
        "--data", none.toString(), "--out", tmp.resolve("f").toString());
    assertThat(missing.exitCode()).as(missing.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(missing.messages()).containsExactly("features: --data " + none
        + ": no such folder");

    Path blocker = Files.writeString(tmp.resolve("blocker"), "a file");
    Path scores = ReferenceCases.dir("c5_devnames").resolve("scores");
    Launcher.Result unwritable = Launcher.run(tmp, Map.of(), "--master", "local[2]",
        "evaluate", "--scores", scores.toString(), "--out", blocker.resolve("eval").toString());
    assertThat(unwritable.exitCode()).as(unwritable.toString()).isEqualTo(ExitCodes.FAILED);
    assertThat(unwritable.messages()).singleElement().asString()
        .startsWith("evaluate: output folder file:" + blocker.resolve("eval")
            + " cannot be written: ");
    assertThat(tmp.resolve("f")).doesNotExist();
  }

  private static void assertOneLine(Launcher.Result r, int exitCode, String message) {
    assertThat(r.exitCode()).as(r.toString()).isEqualTo(exitCode);
    assertThat(r.stderr()).singleElement().asString()
        .isEqualTo(message + " (see submit/auscult --help)");
  }
}
