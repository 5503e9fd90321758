package org.auscult.training.nets;

import java.io.Serializable;

/**
 * The size and optimiser of the DCASE 2022 autoencoder baseline.
 *
 * @param seed weight-initialisation seed
 * @param learningRate Adam step size
 * @param inputSize length of one input vector (context frames × mel bins, 5 × 128 = 640)
 * @param hiddenSize width of each hidden dense layer (128)
 * @param hiddenLayers dense layers on each side of the bottleneck (4)
 * @param bottleneckSize width of the code layer (8)
 */
public record AutoencoderSettings(long seed, double learningRate, int inputSize, int hiddenSize,
    int hiddenLayers, int bottleneckSize) implements Serializable {

  public AutoencoderSettings {
    Sizes.positive("learningRate", learningRate);
    Sizes.positive("inputSize", inputSize);
    Sizes.positive("hiddenSize", hiddenSize);
    Sizes.positive("hiddenLayers", hiddenLayers);
    Sizes.positive("bottleneckSize", bottleneckSize);
  }

  /** The published baseline: 640 → 128 ×4 → 8 → 128 ×4 → 640, Adam 1e-3. */
  public static AutoencoderSettings baseline(long seed) {
    return new AutoencoderSettings(seed, 1e-3, 640, 128, 4, 8);
  }
}
