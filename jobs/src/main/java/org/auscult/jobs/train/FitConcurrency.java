package org.auscult.jobs.train;

/**
 * How the local engine shares the cores among a train run's fits: how many models it fits at
 * once and how many native threads each gets. A small network (the ae: about 600 native ops a
 * step on 512 × 128 floats) gains nothing from a second thread, so a per-machine kind fits one
 * model per core, each on one thread; a single model (one network for every machine type) gets
 * every core. Under the Spark engine the cluster spreads each fit, so they run one at a time.
 *
 * @param fits models fitted at once
 * @param threadsPerFit native (OpenMP/BLAS) threads of each fit
 */
public record FitConcurrency(int fits, int threadsPerFit) {

  public FitConcurrency {
    if (fits < 1 || threadsPerFit < 1) {
      throw new IllegalArgumentException("fits and threads per fit must be >= 1, got " + fits
          + " and " + threadsPerFit);
    }
  }

  /**
   * The plan for {@code models} fits on {@code cores} cores.
   *
   * @param concurrentFits the configured number of fits at once, 0 for automatic
   * @param localThreads the configured threads per fit, 0 for automatic
   * @param local whether the networks train in this JVM (engine {@code local})
   */
  public static FitConcurrency plan(int concurrentFits, int localThreads, boolean local,
      int cores, int models) {
    if (concurrentFits < 0 || localThreads < 0 || cores < 1 || models < 1) {
      throw new IllegalArgumentException("negative setting or no cores or no models: fits "
          + concurrentFits + ", threads " + localThreads + ", cores " + cores + ", models "
          + models);
    }
    if (!local) {
      return new FitConcurrency(1, localThreads > 0 ? localThreads : cores);
    }
    int fits = concurrentFits > 0 ? concurrentFits
        : localThreads > 0 ? Math.max(1, cores / localThreads) : cores;
    fits = Math.min(fits, models);
    int threads = localThreads > 0 ? localThreads : Math.max(1, cores / fits);
    return new FitConcurrency(fits, threads);
  }
}
