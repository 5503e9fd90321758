package org.auscult.jobs.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.auscult.jobs.train.ConcurrentFits.Fit;
import org.junit.jupiter.api.Test;

class ConcurrentFitsTest {

  @Test
  void returnsResultsInTheGivenOrderWhateverFinishesFirst() throws IOException {
    CountDownLatch firstMayEnd = new CountDownLatch(1);
    List<Fit<String>> fits = List.of(
        () -> {
          assertTrue(await(firstMayEnd), "the second fit never ran");
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
    Fit<Integer> fit = () -> {
      threads.add(Thread.currentThread().getName());
      both.countDown();
      // each waits for the other: only passes if two run at the same time
      return await(both) ? 1 : 0;
    };
    assertEquals(List.of(1, 1), ConcurrentFits.run(List.of(fit, fit), 2));
    assertEquals(2, threads.size());
  }

  @Test
  void neverRunsMoreThanParallelAtOnce() throws IOException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    Fit<Integer> fit = () -> {
      most.accumulateAndGet(running.incrementAndGet(), Math::max);
      try {
        Thread.sleep(20);
      } catch (InterruptedException e) {
        throw new InterruptedIOException();
      }
      running.decrementAndGet();
      return 1;
    };
    assertEquals(List.of(1, 1, 1, 1, 1, 1), ConcurrentFits.run(List.of(fit, fit, fit, fit, fit,
        fit), 2));
    assertEquals(2, most.get());
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
        List.<Fit<String>>of(() -> "a", () -> {
          throw missing;
        }), 2)));
    assertSame(wrong, assertThrows(IllegalStateException.class, () -> ConcurrentFits.run(
        List.<Fit<String>>of(() -> {
          throw wrong;
        }, () -> "b"), 2)));
    assertSame(wrong, assertThrows(IllegalStateException.class, () -> ConcurrentFits.run(
        List.<Fit<String>>of(() -> {
          throw wrong;
        }), 1)));
  }

  @Test
  void aFailureStopsTheRunningFitAndNeverStartsTheRest() {
    CountDownLatch running = new CountDownLatch(1);
    AtomicBoolean stopped = new AtomicBoolean();
    AtomicBoolean lateStarted = new AtomicBoolean();
    Fit<String> slow = () -> {
      running.countDown();
      try {
        Thread.sleep(60_000);
        return "slow";
      } catch (InterruptedException e) {
        stopped.set(true);
        throw new InterruptedIOException("stopped");
      }
    };
    Fit<String> failing = () -> {
      assertTrue(await(running));
      throw new IllegalStateException("no clips");
    };
    Fit<String> late = () -> {
      lateStarted.set(true);
      return "late";
    };
    assertThrows(IllegalStateException.class,
        () -> ConcurrentFits.run(List.of(slow, failing, late), 2));
    // run() returns only after the interrupted fit has stopped
    assertTrue(stopped.get());
    assertFalse(lateStarted.get());
  }

  private static boolean await(CountDownLatch latch) throws InterruptedIOException {
    try {
      return latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      throw new InterruptedIOException();
    }
  }
}
