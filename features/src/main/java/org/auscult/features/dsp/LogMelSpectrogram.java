package org.auscult.features.dsp;

/**
 * The baseline log-mel transform, {@code 10·log10(max(melspectrogram(y), ε))} exactly as librosa
 * computes it: periodic Hann window, centred frames with zero padding of nFft / 2 on each side, the
 * unscaled power spectrum |X_k|², the Slaney mel filter bank, and ε = {@link Decibels#EPSILON}.
 *
 * <p>Immutable and thread-safe: it holds only the parameters, the window and the filter bank. The
 * work is done by a {@link LogMelExtractor}, one per thread, from {@link #newExtractor()}.
 */
public final class LogMelSpectrogram {

  private final LogMelParameters parameters;
  private final double[] window;
  private final MelFilterBank filterBank;

  /** The transform for {@code parameters}. */
  public LogMelSpectrogram(LogMelParameters parameters) {
    if (parameters == null) {
      throw new IllegalArgumentException("parameters must not be null");
    }
    this.parameters = parameters;
    this.window = HannWindow.periodic(parameters.nFft());
    this.filterBank = MelFilterBank.of(parameters);
  }

  /** The transform of the DCASE 2022 baselines ({@link LogMelParameters#BASELINE}). */
  public static LogMelSpectrogram baseline() {
    return new LogMelSpectrogram(LogMelParameters.BASELINE);
  }

  /** A new worker with its own buffers; use one per thread. */
  public LogMelExtractor newExtractor() {
    return new LogMelExtractor(parameters, window, filterBank);
  }

  /** The parameters. */
  public LogMelParameters parameters() {
    return parameters;
  }

  /** The filter bank (immutable). */
  public MelFilterBank filterBank() {
    return filterBank;
  }

  /** The analysis window, a copy. */
  public double[] window() {
    return window.clone();
  }

  /** Frames of a signal of {@code nSamples} samples. */
  public int frameCount(int nSamples) {
    return parameters.frameCount(nSamples);
  }

  /** Length of the frame-major output for {@code nSamples} samples: frames × mel bands. */
  public int outputLength(int nSamples) {
    return Math.multiplyExact(frameCount(nSamples), parameters.nMels());
  }
}
