package org.auscult.jobs.cli;

import com.typesafe.config.ConfigException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * Runs a stage command and turns its outcome into an exit status: usage errors 2, configuration
 * errors 3 (one line naming the key), deliberate failures their own code, anything else 1 with the
 * stack trace in the log. Nothing is ever caught and turned into 0.
 */
public final class StageMain {
  private static final Logger LOG = LoggerFactory.getLogger(StageMain.class);
  /** System property that turns the cluster check off when {@code false}. */
  public static final String CLUSTER_CHECK_PROPERTY = "auscult.cluster.check";

  private StageMain() {}

  /**
   * Parses {@code args} into {@code command}, checks that the cluster answers (unless help was
   * asked for), runs the command and returns the exit status.
   */
  public static int execute(Callable<Integer> command, String... args) {
    CommandLine cli = new CommandLine(command);
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> exitCodeOf(ex,
        commandLine.getErr(), commandLine.getCommandName()));
    cli.setExecutionStrategy(parseResult -> {
      if (!parseResult.isUsageHelpRequested() && !parseResult.isVersionHelpRequested()) {
        try {
          checkCluster(parseResult.originalArgs());
        } catch (StageFailedException e) {
          return exitCodeOf(e, cli.getErr(), cli.getCommandName());
        }
      }
      return new CommandLine.RunLast().execute(parseResult);
    });
    return cli.execute(args);
  }

  /**
   * The {@link ClusterCheck} of the master spark-submit gave ({@code spark.master}) and the
   * hdfs:// arguments, before any Spark session exists; {@code -Dauscult.cluster.check=false}
   * (launcher {@code --no-check}) turns it off.
   */
  private static void checkCluster(List<String> args) {
    if (!Boolean.parseBoolean(System.getProperty(CLUSTER_CHECK_PROPERTY, "true"))) {
      return;
    }
    List<ClusterTarget> checked = ClusterCheck.beforeStage(System.getProperty("spark.master"),
        args, System.getenv());
    for (ClusterTarget t : checked) {
      LOG.info("{} {} answers", t.role(), t.name());
    }
  }

  /**
   * Builds a stage's settings from what the user gave: a value that does not fit (an
   * IllegalArgumentException of a settings record or parser) is a usage error, exit 2, one line.
   * Anywhere else an IllegalArgumentException is a defect and exits 1 with its stack trace.
   */
  public static <T> T settings(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new StageFailedException(ExitCodes.USAGE, e.getMessage());
    }
  }

  static int exitCodeOf(Exception ex, PrintWriter err, String stage) {
    if (ex instanceof ConfigException) {
      err.println(stage + ": configuration error: " + ex.getMessage());
      err.flush();
      return ExitCodes.CONFIG;
    }
    if (ex instanceof StageFailedException failed) {
      return oneLine(err, stage, failed.getMessage(), failed.exitCode());
    }
    if (ex instanceof StageFolderException folder) {
      // a folder the user named is missing or unwritable: the message says which; no stack trace
      return oneLine(err, stage, folder.getMessage(), folder.exitCode());
    }
    LOG.error("{} failed", stage, ex);
    err.println(stage + ": failed: " + summary(ex));
    err.flush();
    return ExitCodes.FAILED;
  }

  /**
   * One line for the console, the stack trace being in the log: the exception's first line and
   * its root cause (a failed Spark task's message holds the task's whole stack trace).
   */
  static String summary(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String first = firstLine(ex.toString());
    return root == ex ? first : first + " (cause: " + firstLine(root.toString()) + ")";
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return (nl < 0 ? text : text.substring(0, nl)).strip();
  }

  /** The message once, on stderr, which is also where the log goes (a log line would repeat it). */
  private static int oneLine(PrintWriter err, String stage, String message, int exitCode) {
    LOG.debug("{} failed: {}", stage, message);
    err.println(stage + ": " + message);
    err.flush();
    return exitCode;
  }
}
