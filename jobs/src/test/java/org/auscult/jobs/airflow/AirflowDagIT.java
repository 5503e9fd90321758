package org.auscult.jobs.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the Airflow DAG's own test suite (pytest, real Airflow 3 and the pyspark wheel's
 * spark-submit) against the jar this build just packaged: the DAG imports, its tasks and edges,
 * every main class it names is in the jar, a full {@code airflow dags test} run on a tiny
 * synthetic set succeeds and leaves the report, and a failing stage fails its task.
 * {@code submit/airflow/run_tests.sh} creates the virtualenv first if it is missing (from PyPI).
 */
class AirflowDagIT {
  private static final Path ROOT = Path.of(System.getProperty("auscult.root",
      "..")).toAbsolutePath().normalize();

  @Test
  void theDagsTestSuitePasses() throws IOException, InterruptedException {
    Path jar = ROOT.resolve("jobs/target/auscult-0.1.0-SNAPSHOT.jar");
    assertThat(jar).as("the shaded jar (built by package before integration tests)").exists();
    Path log = ROOT.resolve("jobs/target/airflow-tests.log");
    // --durations=0: the log ends with every test's time, where CI time goes
    Process p = new ProcessBuilder(ROOT.resolve("submit/airflow/run_tests.sh").toString(), "-q",
        "--durations=0")
        .directory(ROOT.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    boolean finished = p.waitFor(25, TimeUnit.MINUTES);
    if (!finished) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(finished).as("pytest finished within 25 minutes; log: " + log).isTrue();
    assertThat(p.exitValue()).as("pytest exit code; its output:\n" + tail(output)).isZero();
    assertThat(output).contains("passed").doesNotContain(" failed");
  }

  private static String tail(String s) {
    return s.length() <= 6000 ? s : s.substring(s.length() - 6000);
  }
}
