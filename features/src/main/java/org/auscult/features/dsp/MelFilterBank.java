package org.auscult.features.dsp;

import java.util.Arrays;

/**
 * librosa's default mel filter bank ({@code librosa.filters.mel(sr, n_fft, n_mels)}): triangular
 * filters on the Slaney mel scale between 0 Hz and sr / 2, each scaled to unit area by
 * {@code 2 / (f[m+2] - f[m])}.
 *
 * <p>Each band is stored sparsely, as its first nonzero FFT bin and the weights of its nonzero range
 * (1,009 weights for the baseline instead of 128 × 513). The weights are rounded to float32 in the
 * order librosa does it (triangle to float32, times the area factor in double, back to float32), so
 * they equal librosa's float32 matrix; they are kept as doubles for the product. Immutable.
 */
public final class MelFilterBank {

  // Slaney's scale: linear (3 bands per 200 Hz) below 1 kHz, logarithmic above.
  private static final double LINEAR_HZ_PER_MEL = 200.0 / 3;
  private static final double LOG_START_HZ = 1000.0;
  private static final double LOG_START_MEL = LOG_START_HZ / LINEAR_HZ_PER_MEL;
  private static final double LOG_STEP = Math.log(6.4) / 27.0;

  private final int nMels;
  private final int nBins;
  private final int[] firstBin;
  private final int[] offset; // band m's weights are weights[offset[m] .. offset[m + 1])
  private final double[] weights;

  private MelFilterBank(int nMels, int nBins, int[] firstBin, int[] offset, double[] weights) {
    this.nMels = nMels;
    this.nBins = nBins;
    this.firstBin = firstBin;
    this.offset = offset;
    this.weights = weights;
  }

  /** The filter bank for {@code parameters}' sample rate, FFT length and band count. */
  public static MelFilterBank of(LogMelParameters parameters) {
    return slaney(parameters.sampleRate(), parameters.nFft(), parameters.nMels());
  }

  /** librosa's {@code filters.mel(sr=sampleRate, n_fft=nFft, n_mels=nMels)} with every default. */
  public static MelFilterBank slaney(int sampleRate, int nFft, int nMels) {
    // Validation of the three numbers, with their names, lives in the record.
    LogMelParameters checked = new LogMelParameters(sampleRate, nFft, 1, nMels, 1);
    int nBins = checked.nBins();
    double[] edgesHz = melEdgesHz(nMels + 2, sampleRate / 2.0);
    double[] binHz = binFrequencies(sampleRate, nFft);

    int[] first = new int[nMels];
    int[] offset = new int[nMels + 1];
    double[] dense = new double[nMels * nBins];
    int nonzero = 0;
    for (int m = 0; m < nMels; m++) {
      double lowerWidth = edgesHz[m + 1] - edgesHz[m];
      double upperWidth = edgesHz[m + 2] - edgesHz[m + 1];
      double area = 2.0 / (edgesHz[m + 2] - edgesHz[m]);
      int lo = -1;
      int hi = -1;
      for (int k = 0; k < nBins; k++) {
        double rising = -(edgesHz[m] - binHz[k]) / lowerWidth;
        double falling = (edgesHz[m + 2] - binHz[k]) / upperWidth;
        float triangle = (float) Math.max(0.0, Math.min(rising, falling));
        float w = (float) (triangle * area);
        dense[m * nBins + k] = w;
        if (w != 0f) {
          if (lo < 0) {
            lo = k;
          }
          hi = k;
        }
      }
      // A triangle is one contiguous run of bins; an empty band (too many mels) keeps width 0.
      first[m] = lo < 0 ? 0 : lo;
      offset[m] = nonzero;
      nonzero += lo < 0 ? 0 : hi - lo + 1;
    }
    offset[nMels] = nonzero;
    double[] weights = new double[nonzero];
    for (int m = 0; m < nMels; m++) {
      System.arraycopy(dense, m * nBins + first[m], weights, offset[m], offset[m + 1] - offset[m]);
    }
    return new MelFilterBank(nMels, nBins, first, offset, weights);
  }

  /** Slaney mel of a frequency in Hz (librosa {@code hz_to_mel(f, htk=False)}). */
  public static double hzToMel(double hz) {
    if (hz >= LOG_START_HZ) {
      return LOG_START_MEL + Math.log(hz / LOG_START_HZ) / LOG_STEP;
    }
    return hz / LINEAR_HZ_PER_MEL;
  }

  /** Frequency in Hz of a Slaney mel value (librosa {@code mel_to_hz(m, htk=False)}). */
  public static double melToHz(double mel) {
    if (mel >= LOG_START_MEL) {
      return LOG_START_HZ * Math.exp(LOG_STEP * (mel - LOG_START_MEL));
    }
    return LINEAR_HZ_PER_MEL * mel;
  }

  /** {@code count} frequencies evenly spaced in mel from 0 Hz to {@code maxHz}, as numpy's linspace. */
  private static double[] melEdgesHz(int count, double maxHz) {
    double maxMel = hzToMel(maxHz);
    double step = maxMel / (count - 1);
    double[] hz = new double[count];
    for (int i = 0; i < count - 1; i++) {
      hz[i] = melToHz(i * step);
    }
    hz[count - 1] = melToHz(maxMel); // linspace sets the end point exactly
    return hz;
  }

  /** Centre frequency of each one-sided FFT bin, computed as numpy's rfftfreq does. */
  private static double[] binFrequencies(int sampleRate, int nFft) {
    double binWidth = 1.0 / (nFft * (1.0 / sampleRate));
    double[] hz = new double[nFft / 2 + 1];
    for (int k = 0; k < hz.length; k++) {
      hz[k] = k * binWidth;
    }
    return hz;
  }

  /**
   * The mel energies of one power spectrum: {@code mel[m] = Σ_k w[m][k] · power[k]} over each band's
   * nonzero bins, accumulated in double.
   */
  public void apply(double[] power, double[] mel) {
    if (power.length < nBins || mel.length < nMels) {
      throw new IllegalArgumentException("expected power of length >= " + nBins + " and mel of length >= "
          + nMels + ", got " + power.length + " and " + mel.length);
    }
    for (int m = 0; m < nMels; m++) {
      mel[m] = bandEnergy(m, power);
    }
  }

  /** Band {@code m}'s energy in {@code power}; no checks, for the extractor's inner loop. */
  double bandEnergy(int m, double[] power) {
    int from = offset[m];
    int to = offset[m + 1];
    int k = firstBin[m] - from;
    double sum = 0.0;
    for (int i = from; i < to; i++) {
      sum += weights[i] * power[k + i];
    }
    return sum;
  }

  /** Number of bands. */
  public int nMels() {
    return nMels;
  }

  /** Number of FFT bins the bank expects ({@code nFft / 2 + 1}). */
  public int nBins() {
    return nBins;
  }

  /** First bin with a nonzero weight in band {@code band} (0 for an empty band). */
  public int firstBin(int band) {
    checkBand(band);
    return firstBin[band];
  }

  /** Number of bins from the first to the last nonzero weight of band {@code band}. */
  public int width(int band) {
    checkBand(band);
    return offset[band + 1] - offset[band];
  }

  /** Band {@code band}'s weights from {@link #firstBin} on, a copy. */
  public double[] bandWeights(int band) {
    checkBand(band);
    return Arrays.copyOfRange(weights, offset[band], offset[band + 1]);
  }

  /** The weight of FFT bin {@code bin} in band {@code band}; 0 outside the band's nonzero range. */
  public double weight(int band, int bin) {
    checkBand(band);
    if (bin < 0 || bin >= nBins) {
      throw new IndexOutOfBoundsException("bin " + bin + " outside 0.." + (nBins - 1));
    }
    int i = bin - firstBin[band];
    return i >= 0 && i < width(band) ? weights[offset[band] + i] : 0.0;
  }

  /** Sum of band {@code band}'s weights. */
  public double rowSum(int band) {
    checkBand(band);
    double sum = 0.0;
    for (int i = offset[band]; i < offset[band + 1]; i++) {
      sum += weights[i];
    }
    return sum;
  }

  /** Number of nonzero weights stored (1,009 for the baseline). */
  public int nonzeroCount() {
    return weights.length;
  }

  private void checkBand(int band) {
    if (band < 0 || band >= nMels) {
      throw new IndexOutOfBoundsException("mel band " + band + " outside 0.." + (nMels - 1));
    }
  }
}
