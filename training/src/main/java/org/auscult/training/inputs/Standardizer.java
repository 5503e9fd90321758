package org.auscult.training.inputs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.Serializable;
import java.util.Arrays;

/**
 * Per-dimension standardisation {@code (x − mean) / std}, fitted on training rows only
 * ({@link StatsAccumulator}) and saved with the model so scoring transforms exactly as training
 * did. The autoencoder standardises each of its 640 input dimensions; the CNNs standardise each
 * mel bin of every frame. Immutable; JSON as {@code {"mean": [...], "std": [...]}}.
 */
public final class Standardizer implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Floor for a dimension's deviation: log-mel is in dB, a thousandth of a dB carries nothing. */
  public static final double DEFAULT_MIN_STD = 1e-3;

  private final float[] mean;
  private final float[] std;

  @JsonCreator
  public Standardizer(@JsonProperty("mean") float[] mean, @JsonProperty("std") float[] std) {
    if (mean == null || std == null || mean.length == 0 || mean.length != std.length) {
      throw new IllegalArgumentException("mean and std must be non-empty and of equal length, got "
          + (mean == null ? "null" : mean.length) + " and " + (std == null ? "null" : std.length));
    }
    for (int d = 0; d < std.length; d++) {
      if (!(std[d] > 0) || !Float.isFinite(mean[d])) {
        throw new IllegalArgumentException("dimension " + d + ": expected a finite mean and std > 0, got "
            + mean[d] + " and " + std[d]);
      }
    }
    this.mean = mean.clone();
    this.std = std.clone();
  }

  /** Rows of this length are transformed. */
  public int dim() {
    return mean.length;
  }

  @JsonProperty("mean")
  public float[] mean() {
    return mean.clone();
  }

  @JsonProperty("std")
  public float[] std() {
    return std.clone();
  }

  /** A standardised copy of the row-major {@code [n][dim]} array. */
  public float[] apply(float[] rows) {
    float[] out = rows.clone();
    applyInPlace(out);
    return out;
  }

  /** Standardises the row-major {@code [n][dim]} array in place. */
  public void applyInPlace(float[] rows) {
    if (rows.length % mean.length != 0) {
      throw new IllegalArgumentException("expected a multiple of " + mean.length + " values, got "
          + rows.length);
    }
    for (int offset = 0; offset < rows.length; offset += mean.length) {
      for (int d = 0; d < mean.length; d++) {
        rows[offset + d] = (rows[offset + d] - mean[d]) / std[d];
      }
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Standardizer s && Arrays.equals(mean, s.mean) && Arrays.equals(std, s.std);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mean) + Arrays.hashCode(std);
  }

  @Override
  public String toString() {
    return "Standardizer[" + mean.length + " dims]";
  }
}
