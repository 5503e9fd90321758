package org.auscult.jobs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FitConcurrencyTest {
  private static final long HEAP = 4L << 30;

  @Test
  void modelsTakeOneCoreEachInOneJvm() {
    assertEquals(new FitConcurrency(2, 1), FitConcurrency.plan(0, 0, true, 2, 7, HEAP));
    assertEquals(new FitConcurrency(4, 1), FitConcurrency.plan(0, 0, true, 4, 23, HEAP));
  }

  @Test
  void fewerModelsThanCoresShareTheCores() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(0, 0, true, 2, 1, HEAP));
    assertEquals(new FitConcurrency(3, 1), FitConcurrency.plan(0, 0, true, 4, 3, HEAP));
    assertEquals(new FitConcurrency(2, 2), FitConcurrency.plan(0, 0, true, 4, 2, HEAP));
  }

  @Test
  void automaticFitsAreAtMostOnePerGibOfHeap() {
    assertEquals(new FitConcurrency(4, 4), FitConcurrency.plan(0, 0, true, 16, 7, HEAP));
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(0, 0, true, 2, 7, 400L << 20));
    // a 2 GB heap as the JVM reports it
    assertEquals(new FitConcurrency(2, 1), FitConcurrency.plan(0, 0, true, 2, 7, 1_908_932_608L));
    assertEquals(new FitConcurrency(6, 1), FitConcurrency.plan(6, 0, true, 8, 7, 512L << 20));
  }

  @Test
  void configuredThreadsSetHowManyFitsShareTheCores() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(0, 2, true, 2, 7, HEAP));
    assertEquals(new FitConcurrency(4, 2), FitConcurrency.plan(0, 2, true, 8, 7, HEAP));
    assertEquals(new FitConcurrency(1, 4), FitConcurrency.plan(0, 4, true, 2, 7, HEAP));
  }

  @Test
  void configuredFitsWinButNeverExceedTheModels() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(1, 0, true, 2, 7, HEAP));
    assertEquals(new FitConcurrency(3, 1), FitConcurrency.plan(3, 1, true, 2, 7, HEAP));
    assertEquals(new FitConcurrency(2, 1), FitConcurrency.plan(5, 0, true, 2, 2, HEAP));
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
