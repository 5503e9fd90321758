package org.auscult.jobs.train;

/**
 * How the local engine shares the cores among a train run's fits: how many models it fits at
 * once and how many native threads each gets. These networks' native ops keep one core busy (a
 * second thread made neither the ae nor the embedding faster: BENCHMARKS.md), so by default a run
 * of several models fits one per core, each on one thread, and fewer models than cores share
 * the cores between them. Each fit holds its clips and minibatches in the driver, so the
 * automatic plan also fits at most one model per GiB of heap. Under the Spark engine the cluster
 * spreads each fit, so they run one at a time.
 *
 * @param fits models fitted at once
 * @param threadsPerFit native (OpenMP/BLAS) threads of each fit; the same for all, as ND4J's
 *     limit is one per process
 */
public record FitConcurrency(int fits, int threadsPerFit) {
  private static final long GIB = 1L << 30;

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
   * @param maxHeapBytes the driver's heap limit
   */
  public static FitConcurrency plan(int concurrentFits, int localThreads, boolean local,
      int cores, int models, long maxHeapBytes) {
    if (concurrentFits < 0 || localThreads < 0 || cores < 1 || models < 1) {
      throw new IllegalArgumentException("negative setting or no cores or no models: fits "
          + concurrentFits + ", threads " + localThreads + ", cores " + cores + ", models "
          + models);
    }
    if (!local) {
      return new FitConcurrency(1, localThreads > 0 ? localThreads : cores);
    }
    // rounded: the JVM reports a little less than -Xmx (a survivor space)
    long heapGib = Math.max(1, Math.round((double) maxHeapBytes / GIB));
    int fits = concurrentFits > 0 ? concurrentFits
        : (int) Math.min(localThreads > 0 ? Math.max(1, cores / localThreads) : cores, heapGib);
    fits = Math.min(fits, models);
    int threads = localThreads > 0 ? localThreads : Math.max(1, cores / fits);
    return new FitConcurrency(fits, threads);
  }
}
