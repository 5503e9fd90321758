package org.auscult.training.nets;

import java.io.Serializable;
import java.util.List;

/**
 * The clip encoder shared by the classifier and the embedding network.
 *
 * @param seed weight-initialisation seed
 * @param learningRate Adam step size
 * @param mels mel bins per frame
 * @param frames frames of a training example (scoring takes whole clips of any length)
 * @param channels channels of each convolution block; each block halves the frames
 * @param embeddingSize width of the clip vector the encoder ends in
 */
public record ClipEncoderSettings(long seed, double learningRate, int mels, int frames,
    List<Integer> channels, int embeddingSize) implements Serializable {

  public ClipEncoderSettings {
    Sizes.positive("learningRate", learningRate);
    Sizes.positive("mels", mels);
    Sizes.positive("frames", frames);
    Sizes.positiveAll("channels", channels);
    Sizes.positive("embeddingSize", embeddingSize);
    channels = List.copyOf(channels);
    if (frames < 1 << channels.size()) {
      throw new IllegalArgumentException(channels.size() + " blocks halve " + frames
          + " frames to nothing");
    }
  }

  /** The {@code quick} size: 32/64/128 channels, a 128-d clip vector. */
  public static ClipEncoderSettings quick(long seed, double learningRate, int mels, int frames) {
    return new ClipEncoderSettings(seed, learningRate, mels, frames, List.of(32, 64, 128), 128);
  }

  /** The {@code baseline} size: 64/128/128/256 channels, a 256-d clip vector. */
  public static ClipEncoderSettings baseline(long seed, double learningRate, int mels,
      int frames) {
    return new ClipEncoderSettings(seed, learningRate, mels, frames, List.of(64, 128, 128, 256),
        256);
  }

  /** {@code quick} or {@code baseline} by name. */
  public static ClipEncoderSettings of(String size, long seed, double learningRate, int mels,
      int frames) {
    return switch (size) {
      case "quick" -> quick(seed, learningRate, mels, frames);
      case "baseline" -> baseline(seed, learningRate, mels, frames);
      default -> throw new IllegalArgumentException("network size must be quick or baseline, got "
          + size);
    };
  }
}
