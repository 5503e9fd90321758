package org.auscult.jobs.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code submit/auscult --no-build …} in a child process, as a user or Airflow does, on the
 * jar the build's package phase made (integration tests run after it). Exit code and what the
 * process printed come back; nothing is inherited from the test JVM but the environment.
 */
final class Launcher {
  private static final long TIMEOUT_MINUTES = 5;

  /** What one run gave. */
  record Result(int exitCode, List<String> stdout, List<String> stderr) {
    /** The lines of stderr that a stage main or the launcher printed (log lines have a time). */
    List<String> messages() {
      return stderr.stream().filter(l -> !l.isBlank() && !l.matches("^\\d\\d:\\d\\d:\\d\\d .*"))
          .toList();
    }

    @Override
    public String toString() {
      return "exit " + exitCode + "\nstdout:\n" + String.join("\n", stdout) + "\nstderr:\n"
          + String.join("\n", stderr);
    }
  }

  private Launcher() {}

  /** The repository root: the folder above the working directory that holds submit/auscult. */
  static Path root() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isExecutable(p.resolve("submit").resolve("auscult"))) {
        return p;
      }
    }
    throw new IllegalStateException("no submit/auscult above " + Path.of("").toAbsolutePath());
  }

  /** Runs the launcher with {@code args} (launcher options, stage, stage options). */
  static Result run(Path tmp, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    Path root = root();
    Path jar = root.resolve("jobs/target/auscult-0.1.0-SNAPSHOT.jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: integration tests run after "
          + "'mvn package' (mvn verify)");
    }
    List<String> command = new ArrayList<>(List.of(root.resolve("submit/auscult").toString(),
        "--no-build", "--driver-memory", "1g"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(tmp, "launcher", ".out");
    Path err = Files.createTempFile(tmp, "launcher", ".err");
    ProcessBuilder pb = new ProcessBuilder(command).directory(root.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("AUSCULT_MASTER");
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " ran over "
          + TIMEOUT_MINUTES + " minutes");
    }
    return new Result(p.exitValue(), Files.readAllLines(out), Files.readAllLines(err));
  }
}
