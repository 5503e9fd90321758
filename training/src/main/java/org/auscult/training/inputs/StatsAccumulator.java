package org.auscult.training.inputs;

import java.io.Serializable;

/**
 * Running per-dimension mean and variance (Welford's update, Chan et al.'s merge), so the
 * statistics of a large training set can be computed in pieces and combined: in Spark, a
 * {@code treeAggregate(new StatsAccumulator(dim), StatsAccumulator::addRows,
 * StatsAccumulator::merge)}. Accumulates in double precision. Not thread-safe.
 */
public final class StatsAccumulator implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int dim;
  private long count;
  private final double[] mean;
  private final double[] m2;

  /** Empty statistics of {@code dim}-dimensional rows. */
  public StatsAccumulator(int dim) {
    if (dim <= 0) {
      throw new IllegalArgumentException("dim must be > 0, got " + dim);
    }
    this.dim = dim;
    this.mean = new double[dim];
    this.m2 = new double[dim];
  }

  /** Adds every row of a row-major {@code [n][dim]} array; returns this. */
  public StatsAccumulator addRows(float[] rows) {
    if (rows.length % dim != 0) {
      throw new IllegalArgumentException("expected a multiple of " + dim + " values, got "
          + rows.length);
    }
    for (int offset = 0; offset < rows.length; offset += dim) {
      count++;
      for (int d = 0; d < dim; d++) {
        double delta = rows[offset + d] - mean[d];
        mean[d] += delta / count;
        m2[d] += delta * (rows[offset + d] - mean[d]);
      }
    }
    return this;
  }

  /** Folds {@code other}'s rows into these statistics; returns this. */
  public StatsAccumulator merge(StatsAccumulator other) {
    if (other.dim != dim) {
      throw new IllegalArgumentException("cannot merge statistics of " + other.dim
          + " dimensions into " + dim);
    }
    if (other.count == 0) {
      return this;
    }
    long total = count + other.count;
    for (int d = 0; d < dim; d++) {
      double delta = other.mean[d] - mean[d];
      mean[d] += delta * other.count / total;
      m2[d] += other.m2[d] + delta * delta * ((double) count * other.count / total);
    }
    count = total;
    return this;
  }

  /** Rows added so far. */
  public long count() {
    return count;
  }

  /**
   * The standardiser: mean and population standard deviation per dimension, the latter floored at
   * {@code minStd} so a constant dimension does not divide by zero.
   */
  public Standardizer finish(double minStd) {
    if (count == 0) {
      throw new IllegalStateException("no rows were added: cannot compute a mean and deviation");
    }
    float[] m = new float[dim];
    float[] s = new float[dim];
    for (int d = 0; d < dim; d++) {
      m[d] = (float) mean[d];
      s[d] = (float) Math.max(Math.sqrt(m2[d] / count), minStd);
    }
    return new Standardizer(m, s);
  }

  /** {@link #finish(double)} with {@link Standardizer#DEFAULT_MIN_STD}. */
  public Standardizer finish() {
    return finish(Standardizer.DEFAULT_MIN_STD);
  }
}
