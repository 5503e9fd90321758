package org.auscult.jobs.cli;

import java.util.Locale;
import org.slf4j.Logger;

/** One log line per stage step: what was done, how many, how long, how fast. */
public final class Progress {
  private final Logger log;
  private final String what;
  private final long startNanos;

  private Progress(Logger log, String what) {
    this.log = log;
    this.what = what;
    this.startNanos = System.nanoTime();
  }

  /** Starts timing a step. */
  public static Progress start(Logger log, String what) {
    log.info("{} ...", what);
    return new Progress(log, what);
  }

  /** Seconds since {@link #start}. */
  public double seconds() {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Logs the step's line and returns its duration in seconds. */
  public double done(long count, String unit) {
    double s = seconds();
    log.info(line(what, count, unit, s));
    return s;
  }

  static String line(String what, long count, String unit, double seconds) {
    double rate = seconds > 0 ? count / seconds : 0;
    return String.format(Locale.ROOT, "%s: %,d %s in %.1f s (%,.1f %s/s)", what, count, unit,
        seconds, rate, unit);
  }
}
