package org.auscult.jobs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ConcurrentFitsTest {

  @Test
  void returnsResultsInTheGivenOrderWhateverFinishesFirst() throws IOException {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    List<Callable<String>> fits = List.of(
        () -> {
          assertTrue(firstMayEnd.await(10, TimeUnit.SECONDS), "the second fit never ran");
          return "a";
        },
        () -> {
          firstMayEnd.countDown();
          return "b";
        },
        () -> "c");
    assertEquals(List.of("a", "b", "c"), ConcurrentFits.run(fits, 2));
  }

  @Test
  void runsUpToParallelFitsAtOnce() throws IOException {
    Set<String> threads = ConcurrentHashMap.newKeySet();
    CountDownLatch both = new CountDownLatch(2);
    Callable<Integer> fit = () -> {
      threads.add(Thread.currentThread().getName());
      both.countDown();
      // each waits for the other: only passes if two run at the same time
      return both.await(10, TimeUnit.SECONDS) ? 1 : 0;
    };
    assertEquals(List.of(1, 1), ConcurrentFits.run(List.of(fit, fit), 2));
    assertEquals(2, threads.size());
  }

  @Test
  void oneAtATimeRunsInTheCallersThread() throws IOException {
    String caller = Thread.currentThread().getName();
    assertEquals(List.of(caller, caller), ConcurrentFits.run(
        List.of(() -> Thread.currentThread().getName(), () -> Thread.currentThread().getName()),
        1));
  }

  @Test
  void theFirstFailureIsThrownAsItWas() {
    FileNotFoundException missing = new FileNotFoundException("features/part-0 is gone");
    IllegalStateException wrong = new IllegalStateException("no clips");
    assertSame(missing, assertThrows(IOException.class, () -> ConcurrentFits.run(
        List.<Callable<String>>of(() -> "a", () -> {
          throw missing;
        }), 2)));
    assertSame(wrong, assertThrows(IllegalStateException.class, () -> ConcurrentFits.run(
        List.<Callable<String>>of(() -> {
          throw wrong;
        }, () -> "b"), 2)));
    assertSame(wrong, assertThrows(IllegalStateException.class, () -> ConcurrentFits.run(
        List.<Callable<String>>of(() -> {
          throw wrong;
        }), 1)));
  }
}
