package org.auscult.jobs.cli;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.spark.SparkContext;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;

/**
 * Logs {@code what: done / total unit (p%), rate unit/s, about T left} while a Spark step runs,
 * counting what tasks add to an accumulator (the rate is that of the last two minutes, see
 * {@link RateEstimate}). The driver merges an accumulator only when a task
 * ends; given the SparkContext, the ticker also counts what running tasks report with their
 * executor's heartbeat (every {@code spark.executor.heartbeatInterval}, 10 s), so a stage of few
 * long tasks still shows progress. A line is logged when the count moved, else every
 * {@link #QUIET_TICKS} intervals (so a user knows the stage is alive); never more often than
 * {@code interval}.
 */
public final class ProgressTicker implements AutoCloseable {
  /** Intervals without progress between two "still here" lines. */
  static final int QUIET_TICKS = 6;

  private final ScheduledExecutorService executor;
  private final Runnable onClose;

  private ProgressTicker(ScheduledExecutorService executor, Runnable onClose) {
    this.executor = executor;
    this.onClose = onClose;
  }

  /** Counts what finished tasks added to {@code done}. */
  public static ProgressTicker start(Logger log, String what, LongAccumulator done, long total,
      String unit, Duration interval) {
    return start(log, what, done::value, total, unit, interval, () -> { });
  }

  /** Counts what finished and running tasks added to {@code done}. */
  public static ProgressTicker start(SparkContext sc, Logger log, String what,
      LongAccumulator done, long total, String unit, Duration interval) {
    RunningTaskCounts running = new RunningTaskCounts(done.id());
    sc.addSparkListener(running);
    return start(log, what, () -> done.value() + running.sum(), total, unit, interval,
        () -> sc.removeSparkListener(running));
  }

  private static ProgressTicker start(Logger log, String what, LongSupplier count, long total,
      String unit, Duration interval, Runnable onClose) {
    long start = System.nanoTime();
    ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress-" + what);
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(1, interval.toMillis());
    Ticks ticks = new Ticks();
    ex.scheduleAtFixedRate(() -> {
      // tasks' and heartbeats' counts are merged at different moments: never show less than before
      long n = Math.min(total, Math.max(ticks.shown, count.getAsLong()));
      double seconds = (System.nanoTime() - start) / 1e9;
      ticks.rate.add(seconds, n);
      if (n != ticks.shown || ++ticks.quiet >= QUIET_TICKS) {
        log.info(Progress.status(what, n, total, unit, ticks.rate.perSecond(), seconds));
        ticks.shown = n;
        ticks.quiet = 0;
      }
    }, every, every, TimeUnit.MILLISECONDS);
    return new ProgressTicker(ex, onClose);
  }

  /** What the ticker thread saw and showed. */
  private static final class Ticks {
    final RateEstimate rate = new RateEstimate();
    long shown;
    int quiet;
  }

  @Override
  public void close() {
    executor.shutdownNow();
    onClose.run();
  }
}
