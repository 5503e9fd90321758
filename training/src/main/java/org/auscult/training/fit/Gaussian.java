package org.auscult.training.fit;

import java.io.Serializable;
import java.util.Arrays;

/**
 * One component of a fitted Gaussian mixture.
 *
 * @param weight the component's mixing weight
 * @param mean {@code d} values
 * @param covariance {@code d × d} values, row-major (symmetric)
 */
public record Gaussian(double weight, double[] mean, double[] covariance) implements Serializable {

  public Gaussian {
    if ((long) mean.length * mean.length != covariance.length) {
      throw new IllegalArgumentException("a " + mean.length + "-dimensional Gaussian needs "
          + mean.length * mean.length + " covariance values, got " + covariance.length);
    }
    mean = mean.clone();
    covariance = covariance.clone();
  }

  /** Dimensions. */
  public int dimension() {
    return mean.length;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Gaussian g && weight == g.weight && Arrays.equals(mean, g.mean)
        && Arrays.equals(covariance, g.covariance);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(covariance);
  }

  @Override
  public String toString() {
    return "Gaussian[" + mean.length + " dimensions, weight " + weight + "]";
  }
}
