package org.auscult.jobs.cli;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;

/**
 * One log line per stage step: what was done, how many, how long, how fast; and, for a step that
 * counts towards a known total on the driver, {@link #update} lines with done / total, rate and
 * the time left, at most one per {@link #UPDATE_INTERVAL}. ({@link ProgressTicker} does the same
 * for Spark tasks.)
 */
public final class Progress {
  /** The shortest time between two {@link #update} lines. */
  public static final Duration UPDATE_INTERVAL = Duration.ofSeconds(5);

  private final Logger log;
  private final String what;
  private final long startNanos;
  private final RateEstimate rate = new RateEstimate();
  private long lastUpdateNanos;

  private Progress(Logger log, String what) {
    this.log = log;
    this.what = what;
    this.startNanos = System.nanoTime();
    this.lastUpdateNanos = startNanos;
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

  /**
   * Logs {@code what: done / total unit (p%), rate unit/s, about T left} unless the last such
   * line is less than {@link #UPDATE_INTERVAL} old; says whether it logged.
   */
  public boolean update(long done, long total, String unit) {
    long now = System.nanoTime();
    if (now - lastUpdateNanos < UPDATE_INTERVAL.toNanos()) {
      return false;
    }
    lastUpdateNanos = now;
    double seconds = (now - startNanos) / 1e9;
    rate.add(seconds, done);
    log.info(status(what, done, total, unit, rate.perSecond(), seconds));
    return true;
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

  /**
   * {@code what: done / total unit (p%), rate unit/s, about T left}; before a rate is known
   * ({@code perSecond} NaN or not positive) {@code what: done / total unit (p%), T so far}.
   */
  public static String status(String what, long done, long total, String unit, double perSecond,
      double seconds) {
    long pct = total > 0 ? Math.round(100.0 * done / total) : 0;
    String head = String.format(Locale.ROOT, "%s: %,d / %,d %s (%d%%)", what, done, total, unit,
        pct);
    if (done >= total) {
      return head + " after " + duration(seconds);
    }
    if (!(perSecond > 0)) {
      return head + ", " + duration(seconds) + " so far";
    }
    String speed = String.format(Locale.ROOT, perSecond >= 10 ? "%,.0f %s/s" : "%,.1f %s/s",
        perSecond, unit);
    return head + ", " + speed + ", about " + duration((total - done) / perSecond) + " left";
  }

  /** {@code 42 s}, {@code 3 min 05 s} or {@code 2 h 07 min}. */
  static String duration(double seconds) {
    long s = Math.max(0, Math.round(seconds));
    if (s < 60) {
      return s + " s";
    }
    if (s < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }
    return String.format(Locale.ROOT, "%d h %02d min", s / 3600, (s % 3600) / 60);
  }
}
