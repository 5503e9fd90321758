package org.auscult.features.dsp;

/**
 * The settings of the log-mel front end.
 *
 * @param sampleRate  sampling rate in Hz
 * @param nFft        FFT and window length in samples (even, so that centre padding is nFft / 2)
 * @param hopLength   frame step in samples
 * @param nMels       number of mel bands
 * @param clipSamples length of a whole clip in samples (160,000 = 10 s at 16 kHz)
 */
public record LogMelParameters(int sampleRate, int nFft, int hopLength, int nMels, int clipSamples)
    implements java.io.Serializable {

  /** What the DCASE 2022 baselines use: 16 kHz, 1,024-point FFT, hop 512, 128 bands, 10-s clips. */
  public static final LogMelParameters BASELINE = new LogMelParameters(16000, 1024, 512, 128, 160000);

  /** Validates every field; the message names the field and what was expected. */
  public LogMelParameters {
    requirePositive("sampleRate", sampleRate);
    requirePositive("nFft", nFft);
    if (nFft < 2 || nFft % 2 != 0) {
      throw new IllegalArgumentException("nFft must be even and at least 2, got " + nFft);
    }
    requirePositive("hopLength", hopLength);
    requirePositive("nMels", nMels);
    requirePositive("clipSamples", clipSamples);
  }

  /** Number of frames librosa's centred STFT gives for {@code nSamples}: {@code 1 + nSamples / hop}. */
  public int frameCount(int nSamples) {
    if (nSamples < 0) {
      throw new IllegalArgumentException("nSamples must be >= 0, got " + nSamples);
    }
    return 1 + nSamples / hopLength;
  }

  /** Frames of a whole clip (313 for the baseline). */
  public int clipFrames() {
    return frameCount(clipSamples);
  }

  /** Bins of the one-sided spectrum, {@code nFft / 2 + 1}. */
  public int nBins() {
    return nFft / 2 + 1;
  }

  /**
   * How features made with {@code given} differ from features made with these (a model's), one
   * phrase per differing parameter with both values, snake_case names as in the manifests; empty
   * when they agree.
   */
  public java.util.List<String> differences(LogMelParameters given) {
    java.util.List<String> diffs = new java.util.ArrayList<>();
    diff(diffs, "sample_rate", sampleRate, given.sampleRate);
    diff(diffs, "n_fft", nFft, given.nFft);
    diff(diffs, "hop_length", hopLength, given.hopLength);
    diff(diffs, "n_mels", nMels, given.nMels);
    diff(diffs, "clip_samples", clipSamples, given.clipSamples);
    return diffs;
  }

  private static void diff(java.util.List<String> diffs, String name, int model, int given) {
    if (model != given) {
      diffs.add(name + " is " + model + " in the model but " + given + " in the features");
    }
  }

  private static void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(field + " must be > 0, got " + value);
    }
  }
}
