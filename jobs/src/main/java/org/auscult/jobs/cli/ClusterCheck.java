package org.auscult.jobs.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.auscult.jobs.cli.ClusterTarget.Endpoint;
import org.auscult.jobs.cli.ClusterTarget.Protocol;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Checks, before a stage starts, that the cluster it names answers: the master (see
 * {@link ClusterTargets} for what each kind of master URL means) and the namenode of every
 * {@code hdfs://} path among the stage's arguments. A failure is one line naming the URL and the
 * cause, and exit status {@link ExitCodes#UNREACHABLE}; without it a driver retries an unreachable
 * master for a minute and ends with pages of stack traces.
 *
 * <p>Run by {@code submit/auscult} and the Airflow DAG before spark-submit, as {@code java -cp
 * auscult.jar org.auscult.jobs.cli.ClusterCheck --master URL -- STAGE-ARGS…}, and by every stage
 * main ({@link StageMain}) before it builds its session. Uses the JDK and picocli only, so the jar
 * alone runs it. All endpoints are asked at once; the whole check ends within {@link #DEADLINE}.
 */
@Command(name = "cluster-check", mixinStandardHelpOptions = true,
    description = {"Checks that the Spark master and the HDFS namenodes of hdfs:// arguments answer.",
        "Exit 0 when they do (or nothing needs checking, e.g. local[*]), 5 with one line when not."})
public final class ClusterCheck implements Callable<Integer> {
  /** DNS lookup limit per host (the system resolver may retry for much longer). */
  static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(3);
  /** TCP connect limit per address. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);
  /** How long a Spark master may take to answer the probe request. */
  static final Duration REPLY_TIMEOUT = Duration.ofSeconds(3);
  /** How long the master's web UI may take to show its version. */
  static final Duration UI_TIMEOUT = Duration.ofSeconds(1);
  /** The whole check, all endpoints together. */
  static final Duration DEADLINE = Duration.ofSeconds(12);

  @Option(names = "--master", required = true, paramLabel = "URL",
      description = "The Spark master URL as spark-submit gets it.")
  private String master;

  @Option(names = "--prefix", paramLabel = "TEXT", defaultValue = "auscult",
      description = "Start of the failure line (default: ${DEFAULT-VALUE}).")
  private String prefix;

  @Parameters(paramLabel = "ARG", arity = "0..*",
      description = "The stage's arguments (after --): each hdfs:// authority is checked.")
  private List<String> args = new ArrayList<>();

  private final EndpointProbe probe;
  private final int uiPort;

  /** A check with the standard time limits. */
  public ClusterCheck() {
    this(new EndpointProbe(RESOLVE_TIMEOUT, CONNECT_TIMEOUT, REPLY_TIMEOUT),
        SparkMasterUi.DEFAULT_UI_PORT);
  }

  ClusterCheck(EndpointProbe probe, int uiPort) {
    this.probe = probe;
    this.uiPort = uiPort;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ClusterCheck()).execute(args));
  }

  @Override
  public Integer call() {
    HadoopSiteConf site;
    List<ClusterTarget> targets;
    try {
      site = HadoopSiteConf.fromEnvironment(System.getenv());
      targets = ClusterTargets.of(master, args, site);
    } catch (IllegalStateException e) {
      System.err.println(prefix + ": configuration error: " + e.getMessage());
      return ExitCodes.CONFIG;
    } catch (IllegalArgumentException e) {
      System.err.println(prefix + ": " + e.getMessage());
      return ExitCodes.USAGE;
    }
    Optional<String> failure = failure(targets);
    failure.ifPresent(f -> System.err.println(prefix + ": " + f));
    return failure.isPresent() ? ExitCodes.UNREACHABLE : ExitCodes.OK;
  }

  /**
   * For a stage main: throws {@link StageFailedException} with {@link ExitCodes#UNREACHABLE}
   * when the master or a namenode in {@code args} does not answer; returns what was checked.
   */
  public static List<ClusterTarget> beforeStage(String master, List<String> args,
      Map<String, String> env) {
    List<ClusterTarget> targets;
    try {
      targets = ClusterTargets.of(master, args, HadoopSiteConf.fromEnvironment(env));
    } catch (IllegalStateException e) {
      throw new StageFailedException(ExitCodes.CONFIG, "configuration error: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new StageFailedException(ExitCodes.USAGE, e.getMessage());
    }
    Optional<String> failure = new ClusterCheck().failure(targets);
    if (failure.isPresent()) {
      throw new StageFailedException(ExitCodes.UNREACHABLE, failure.get());
    }
    return targets;
  }

  /** The first target that does not answer, as one line; empty when all answer. */
  Optional<String> failure(List<ClusterTarget> targets) {
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    List<Endpoint> all = targets.stream().flatMap(t -> t.endpoints().stream()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(all.size(), r -> {
      Thread t = new Thread(r, "cluster-check");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (Endpoint e : all) {
        answers.add(pool.submit(() -> ask(e)));
      }
      long deadline = System.nanoTime() + DEADLINE.toNanos();
      int i = 0;
      for (ClusterTarget t : targets) {
        List<Answer> wrong = new ArrayList<>();
        for (Endpoint e : t.endpoints()) {
          Answer a = await(answers.get(i++), deadline);
          if (!a.equals(Answer.OK)) {
            wrong.add(t.endpoints().size() == 1 ? a : new Answer(a.reached(), e + " " + a.cause()));
          }
        }
        if (wrong.size() == t.endpoints().size()) {
          String causes = String.join("; ", wrong.stream().map(Answer::cause).toList());
          boolean reached = wrong.stream().allMatch(Answer::reached);
          return Optional.of((reached ? "" : "cannot reach ") + t.role() + " " + t.name() + ": "
              + causes);
        }
      }
      return Optional.empty();
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * What one endpoint said: {@link #OK}, or why not; {@code reached} when it answered as the
   * service but is unusable (another Spark version).
   */
  private record Answer(boolean reached, String cause) {
    static final Answer OK = new Answer(true, "");

    static Answer unreachable(String cause) {
      return new Answer(false, cause);
    }
  }

  private Answer ask(Endpoint e) {
    Optional<String> failure = probe.failure(e);
    if (failure.isPresent()) {
      return Answer.unreachable(failure.get());
    }
    if (e.protocol() != Protocol.SPARK_RPC || uiPort <= 0) {
      return Answer.OK;
    }
    Optional<String> mine = SparkMasterUi.clientVersion();
    Optional<String> theirs = mine.isEmpty() ? Optional.empty()
        : SparkMasterUi.version(e, uiPort, UI_TIMEOUT);
    if (theirs.isPresent() && SparkMasterUi.incompatible(mine.get(), theirs.get())) {
      return new Answer(true, "version mismatch: the master runs Spark " + theirs.get()
          + " (its web UI on port " + uiPort + " says so), this build Spark " + mine.get()
          + "; a driver of another minor version cannot register");
    }
    return Answer.OK;
  }

  private static Answer await(Future<Answer> answer, long deadline) {
    try {
      return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      return Answer.unreachable("no answer within " + EndpointProbe.seconds(DEADLINE));
    } catch (ExecutionException e) {
      return Answer.unreachable(String.valueOf(e.getCause()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Answer.unreachable("interrupted");
    }
  }
}
