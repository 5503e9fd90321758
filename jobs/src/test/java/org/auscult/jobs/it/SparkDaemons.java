package org.auscult.jobs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a Spark daemon JVM (master, worker) of a {@link StandaloneCluster} is started: its command
 * line from the Maven-resolved Spark jars and the daemons' properties file, and its environment,
 * which keeps every temporary and local file in the cluster's folder.
 *
 * @param dir the cluster's folder
 * @param sparkHome a SPARK_HOME whose jars/ links to Spark's jars
 * @param properties the daemons' properties file (mode 600: it holds the secret)
 */
record SparkDaemons(Path dir, Path sparkHome, Path properties) {

  /** The command line that runs {@code mainClass} with {@code args}. */
  List<String> command(String mainClass, String... args) {
    List<String> cmd = new ArrayList<>(List.of(StandaloneCluster.javaBin(), "-Xmx512m",
        "-Djava.io.tmpdir=" + dir.resolve("tmp"),
        "-cp", sparkHome.resolve("jars") + "/*", mainClass));
    cmd.addAll(List.of(args));
    cmd.addAll(List.of("--properties-file", properties.toString()));
    return cmd;
  }

  /** The daemons' environment; creates the temporary and local folders it names. */
  Map<String, String> environment() {
    try {
      Files.createDirectories(dir.resolve("tmp"));
      Files.createDirectories(dir.resolve("local"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"),
        "JAVA_HOME", System.getProperty("java.home"),
        "SPARK_HOME", sparkHome.toString(),
        "SPARK_SCALA_VERSION", "2.12",
        "SPARK_LOCAL_IP", "127.0.0.1",
        "SPARK_LOCAL_DIRS", dir.resolve("local").toString(),
        // executors inherit the worker's environment: their temp files stay in the test's folder
        "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + dir.resolve("tmp"),
        "OMP_NUM_THREADS", "1");
  }
}
