package org.auscult.jobs.cli;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Units per second over the last {@link #WINDOW_SECONDS}, from counts observed since progress was
 * first seen: the time before the first unit is done (JVMs starting, tasks being shipped) is not
 * work at the rate that will hold, and a long stage's rate changes as it goes.
 */
final class RateEstimate {
  static final double WINDOW_SECONDS = 120;

  private final Deque<double[]> samples = new ArrayDeque<>();

  /** Records {@code count} units done after {@code seconds}; counts of 0 are not progress yet. */
  void add(double seconds, long count) {
    if (count <= 0) {
      return;
    }
    samples.addLast(new double[] {seconds, count});
    while (samples.size() > 2 && seconds - samples.peekFirst()[0] > WINDOW_SECONDS) {
      samples.removeFirst();
    }
  }

  /** Units per second between the oldest and newest sample kept; NaN before two samples. */
  double perSecond() {
    if (samples.size() < 2) {
      return Double.NaN;
    }
    double[] first = samples.peekFirst();
    double[] last = samples.peekLast();
    double dt = last[0] - first[0];
    return dt > 0 ? (last[1] - first[1]) / dt : Double.NaN;
  }
}
