package org.auscult.training.engine;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Sets how many threads ND4J's native code uses. ND4J otherwise starts as many OpenMP and
 * OpenBLAS threads as it sees cores (it reported 4 on the 2-core machines here), which
 * oversubscribes the CPU next to other work. Process-wide, and it stays set: call it from a main
 * or the local engine (whose concurrent fits all ask for the same count), never from library
 * code running inside Spark executors, where the launcher sets {@code OMP_NUM_THREADS} instead.
 * The test JVMs run with {@code OMP_NUM_THREADS=1} (parent pom).
 */
public final class NativeThreads {
  private NativeThreads() {}

  /** Limits ND4J's OpenMP pool (element-wise ops, convolutions) and OpenBLAS (matrix products). */
  public static void limit(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    Nd4j.getEnvironment().setMaxThreads(threads);
    Nd4j.getEnvironment().setMaxMasterThreads(threads);
    Nd4j.factory().blas().setMaxThreads(threads);
  }

  /** ND4J's current OpenMP thread limit. */
  public static int current() {
    return Nd4j.getEnvironment().maxThreads();
  }
}
