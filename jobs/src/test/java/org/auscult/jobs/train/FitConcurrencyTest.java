package org.auscult.jobs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FitConcurrencyTest {

  @Test
  void perMachineModelsTakeOneCoreEachInOneJvm() {
    assertEquals(new FitConcurrency(2, 1), FitConcurrency.plan(0, 0, true, 2, 7));
    assertEquals(new FitConcurrency(8, 1), FitConcurrency.plan(0, 0, true, 8, 8));
  }

  @Test
  void aSingleModelGetsEveryCore() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(0, 0, true, 2, 1));
    assertEquals(new FitConcurrency(3, 2), FitConcurrency.plan(0, 0, true, 8, 3));
  }

  @Test
  void configuredThreadsSetHowManyFitsShareTheCores() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(0, 2, true, 2, 7));
    assertEquals(new FitConcurrency(4, 2), FitConcurrency.plan(0, 2, true, 8, 7));
    assertEquals(new FitConcurrency(1, 4), FitConcurrency.plan(0, 4, true, 2, 7));
  }

  @Test
  void configuredFitsWinButNeverExceedTheModels() {
    assertEquals(new FitConcurrency(1, 2), FitConcurrency.plan(1, 0, true, 2, 7));
    assertEquals(new FitConcurrency(3, 1), FitConcurrency.plan(3, 1, true, 2, 7));
    assertEquals(new FitConcurrency(2, 1), FitConcurrency.plan(5, 0, true, 2, 2));
  }

  @Test
  void theSparkEngineFitsOneModelAtATime() {
    assertEquals(1, FitConcurrency.plan(0, 0, false, 8, 7).fits());
    assertEquals(1, FitConcurrency.plan(4, 0, false, 8, 7).fits());
  }

  @Test
  void refusesNegativeSettings() {
    assertThrows(IllegalArgumentException.class, () -> FitConcurrency.plan(-1, 0, true, 2, 7));
    assertThrows(IllegalArgumentException.class, () -> FitConcurrency.plan(0, -1, true, 2, 7));
    assertThrows(IllegalArgumentException.class, () -> FitConcurrency.plan(0, 0, true, 2, 0));
  }
}
