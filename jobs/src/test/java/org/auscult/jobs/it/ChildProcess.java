package org.auscult.jobs.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A process a test started (a Spark daemon or a stage driver), its output in one log file. The
 * waits below are failure guards for a hung process, not assertions on speed: they end the test
 * with the log's tail instead of hanging the build.
 */
final class ChildProcess {
  private static final long POLL_MILLIS = 200;

  private final String name;
  private final Process process;
  private final Path log;
  private final List<ProcessHandle> orphans = new ArrayList<>();

  private ChildProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /** Starts {@code command} in {@code dir} with {@code env} as its whole environment. */
  static ChildProcess start(String name, List<String> command, Map<String, String> env, Path dir,
      Path log) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().clear();
    pb.environment().putAll(env);
    try {
      Files.createDirectories(log.getParent());
      return new ChildProcess(name, pb.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start " + name + ": " + command, e);
    }
  }

  String name() {
    return name;
  }

  long pid() {
    return process.pid();
  }

  Path logFile() {
    return log;
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Everything the process has written so far. */
  String log() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits for a log line matching {@code pattern} and returns the match.
   *
   * @throws AssertionError with the log's tail when the process exits first or {@code limit} passes
   */
  Matcher awaitLog(Pattern pattern, Duration limit) {
    long deadline = System.nanoTime() + limit.toNanos();
    while (true) {
      Matcher m = pattern.matcher(log());
      if (m.find()) {
        return m;
      }
      if (!process.isAlive()) {
        // one more look: the line may have been written just before the exit
        m = pattern.matcher(log());
        if (m.find()) {
          return m;
        }
        throw new AssertionError(name + " exited with " + process.exitValue()
            + " before logging /" + pattern + "/; its log ends:\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(name + " logged no /" + pattern + "/ within " + limit
            + "; its log ends:\n" + tail());
      }
      sleep();
    }
  }

  /**
   * Waits for the process to end and returns its exit status.
   *
   * @throws AssertionError with the log's tail when it is still running after {@code limit}
   */
  int awaitExit(Duration limit) {
    try {
      if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError(name + " still running after " + limit + "; its log ends:\n"
            + tail());
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for " + name, e);
    }
  }

  /**
   * Kills the process at once (SIGKILL), as a lost machine would end it. Its child processes (a
   * worker's executors) are not killed: they are remembered and ended by {@link #close}.
   */
  void kill() {
    orphans.addAll(process.descendants().toList());
    process.destroyForcibly();
    awaitDeath(process.toHandle());
  }

  /** Ends the process and every process below it (including those orphaned by {@link #kill}). */
  void close() {
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.addAll(orphans);
    process.destroyForcibly();
    all.forEach(ProcessHandle::destroyForcibly);
    awaitDeath(process.toHandle());
    all.forEach(ChildProcess::awaitDeath);
  }

  /** The last lines of the log, for failure messages. */
  String tail() {
    String[] lines = log().split("\n");
    int from = Math.max(0, lines.length - 60);
    return String.join("\n", java.util.Arrays.copyOfRange(lines, from, lines.length));
  }

  private static void awaitDeath(ProcessHandle h) {
    try {
      h.onExit().get(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // a zombie or a process of another user: nothing more can be done from here
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }

  @Override
  public String toString() {
    return name + " (pid " + process.pid() + ", log " + log + ")";
  }
}
