package org.auscult.features.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A per-thread worker of a {@link LogMelSpectrogram}: it owns the frame buffer, the FFT plan, the
 * power spectrum and one frame's log-mel row, and allocates nothing per frame (the array-returning
 * conveniences allocate their result only). Not thread-safe; make one per thread with
 * {@link LogMelSpectrogram#newExtractor()}.
 *
 * <p>Output is frame-major: {@code out[t * nMels + m]} is mel band {@code m} of frame {@code t}.
 *
 * <p>Precision: the float-input path widens the samples to double and runs the FFT, the power and
 * the mel sums in double, as the float64 reference does. A float FFT would be no faster here and its
 * rounding noise, relative to a frame's loudest bin, would swamp bands 100 dB below it (the spread
 * the reference's float32 files show). Only the final dB values are rounded to float.
 */
public final class LogMelExtractor {

  private final int nFft;
  private final int hop;
  private final int nMels;
  private final int nBins;
  private final int pad;
  private final LogMelParameters parameters;
  private final double[] window;
  private final MelFilterBank filterBank;
  private final DoubleFFT_1D fft;
  private final double[] frame;
  private final double[] power;
  /** One frame's log-mel energies, in double whatever the output type. */
  private final double[] mel;

  LogMelExtractor(LogMelParameters parameters, double[] window, MelFilterBank filterBank) {
    this.parameters = parameters;
    this.nFft = parameters.nFft();
    this.hop = parameters.hopLength();
    this.nMels = parameters.nMels();
    this.nBins = parameters.nBins();
    this.pad = nFft / 2;
    this.window = window;
    this.filterBank = filterBank;
    this.fft = new DoubleFFT_1D(nFft);
    this.frame = new double[nFft];
    this.power = new double[nBins];
    this.mel = new double[nMels];
  }

  /** The log-mel matrix of all of {@code samples}, frame-major, newly allocated. */
  public float[] compute(float[] samples) {
    float[] out = new float[parameters.frameCount(samples.length) * nMels];
    compute(samples, samples.length, out);
    return out;
  }

  /** The log-mel matrix of all of {@code samples}, frame-major, in double, newly allocated. */
  public double[] compute(double[] samples) {
    double[] out = new double[parameters.frameCount(samples.length) * nMels];
    compute(samples, samples.length, out);
    return out;
  }

  /**
   * Writes the log-mel matrix of {@code samples[0 .. nSamples)} into {@code out[0 .. frames·nMels)}
   * (frame-major); {@code out} may be longer, the rest is left alone.
   */
  public void compute(float[] samples, int nSamples, float[] out) {
    int frames = checkedFrames(samples.length, nSamples, out.length);
    for (int t = 0; t < frames; t++) {
      loadFrame(samples, nSamples, t);
      logMelOfFrame();
      int base = t * nMels;
      for (int m = 0; m < nMels; m++) {
        out[base + m] = (float) mel[m];
      }
    }
  }

  /** As {@link #compute(float[], int, float[])} for a double signal, with double output. */
  public void compute(double[] samples, int nSamples, double[] out) {
    int frames = checkedFrames(samples.length, nSamples, out.length);
    for (int t = 0; t < frames; t++) {
      loadFrame(samples, nSamples, t);
      logMelOfFrame();
      System.arraycopy(mel, 0, out, t * nMels, nMels);
    }
  }

  /**
   * Writes the power spectrum |X_k|², k = 0 … nFft/2, of frame {@code t} of {@code samples[0 ..
   * nSamples)} into {@code out}: what librosa's {@code abs(stft(y))**2} holds in column t.
   */
  public void powerSpectrum(double[] samples, int nSamples, int t, double[] out) {
    int frames = checkedFrames(samples.length, nSamples, Integer.MAX_VALUE);
    if (t < 0 || t >= frames) {
      throw new IndexOutOfBoundsException("frame " + t + " outside 0.." + (frames - 1));
    }
    if (out.length < nBins) {
      throw new IllegalArgumentException("out must hold " + nBins + " bins, has " + out.length);
    }
    loadFrame(samples, nSamples, t);
    powerOfFrame();
    System.arraycopy(power, 0, out, 0, nBins);
  }

  /** The parameters this worker computes with. */
  public LogMelParameters parameters() {
    return parameters;
  }

  /** Frame {@code t} of a float signal, widened to double and windowed, into {@code frame}. */
  private void loadFrame(float[] samples, int nSamples, int t) {
    int start = placeFrame(t, nSamples);
    int hi = Math.min(nFft, nSamples - start);
    for (int j = Math.max(0, -start); j < hi; j++) {
      frame[j] = window[j] * samples[start + j];
    }
  }

  /** Frame {@code t} of a double signal, windowed, into {@code frame}. */
  private void loadFrame(double[] samples, int nSamples, int t) {
    int start = placeFrame(t, nSamples);
    int hi = Math.min(nFft, nSamples - start);
    for (int j = Math.max(0, -start); j < hi; j++) {
      frame[j] = window[j] * samples[start + j];
    }
  }

  /**
   * Where frame {@code t} starts in a signal of {@code nSamples}; zeros the frame where it lies
   * outside the signal, so the signal fills {@code frame[max(0, −start) .. min(nFft, nSamples −
   * start))}.
   */
  private int placeFrame(int t, int nSamples) {
    int start = t * hop - pad;
    fillPadding(Math.max(0, -start), Math.min(nFft, nSamples - start));
    return start;
  }

  /** Zeros the frame outside the signal: centre padding with zeros, librosa's default since 0.9. */
  private void fillPadding(int lo, int hi) {
    for (int j = 0; j < lo; j++) {
      frame[j] = 0.0;
    }
    for (int j = Math.max(lo, hi); j < nFft; j++) {
      frame[j] = 0.0;
    }
  }

  /** The loaded frame's power spectrum, then its log-mel energies (dB) into {@code mel}. */
  private void logMelOfFrame() {
    powerOfFrame();
    for (int m = 0; m < nMels; m++) {
      mel[m] = Decibels.fromPower(filterBank.bandEnergy(m, power));
    }
  }

  /** FFT of the windowed frame in place, then |X_k|² into {@code power}. */
  private void powerOfFrame() {
    // realForward packs X_0 and X_{N/2} (both real) into a[0], a[1], then Re/Im of X_1 … X_{N/2−1}.
    fft.realForward(frame);
    power[0] = frame[0] * frame[0];
    power[nBins - 1] = frame[1] * frame[1];
    for (int k = 1; k < nBins - 1; k++) {
      double re = frame[2 * k];
      double im = frame[2 * k + 1];
      power[k] = re * re + im * im;
    }
  }

  private int checkedFrames(int samplesLength, int nSamples, int outLength) {
    if (nSamples < 0 || nSamples > samplesLength) {
      throw new IllegalArgumentException(
          "nSamples must be in 0.." + samplesLength + " (the samples array's length), got " + nSamples);
    }
    int frames = parameters.frameCount(nSamples);
    long needed = (long) frames * nMels;
    if (outLength < needed) {
      throw new IllegalArgumentException("out must hold " + frames + " frames × " + nMels + " mels = "
          + needed + " values, has " + outLength);
    }
    return frames;
  }
}
