package org.auscult.jobs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A Spark standalone cluster on this machine, as separate JVMs run from the Maven-resolved Spark
 * jars: one Master and Workers that can be killed and replaced. The workers build their executors'
 * command lines from {@code SPARK_HOME}, so it points at a folder whose {@code jars/} links to those
 * jars (there is no Spark distribution). Everything binds to 127.0.0.1 on free ports; the daemons
 * read the authentication secret from a properties file (mode 600), not from their command line.
 */
final class StandaloneCluster {
  private static final Duration START_LIMIT = Duration.ofMinutes(3);
  /** Spark moves to the next port if the picked one was taken meanwhile: read the real one. */
  private static final Pattern MASTER_URL =
      Pattern.compile("Starting Spark master at (spark://127\\.0\\.0\\.1:\\d+)");
  private static final Pattern MASTER_UP = Pattern.compile("I have been elected leader");
  private static final Pattern WORKER_UP = Pattern.compile("Successfully registered with master");

  private final ChildProcesses processes;
  private final SparkDaemons daemons;
  private final int cores;
  private final String memory;
  private String masterUrl;
  private final List<ChildProcess> workers = new ArrayList<>();
  private ChildProcess worker;

  private StandaloneCluster(ChildProcesses processes, SparkDaemons daemons, int cores,
      String memory) {
    this.processes = processes;
    this.daemons = daemons;
    this.cores = cores;
    this.memory = memory;
  }

  /**
   * Starts a master and one worker with {@code cores} and {@code memory} for executors, and
   * returns once the worker has registered.
   *
   * @param sparkProperties written to the daemons' properties file, e.g. spark.authenticate
   */
  static StandaloneCluster start(ChildProcesses processes, Path dir, int cores, String memory,
      Map<String, String> sparkProperties) {
    try {
      Path sparkHome = linkSparkHome(dir.resolve("spark-home"));
      Path properties = dir.resolve("daemons.properties");
      StringBuilder text = new StringBuilder();
      sparkProperties.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
      // created owner-only before the secret is written into it
      Files.createFile(properties, PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rw-------")));
      Files.writeString(properties, text);
      int[] ports = FreePorts.pick(2);
      SparkDaemons daemons = new SparkDaemons(dir, sparkHome, properties);
      StandaloneCluster c = new StandaloneCluster(processes, daemons, cores, memory);
      ChildProcess master = processes.start("spark-master", daemons.command(
          "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
          "--port", String.valueOf(ports[0]), "--webui-port", String.valueOf(ports[1])),
          daemons.environment(), dir, dir.resolve("logs/master.log"));
      c.masterUrl = master.awaitLog(MASTER_URL, START_LIMIT).group(1);
      master.awaitLog(MASTER_UP, START_LIMIT);
      c.startWorker();
      return c;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code spark://127.0.0.1:<port>}. */
  String masterUrl() {
    return masterUrl;
  }

  /** The worker started last. */
  ChildProcess worker() {
    return worker;
  }

  /** Starts another worker (free ports, own work folder) and waits until it has registered. */
  ChildProcess startWorker() {
    int n = workers.size() + 1;
    int[] ports = FreePorts.pick(2);
    Path dir = daemons.dir();
    Path work = dir.resolve("worker-" + n);
    ChildProcess w = processes.start("spark-worker-" + n, daemons.command(
        "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
        "--port", String.valueOf(ports[0]), "--webui-port", String.valueOf(ports[1]),
        "--cores", String.valueOf(cores), "--memory", memory, "--work-dir", work.toString(),
        masterUrl()), daemons.environment(), dir, dir.resolve("logs/worker-" + n + ".log"));
    w.awaitLog(WORKER_UP, START_LIMIT);
    workers.add(w);
    worker = w;
    return w;
  }

  /** Kills the current worker JVM with SIGKILL; its executors lose their worker and exit. */
  void killWorker() {
    worker.kill();
  }

  static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** A SPARK_HOME whose jars/ holds links to Spark's Maven-resolved jars. */
  private static Path linkSparkHome(Path home) throws IOException {
    Path jars = Files.createDirectories(home.resolve("jars"));
    for (Path jar : BuildOutputs.sparkJars()) {
      Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar);
    }
    return home;
  }
}
