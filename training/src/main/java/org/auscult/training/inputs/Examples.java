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

  /** {@code parts} one after the other; all must have the same example shape and label width. */
  public static Examples concat(java.util.List<Examples> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no examples to concatenate");
    }
    Examples first = parts.get(0);
    int count = 0;
    for (Examples e : parts) {
      if (!Arrays.equals(e.exampleShape, first.exampleShape) || e.labelWidth != first.labelWidth
          || (e.labels == null) != (first.labels == null)) {
        throw new IllegalArgumentException("examples of shape " + Arrays.toString(e.exampleShape)
            + " cannot follow examples of shape " + Arrays.toString(first.exampleShape));
      }
      count = Math.addExact(count, e.count);
    }
    int size = first.exampleSize();
    float[] features = new float[Math.multiplyExact(count, size)];
    float[] labels = first.labels == null ? null : new float[count * first.labelWidth];
    int row = 0;
    for (Examples e : parts) {
      System.arraycopy(e.features, 0, features, row * size, e.features.length);
      if (labels != null) {
        System.arraycopy(e.labels, 0, labels, row * first.labelWidth, e.labels.length);
      }
      row += e.count;
    }
    return new Examples(features, first.exampleShape, labels, first.labelWidth, count);
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
