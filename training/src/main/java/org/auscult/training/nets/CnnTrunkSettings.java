package org.auscult.training.nets;

import java.io.Serializable;
import java.util.List;

/**
 * The convolutional trunk shared by the classifier and the embedding network: from one log-mel
 * patch (1 channel, NCHW, height = frames, width = mel bins) to a global-average-pooled vector.
 *
 * @param inputFrames patch height in frames (64)
 * @param inputMels patch width in mel bins (128)
 * @param channels output channels of each stage; the trunk's output width is the last one
 * @param firstStride stride of the first convolution (2 quarters the cost of everything after it)
 * @param architecture plain conv blocks or MobileNetV2-style inverted residual blocks
 * @param expansion channel expansion inside an inverted residual block (ignored by PLAIN)
 */
public record CnnTrunkSettings(int inputFrames, int inputMels, List<Integer> channels,
    int firstStride, Architecture architecture, int expansion) implements Serializable {

  /** How the trunk's stages are built. */
  public enum Architecture {
    /**
     * Per stage: 3×3 convolution → BatchNorm → ReLU, then 2×2 max pooling between stages.
     */
    PLAIN,
    /**
     * MobileNetV2 style: a 3×3 stem convolution, then per further stage one inverted residual
     * block with stride 2 (1×1 expand → 3×3 depthwise → 1×1 linear projection, each with
     * BatchNorm, ReLU6 after the first two) and one with stride 1 and an identity shortcut.
     *
     * <p>An option, not a profile default: in DL4J 1.0.0-M2 on the CPU its depthwise and 1×1
     * convolutions are slow (at the quick sizes it does about 4× PLAIN's multiply-adds but ran
     * 22× slower). Measured 2026-11-25 with {@code CnnStepBench} (2 threads, minibatches of 32 patches of
     * 64 × 128, a shared 2-core machine at load ~8): quick sizes 8.4 patches/s against 183 for
     * PLAIN, baseline sizes 1.2 against 26.6.
     */
    INVERTED_RESIDUAL
  }

  public CnnTrunkSettings {
    Sizes.positive("inputFrames", inputFrames);
    Sizes.positive("inputMels", inputMels);
    Sizes.positiveAll("channels", channels);
    channels = List.copyOf(channels);
    Sizes.positive("firstStride", firstStride);
    Sizes.positive("expansion", expansion);
    if (architecture == null) {
      throw new IllegalArgumentException("architecture must be PLAIN or INVERTED_RESIDUAL, got null");
    }
  }

  /** Minutes on 2 cores: three narrow stages (8, 16, 32 channels) after a strided first conv. */
  public static CnnTrunkSettings quick(int inputFrames, int inputMels) {
    return new CnnTrunkSettings(inputFrames, inputMels, List.of(8, 16, 32), 2, Architecture.PLAIN, 4);
  }

  /** The larger trunk: four stages of 32, 64, 128, 128 channels. */
  public static CnnTrunkSettings baseline(int inputFrames, int inputMels) {
    return new CnnTrunkSettings(inputFrames, inputMels, List.of(32, 64, 128, 128), 2,
        Architecture.PLAIN, 4);
  }

  /** The same sizes with another architecture. */
  public CnnTrunkSettings withArchitecture(Architecture a) {
    return new CnnTrunkSettings(inputFrames, inputMels, channels, firstStride, a, expansion);
  }

  /** Width of the pooled output vector. */
  public int outputWidth() {
    return channels.get(channels.size() - 1);
  }
}
