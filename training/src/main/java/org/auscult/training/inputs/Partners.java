package org.auscult.training.inputs;

import java.util.SplittableRandom;

/** Whether an augmentation changes an example of a minibatch, and with which other example. */
final class Partners {
  private Partners() {}

  /**
   * With probability {@code share}, another of the {@code n} examples than {@code i}, drawn
   * uniformly; else -1. Takes one or two draws from {@code random}.
   */
  static int draw(int i, int n, double share, SplittableRandom random) {
    if (random.nextDouble() >= share) {
      return -1;
    }
    int j = random.nextInt(n - 1);
    return j >= i ? j + 1 : j;
  }
}
