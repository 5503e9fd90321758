package org.auscult.training.inputs;

import java.util.Arrays;

/**
 * Training examples held as flat row-major arrays before they become minibatches.
 *
 * @param features {@code count} examples of {@code product(exampleShape)} values each
 * @param exampleShape the shape of one example: {@code [640]} for the autoencoder,
 *     {@code [1, frames, mels]} for a patch (NCHW without the batch dimension)
 * @param labels {@code count × labelWidth} values, or {@code null} when the labels are the
 *     features themselves (the autoencoder)
 * @param labelWidth values per label row (one-hot width, or 1 for a class id); 0 without labels
 * @param count number of examples
 */
public record Examples(float[] features, long[] exampleShape, float[] labels, int labelWidth,
    int count) {

  public Examples {
    long size = exampleSize(exampleShape);
    if ((long) count * size != features.length) {
      throw new IllegalArgumentException("expected " + count + " examples of shape "
          + Arrays.toString(exampleShape) + " = " + (long) count * size + " values, got "
          + features.length);
    }
    if (labels != null && (long) count * labelWidth != labels.length) {
      throw new IllegalArgumentException("expected " + count + " label rows of " + labelWidth
          + " values, got " + labels.length);
    }
  }

  /** Values per example. */
  public int exampleSize() {
    return (int) exampleSize(exampleShape);
  }

  /** True when the network reconstructs its input (labels are the features). */
  public boolean isAutoencoding() {
    return labels == null;
  }

  private static long exampleSize(long[] shape) {
    long size = 1;
    for (long s : shape) {
      if (s <= 0) {
        throw new IllegalArgumentException("example shape must be positive, got " + Arrays.toString(shape));
      }
      size *= s;
    }
    return size;
  }
}
