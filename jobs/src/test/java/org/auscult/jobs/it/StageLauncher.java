package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs stages as separate driver processes through {@code submit/auscult --no-build}, exactly as
 * a user does: the launcher asks Spark's own launcher for the driver command and execs it, so the
 * process that a test kills is the driver JVM itself.
 *
 * <p>The environment is the test JVM's minus anything that would point the launcher elsewhere
 * ({@code SPARK_HOME}, {@code AUSCULT_*}), plus loopback binding, Spark's scratch folders in the
 * test's folder and the build's JavaCPP cache for drivers and executors ({@code AUSCULT_ND4J_OPTS}:
 * a later {@code -D} wins), so each executor does not unpack ND4J's 400 MB of natives again.
 */
final class StageLauncher {
  private static final Logger LOG = LoggerFactory.getLogger(StageLauncher.class);

  private final ChildProcesses processes;
  private final Path dir;
  private final List<String> launcherOptions;
  private final Map<String, String> env;
  private int runs;

  /**
   * @param dir the test's folder: logs go to {@code dir/logs}, Spark's scratch to {@code dir/local}
   * @param launcherOptions options before the stage, e.g. {@code --master local[2]}
   * @param extraEnv more environment, e.g. {@code AUSCULT_SPARK_SECRET}
   */
  StageLauncher(ChildProcesses processes, Path dir, List<String> launcherOptions,
      Map<String, String> extraEnv) {
    this.processes = processes;
    this.dir = dir;
    this.launcherOptions = List.copyOf(launcherOptions);
    Map<String, String> e = new HashMap<>(System.getenv());
    e.keySet().removeIf(k -> k.equals("SPARK_HOME") || k.startsWith("AUSCULT_")
        || k.startsWith("SPARK_") || k.equals("JAVA_TOOL_OPTIONS"));
    e.put("JAVA_HOME", System.getProperty("java.home"));
    e.put("PATH", Path.of(System.getProperty("java.home"), "bin") + ":"
        + System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
    e.put("SPARK_LOCAL_IP", "127.0.0.1");
    e.put("SPARK_LOCAL_DIRS", dir.resolve("local").toString());
    // Spark's launcher adds SPARK_SUBMIT_OPTS to the driver's java command: native libraries
    // (snappy, lz4) and Spark's temp folders of a killed driver stay in the test's folder
    e.put("SPARK_SUBMIT_OPTS", "-Djava.io.tmpdir=" + dir.resolve("tmp"));
    e.put("OMP_NUM_THREADS", "1");
    e.put("AUSCULT_ND4J_OPTS", "-Dorg.bytedeco.javacpp.maxbytes=2G "
        + "-Dorg.bytedeco.javacpp.maxphysicalbytes=4G "
        + "-Dorg.bytedeco.javacpp.cachedir=" + BuildOutputs.javacppCache());
    e.putAll(extraEnv);
    this.env = Map.copyOf(e);
    try {
      Files.createDirectories(dir.resolve("local"));
      Files.createDirectories(dir.resolve("tmp"));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Starts {@code submit/auscult <options> --no-build <stageArgs>}; its log is named by label. */
  ChildProcess start(String label, String... stageArgs) {
    BuildOutputs.shadedJar(); // fail clearly when the jar was not built
    List<String> cmd = new ArrayList<>();
    cmd.add(BuildOutputs.launcher().toString());
    cmd.addAll(launcherOptions);
    cmd.add("--no-build");
    cmd.addAll(List.of(stageArgs));
    runs++;
    Path log = dir.resolve("logs").resolve(String.format("%02d-%s.log", runs, label));
    return processes.start(label, cmd, env, BuildOutputs.root(), log);
  }

  /** Runs a stage to its end and asserts exit status 0; returns the finished process. */
  ChildProcess run(String label, Duration limit, String... stageArgs) {
    long t = System.nanoTime();
    ChildProcess p = start(label, stageArgs);
    int status = p.awaitExit(limit);
    LOG.info("{}: exit {} after {} s", label, status,
        String.format("%.1f", (System.nanoTime() - t) / 1e9));
    assertThat(status).as("exit status of %s; its log ends:%n%s", label, p.tail()).isZero();
    return p;
  }
}
