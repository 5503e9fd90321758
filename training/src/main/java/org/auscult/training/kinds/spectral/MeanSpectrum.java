package org.auscult.training.kinds.spectral;

/** A clip's mean log-power spectrum: per mel band, the power averaged over frames, in dB. */
final class MeanSpectrum {
  private MeanSpectrum() {}

  /** {@code 10 · log10(mean over frames of 10^(L/10))} per band of a frame-major log-mel in dB. */
  static double[] of(float[] logMel, int nMels) {
    int frames = logMel.length / nMels;
    if (frames == 0) {
      throw new IllegalArgumentException("a clip without frames has no spectrum");
    }
    double[] power = new double[nMels];
    for (int t = 0; t < frames; t++) {
      for (int m = 0; m < nMels; m++) {
        power[m] += Math.pow(10, logMel[t * nMels + m] / 10.0);
      }
    }
    double[] db = new double[nMels];
    for (int m = 0; m < nMels; m++) {
      db[m] = 10 * Math.log10(power[m] / frames);
    }
    return db;
  }
}
