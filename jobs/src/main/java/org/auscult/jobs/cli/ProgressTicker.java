package org.auscult.jobs.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.spark.util.LongAccumulator;
import org.slf4j.Logger;

/**
 * Logs "done / total (rate)" every few seconds while a Spark step runs, from an accumulator the
 * tasks add to (Spark merges it as tasks finish, so many small tasks give smooth progress).
 */
public final class ProgressTicker implements AutoCloseable {
  private final ScheduledExecutorService executor;

  private ProgressTicker(ScheduledExecutorService executor) {
    this.executor = executor;
  }

  /** Starts logging {@code what: done / total unit (rate unit/s)} every {@code interval}. */
  public static ProgressTicker start(Logger log, String what, LongAccumulator done, long total,
      String unit, Duration interval) {
    long start = System.nanoTime();
    ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress-" + what);
      t.setDaemon(true);
      return t;
    });
    long every = Math.max(1, interval.toMillis());
    ex.scheduleAtFixedRate(() -> {
      long n = done.value();
      double sec = (System.nanoTime() - start) / 1e9;
      log.info(String.format(Locale.ROOT, "%s: %,d / %,d %s (%,.0f %s/s)", what, n, total, unit,
          sec > 0 ? n / sec : 0.0, unit));
    }, every, every, TimeUnit.MILLISECONDS);
    return new ProgressTicker(ex);
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
