package org.auscult.features.synth;

/** Adding one signal into another and scaling; plain loops over primitive arrays. */
final class Mix {
  private Mix() {
  }

  /** dst += gain · src. */
  static void add(double[] dst, double[] src, int n, double gain) {
    for (int i = 0; i < n; i++) {
      dst[i] += gain * src[i];
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
