package org.auscult.evaluation.calibration;

import org.auscult.features.synth.ClipSynthesizer;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * A clip's mean log-power spectrum in mel-spaced bands: Hann-windowed 1024-point frames with hop
 * 512, power averaged over frames, summed over the bins of each band, log10. The feature of the
 * calibration baseline; not thread-safe (one per thread).
 */
final class MeanBandSpectrum {
  static final int FRAME = 1024;
  static final int HOP = 512;
  static final int BANDS = 64;

  private final DoubleFFT_1D fft = new DoubleFFT_1D(FRAME);
  private final double[] window = new double[FRAME];
  private final double[] frame = new double[FRAME];
  private final double[] power = new double[FRAME / 2 + 1];
  private final int[] bandStart = new int[BANDS + 1];

  MeanBandSpectrum() {
    for (int i = 0; i < FRAME; i++) {
      window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / FRAME);
    }
    double melMax = mel(ClipSynthesizer.SAMPLE_RATE / 2.0);
    int bins = FRAME / 2 + 1;
    int previous = 1;
    bandStart[0] = 1;
    for (int b = 1; b <= BANDS; b++) {
      double hz = hz(melMax * b / BANDS);
      int bin = (int) Math.round(hz / ClipSynthesizer.SAMPLE_RATE * FRAME);
      bin = Math.max(bin, previous + 1);
      bandStart[b] = Math.min(bin, bins);
      previous = bandStart[b];
    }
    bandStart[BANDS] = bins;
  }

  /** The 64 log10 band powers of {@code x}. */
  double[] of(float[] x) {
    java.util.Arrays.fill(power, 0.0);
    int frames = 0;
    for (int start = 0; start + FRAME <= x.length; start += HOP) {
      for (int i = 0; i < FRAME; i++) {
        frame[i] = x[start + i] * window[i];
      }
      fft.realForward(frame);
      power[0] += frame[0] * frame[0];
      power[FRAME / 2] += frame[1] * frame[1];
      for (int k = 1; k < FRAME / 2; k++) {
        power[k] += frame[2 * k] * frame[2 * k] + frame[2 * k + 1] * frame[2 * k + 1];
      }
      frames++;
    }
    double[] bands = new double[BANDS];
    for (int b = 0; b < BANDS; b++) {
      double sum = 0.0;
      for (int k = bandStart[b]; k < bandStart[b + 1]; k++) {
        sum += power[k];
      }
      bands[b] = Math.log10(sum / frames + 1e-12);
    }
    return bands;
  }

  private static double mel(double hz) {
    return 2595.0 * Math.log10(1.0 + hz / 700.0);
  }

  private static double hz(double mel) {
    return 700.0 * (Math.pow(10.0, mel / 2595.0) - 1.0);
  }
}
