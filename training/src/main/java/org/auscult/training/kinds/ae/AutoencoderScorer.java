package org.auscult.training.kinds.ae;

import java.util.Objects;
import org.auscult.training.inputs.AutoencoderInputs;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The autoencoder's anomaly score: the mean squared reconstruction error over every context vector
 * of the clip (hop 1, 309 vectors for a 313-frame clip) and every dimension, in the standardised
 * space the network was trained in.
 */
final class AutoencoderScorer {
  private final MultiLayerNetwork network;
  private final Standardizer standardizer;
  private final FeatureParameters features;

  AutoencoderScorer(MultiLayerNetwork network, Standardizer standardizer,
      FeatureParameters features) {
    this.network = Objects.requireNonNull(network, "network");
    this.standardizer = Objects.requireNonNull(standardizer, "standardizer");
    this.features = Objects.requireNonNull(features, "features");
    if (standardizer.dim() != features.contextVectorSize()) {
      throw new IllegalArgumentException("standardizer has " + standardizer.dim()
          + " dimensions, context vectors have " + features.contextVectorSize());
    }
  }

  /** Mean squared reconstruction error of the clip. */
  public double score(float[] logMel) {
    int size = features.contextVectorSize();
    float[] vectors = AutoencoderInputs.vectors(logMel, features.nMels(), features.contextFrames(), 1);
    if (vectors.length == 0) {
      throw new IllegalArgumentException("a clip of " + logMel.length / features.nMels()
          + " frames has no context vector of " + features.contextFrames() + " frames");
    }
    standardizer.applyInPlace(vectors);
    int n = vectors.length / size;
    INDArray input = Nd4j.create(vectors, new long[] {n, size}, 'c');
    float[] output = network.output(input, false).castTo(DataType.FLOAT).reshape(n * (long) size)
        .toFloatVector();
    double sum = 0;
    for (int i = 0; i < vectors.length; i++) {
      double d = (double) output[i] - vectors[i];
      sum += d * d;
    }
    return sum / vectors.length;
  }
}
