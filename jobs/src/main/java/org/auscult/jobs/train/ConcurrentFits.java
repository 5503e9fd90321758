package org.auscult.jobs.train;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a train run's fits, up to {@code parallel} at once, and returns their results in the
 * order given. The first fit to fail stops the others: those not started never start, those
 * running are interrupted (the epoch loops stop at their next minibatch) and waited for, so no
 * fit goes on writing its folder after the run failed; then its exception is thrown as it was.
 */
final class ConcurrentFits {
  /** How long a failed run waits for the interrupted fits to stop. */
  private static final long STOP_WAIT_SECONDS = 120;

  /** One model's fit. */
  @FunctionalInterface
  interface Fit<T> {
    T fit() throws IOException;
  }

  private ConcurrentFits() {}

  /** Runs {@code fits}, at most {@code parallel} at a time; in this thread if only one. */
  static <T> List<T> run(List<Fit<T>> fits, int parallel) throws IOException {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be >= 1, got " + parallel);
    }
    List<T> results = new ArrayList<>(fits.size());
    if (parallel == 1 || fits.size() <= 1) {
      for (Fit<T> fit : fits) {
        results.add(fit.fit());
      }
      return results;
    }
    AtomicInteger count = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, fits.size()),
        r -> new Thread(r, "fit-" + count.incrementAndGet()));
    List<Future<T>> futures = new ArrayList<>(fits.size());
    try {
      CompletionService<T> done = new ExecutorCompletionService<>(pool);
      // set by the failing fit's own thread, before that thread can take the next fit
      AtomicBoolean failed = new AtomicBoolean();
      for (Fit<T> fit : fits) {
        futures.add(done.submit(() -> {
          if (failed.get()) {
            throw new CancellationException("not started: another fit failed");
          }
          try {
            return fit.fit();
          } catch (IOException | RuntimeException | Error e) {
            failed.set(true);
            throw e;
          }
        }));
      }
      for (int i = 0; i < fits.size(); i++) {
        Future<T> next = done.take();
        try {
          next.get();
        } catch (ExecutionException e) {
          stop(pool);
          throw rethrow(e.getCause());
        }
      }
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(pool);
      throw new InterruptedIOException("interrupted while fitting");
    } catch (ExecutionException e) {
      throw rethrow(e.getCause()); // not reached: every fit succeeded above
    } finally {
      pool.shutdownNow();
    }
  }

  private static void stop(ExecutorService pool) {
    pool.shutdownNow();
    try {
      pool.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static IOException rethrow(Throwable cause) throws IOException {
    if (cause instanceof IOException io) {
      throw io;
    }
    if (cause instanceof RuntimeException r) {
      throw r;
    }
    if (cause instanceof Error err) {
      throw err;
    }
    throw new IllegalStateException(cause);
  }
}
