package org.auscult.jobs.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a train run's fits, up to {@code parallel} at once, and returns their results in the
 * order given. The first fit to fail cancels the others and its exception is thrown as it was.
 */
final class ConcurrentFits {
  private ConcurrentFits() {}

  /** Runs {@code fits}, at most {@code parallel} at a time; one at a time in this thread. */
  static <T> List<T> run(List<Callable<T>> fits, int parallel) throws IOException {
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel must be >= 1, got " + parallel);
    }
    List<T> results = new ArrayList<>(fits.size());
    if (parallel == 1 || fits.size() <= 1) {
      for (Callable<T> fit : fits) {
        results.add(call(fit));
      }
      return results;
    }
    AtomicInteger count = new AtomicInteger();
    // daemon threads: a failed stage must be able to exit while a cancelled fit is in native code
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, fits.size()), r -> {
      Thread t = new Thread(r, "fit-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    try {
      CompletionService<T> done = new ExecutorCompletionService<>(pool);
      List<Future<T>> futures = new ArrayList<>(fits.size());
      for (Callable<T> fit : fits) {
        futures.add(done.submit(fit));
      }
      for (int i = 0; i < fits.size(); i++) {
        Future<T> next = done.take();
        try {
          next.get();
        } catch (ExecutionException e) {
          futures.forEach(f -> f.cancel(true));
          throw rethrow(e.getCause());
        }
      }
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while fitting", e);
    } catch (ExecutionException e) {
      throw rethrow(e.getCause()); // not reached: every future was checked above
    } finally {
      pool.shutdownNow();
    }
  }

  private static <T> T call(Callable<T> fit) throws IOException {
    try {
      return fit.call();
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
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
