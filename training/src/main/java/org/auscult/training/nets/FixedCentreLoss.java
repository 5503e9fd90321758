package org.auscult.training.nets;

import java.util.Arrays;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the angular losses with fixed, never-trained centres share: their settings (classes,
 * centres per class, embedding dimension, the centres' seed, whether the scale adapts) and the
 * scale itself, the centres made once per data type from those settings, and the bean shape DL4J
 * needs to keep a loss inside a model's JSON configuration (no-argument constructor, getters and
 * setters, equals/hashCode over the settings).
 */
abstract class FixedCentreLoss extends MinibatchLoss {
  private static final long serialVersionUID = 1L;

  private int classes = 2;
  private int subclusters = 1;
  private int dimension = 1;
  private long centreSeed;
  private boolean adaptive = true;
  private double scale = Double.NaN;
  private transient INDArray centres;

  /** For Jackson. */
  FixedCentreLoss() {}

  /** The settings, and the scale at AdaCos's start for {@code classes · subclusters} centres. */
  FixedCentreLoss(int classes, int subclusters, int dimension, long centreSeed, boolean adaptive) {
    this.classes = classes;
    this.subclusters = subclusters;
    this.dimension = dimension;
    this.centreSeed = centreSeed;
    this.adaptive = adaptive;
    this.scale = AngularScale.initial(classes * subclusters);
  }

  /** The centres, {@code [dimension, classes·subclusters]}, class-major, from the settings. */
  abstract double[][] makeCentres();

  /** {@link #makeCentres()} as an array of {@code type}, made once per type and kept. */
  final INDArray centres(DataType type) {
    if (centres == null || centres.dataType() != type) {
      centres = FixedCentres.array(makeCentres(), type);
    }
    return centres;
  }

  /**
   * The embeddings (the activation of {@code preOutput}) dotted with every centre, {@code [batch,
   * classes·subclusters]}: where both losses start.
   *
   * @throws IllegalArgumentException when the embeddings are not {@code [batch, dimension]}
   */
  final double[][] dotsWithCentres(INDArray preOutput, IActivation activationFn) {
    INDArray out = activationFn.getActivation(preOutput.dup(), true);
    if (out.rank() != 2 || out.size(1) != dimension) {
      throw new IllegalArgumentException("expected embeddings [batch, " + dimension + "], got "
          + Arrays.toString(out.shape()));
    }
    return out.mmul(centres(out.dataType())).castTo(DataType.DOUBLE).toDoubleMatrix();
  }

  /**
   * {@code sum} with its gradient with respect to {@code preOutput}, given the gradient with
   * respect to the dot products of {@link #dotsWithCentres}: back through the centres and the
   * activation.
   */
  final Pair<Double, INDArray> throughCentres(double sum, double[][] dDots, INDArray preOutput,
      IActivation activationFn) {
    INDArray dLdOut = Nd4j.create(dDots).castTo(preOutput.dataType())
        .mmul(centres(preOutput.dataType()).transpose());
    return Pair.of(sum, activationFn.backprop(preOutput.dup(), dLdOut).getFirst());
  }

  public int getClasses() {
    return classes;
  }

  public void setClasses(int classes) {
    this.classes = classes;
    centres = null;
  }

  public int getSubclusters() {
    return subclusters;
  }

  public void setSubclusters(int subclusters) {
    this.subclusters = subclusters;
    centres = null;
  }

  public int getDimension() {
    return dimension;
  }

  public void setDimension(int dimension) {
    this.dimension = dimension;
    centres = null;
  }

  public long getCentreSeed() {
    return centreSeed;
  }

  public void setCentreSeed(long centreSeed) {
    this.centreSeed = centreSeed;
    centres = null;
  }

  public boolean isAdaptive() {
    return adaptive;
  }

  public void setAdaptive(boolean adaptive) {
    this.adaptive = adaptive;
  }

  public double getScale() {
    return scale;
  }

  public void setScale(double scale) {
    this.scale = scale;
  }

  @Override
  public String name() {
    return getClass().getSimpleName() + "(" + classes + " × " + subclusters + ")";
  }

  @Override
  public String toString() {
    return name();
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && o instanceof FixedCentreLoss a
        && classes == a.classes && subclusters == a.subclusters && dimension == a.dimension
        && centreSeed == a.centreSeed && adaptive == a.adaptive;
  }

  @Override
  public int hashCode() {
    return ((classes * 31 + subclusters) * 31 + dimension) * 31 + Long.hashCode(centreSeed);
  }
}
