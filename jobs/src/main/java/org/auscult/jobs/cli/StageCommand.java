package org.auscult.jobs.cli;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.auscult.jobs.spark.Sessions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The launcher every stage main shares, so that a main only declares its options, how its settings
 * follow from them and what it runs. Before Spark starts it loads and checks the configuration
 * ({@code --conf}, {@code -D}, a training profile) and builds the settings, where a value that
 * does not fit is a usage error ({@link StageMain#settings}); then it builds the session without a
 * master (spark-submit or a test gives it), runs the stage and stops the session however the run
 * ends. {@link StageMain#execute} turns the outcome into the exit status.
 *
 * @param <S> what the stage runs with: its settings
 */
@Command(mixinStandardHelpOptions = true)
public abstract class StageCommand<S> implements Callable<Integer> {
  @Mixin
  private ConfigOptions config;

  @Spec
  private CommandSpec spec;

  @Override
  public final Integer call() throws Exception {
    Config c = config.load(trainingProfile());
    S settings = StageMain.settings(() -> settings(c));
    SparkSession spark = Sessions.create(appName(settings), c);
    try {
      return run(spark, settings);
    } finally {
      spark.stop();
    }
  }

  /** The training profile between the {@code --conf} files and the defaults; none here. */
  protected Config trainingProfile() {
    return ConfigFactory.empty();
  }

  /**
   * The settings from the configuration and the options.
   *
   * @throws IllegalArgumentException for a value that does not fit (a usage error, exit 2)
   */
  protected abstract S settings(Config c);

  /** The Spark application's name: {@code auscult-<stage>}. */
  protected String appName(S settings) {
    return "auscult-" + spec.name();
  }

  /** Runs the stage in its session; returns the exit status ({@link ExitCodes}). */
  protected abstract int run(SparkSession spark, S settings) throws Exception;
}
