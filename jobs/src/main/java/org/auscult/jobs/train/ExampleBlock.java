package org.auscult.jobs.train;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The training examples one clip yields, as one flat array: {@code rows} examples of
 * {@code exampleShape} each (e.g. 309 × [640] AE vectors, 32 × [1, 64, 128] patches), and optional
 * labels ({@code rows} × {@code labelWidth}; for an autoencoder the labels are the features).
 */
public record ExampleBlock(String clipKey, float[] features, int rows, int[] exampleShape,
    float[] labels, int labelWidth) implements Serializable {

  public ExampleBlock {
    int width = exampleWidth(exampleShape);
    if (rows < 0 || features.length != (long) rows * width) {
      throw new IllegalArgumentException("clip " + clipKey + ": expected " + rows + " × " + width
          + " feature values, got " + features.length);
    }
    if (labels != null && labels.length != (long) rows * labelWidth) {
      throw new IllegalArgumentException("clip " + clipKey + ": expected " + rows + " × "
          + labelWidth + " label values, got " + labels.length);
    }
    exampleShape = exampleShape.clone();
  }

  /** Examples whose target is the input itself (autoencoders). */
  public static ExampleBlock selfSupervised(String clipKey, float[] features, int rows,
      int[] exampleShape) {
    return new ExampleBlock(clipKey, features, rows, exampleShape, null, 0);
  }

  /** Values per example. */
  public int exampleWidth() {
    return exampleWidth(exampleShape);
  }

  /** True when the labels are the features (no label array). */
  public boolean isSelfSupervised() {
    return labels == null;
  }

  static int exampleWidth(int[] shape) {
    int w = 1;
    for (int d : shape) {
      if (d <= 0) {
        throw new IllegalArgumentException("example shape must be positive, got "
            + Arrays.toString(shape));
      }
      w = Math.multiplyExact(w, d);
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExampleBlock b && clipKey.equals(b.clipKey) && rows == b.rows
        && labelWidth == b.labelWidth && Arrays.equals(exampleShape, b.exampleShape)
        && Arrays.equals(features, b.features) && Arrays.equals(labels, b.labels);
  }

  @Override
  public int hashCode() {
    return clipKey.hashCode() * 31 + rows;
  }

  @Override
  public String toString() {
    return "ExampleBlock[" + clipKey + ", " + rows + " × " + Arrays.toString(exampleShape) + "]";
  }
}
