package org.auscult.jobs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FitConcurrencyTest {
  private static final long HEAP = 4L << 30;

  @ParameterizedTest(name = "fits {0}, threads {1}, {2} cores, {3} models, heap {4} -> {5} x {6}")
  @CsvSource({
      // models take one core each in one JVM
      "0, 0, 2, 7, 4294967296, 2, 1",
      "0, 0, 4, 23, 4294967296, 4, 1",
      // fewer models than cores share the cores
      "0, 0, 2, 1, 4294967296, 1, 2",
      "0, 0, 4, 3, 4294967296, 3, 1",
      "0, 0, 4, 2, 4294967296, 2, 2",
      // automatic fits are at most one per GiB of heap (a 2 GB heap as the JVM reports it)
      "0, 0, 16, 7, 4294967296, 4, 4",
      "0, 0, 2, 7, 419430400, 1, 2",
      "0, 0, 2, 7, 1908932608, 2, 1",
      "6, 0, 8, 7, 536870912, 6, 1",
      // configured threads set how many fits share the cores
      "0, 2, 2, 7, 4294967296, 1, 2",
      "0, 2, 8, 7, 4294967296, 4, 2",
      "0, 4, 2, 7, 4294967296, 1, 4",
      // configured fits win but never exceed the models
      "1, 0, 2, 7, 4294967296, 1, 2",
      "3, 1, 2, 7, 4294967296, 3, 1",
      "5, 0, 2, 2, 4294967296, 2, 1",
  })
  void plansTheLocalEngine(int concurrentFits, int localThreads, int cores, int models,
      long heap, int fits, int threads) {
    assertEquals(new FitConcurrency(fits, threads),
        FitConcurrency.plan(concurrentFits, localThreads, true, cores, models, heap));
  }

  @Test
  void theSparkEngineFitsOneModelAtATime() {
    assertEquals(1, FitConcurrency.plan(0, 0, false, 8, 7, HEAP).fits());
    assertEquals(1, FitConcurrency.plan(4, 0, false, 8, 7, HEAP).fits());
  }

  @Test
  void refusesNegativeSettings() {
    assertThrows(IllegalArgumentException.class,
        () -> FitConcurrency.plan(-1, 0, true, 2, 7, HEAP));
    assertThrows(IllegalArgumentException.class,
        () -> FitConcurrency.plan(0, -1, true, 2, 7, HEAP));
    assertThrows(IllegalArgumentException.class,
        () -> FitConcurrency.plan(0, 0, true, 2, 0, HEAP));
  }
}
