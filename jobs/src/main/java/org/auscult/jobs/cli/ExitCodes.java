package org.auscult.jobs.cli;

/** The exit status of every stage, as scripts and Airflow see it. */
public final class ExitCodes {
  /** The stage did all it was asked. */
  public static final int OK = 0;
  /** The stage failed while running (I/O, Spark, training…); the log says why. */
  public static final int FAILED = 1;
  /** Unknown option, missing argument or bad value on the command line. */
  public static final int USAGE = 2;
  /** A configuration key is unknown, mistyped or invalid; the message names the key and file. */
  public static final int CONFIG = 3;
  /** More bad input (clips, score rows) than {@code --max-bad} allows; good input was processed. */
  public static final int TOO_MANY_BAD = 4;
  /**
   * The Spark master, YARN ResourceManager, Kubernetes API server or HDFS namenode that the master
   * URL or a path names cannot be reached (unknown host, connection refused, no answer, not Spark,
   * another Spark version); nothing ran. See {@link ClusterCheck}.
   */
  public static final int UNREACHABLE = 5;
  /**
   * The stage finished, but left something out that it was pointed at (a model folder without its
   * {@code _SUCCESS} marker, of another format, or that could not be read); the log and the outputs
   * say what and why.
   */
  public static final int SKIPPED = 6;

  private ExitCodes() {}
}
