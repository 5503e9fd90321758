package org.auscult.features.synth;

/** Level measurement and adding one signal into another; plain loops over primitive arrays. */
final class Mix {
  private Mix() {
  }

  /** Root mean square of {@code x[0..n)}; 0 for silence. */
  static double rms(double[] x, int n) {
    double sum = 0.0;
    for (int i = 0; i < n; i++) {
      sum += x[i] * x[i];
    }
    return Math.sqrt(sum / n);
  }

  /** dst += gain · src. */
  static void add(double[] dst, double[] src, int n, double gain) {
    for (int i = 0; i < n; i++) {
      dst[i] += gain * src[i];
    }
  }

  /** dst += src scaled to RMS {@code targetRms} (nothing when src is silent). */
  static void addAtRms(double[] dst, double[] src, int n, double targetRms) {
    double r = rms(src, n);
    if (r > 0.0) {
      add(dst, src, n, targetRms / r);
    }
  }

  /** dst += gain · envelope · src, sample by sample. */
  static void addEnveloped(double[] dst, double[] src, double[] envelope, int n, double gain) {
    for (int i = 0; i < n; i++) {
      dst[i] += gain * envelope[i] * src[i];
    }
  }

  /** x *= gain. */
  static void scale(double[] x, int n, double gain) {
    for (int i = 0; i < n; i++) {
      x[i] *= gain;
    }
  }
}
