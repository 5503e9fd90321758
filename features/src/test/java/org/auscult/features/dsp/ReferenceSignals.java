package org.auscult.features.dsp;

/** The three 1-s test signals of the reference vectors, regenerated as their README defines them. */
enum ReferenceSignals {
  SINE1K("sine1k"),
  CHIRP("chirp"),
  LCGNOISE("lcgnoise");

  static final int SAMPLE_RATE = 16000;
  static final int LENGTH = 16000;
  static final long LCG_SEED = 2022;

  final String fileTag;

  ReferenceSignals(String fileTag) {
    this.fileTag = fileTag;
  }

  /** The float64 signal. */
  double[] samples() {
    double[] y = new double[LENGTH];
    switch (this) {
      case SINE1K -> {
        for (int n = 0; n < LENGTH; n++) {
          y[n] = 0.5 * Math.sin(2 * Math.PI * 1000 * n / SAMPLE_RATE);
        }
      }
      case CHIRP -> {
        for (int n = 0; n < LENGTH; n++) {
          double t = (double) n / SAMPLE_RATE;
          y[n] = 0.5 * Math.sin(2 * Math.PI * (100 * t + 0.5 * (7000 - 100) * t * t));
        }
      }
      case LCGNOISE -> {
        long[] s = lcgStates(LENGTH);
        for (int n = 0; n < LENGTH; n++) {
          y[n] = 0.1 * (2.0 * s[n] / 4294967296.0 - 1.0);
        }
      }
      default -> throw new AssertionError(this);
    }
    return y;
  }

  /** The same signal cast to float32, as librosa.load would hand it over. */
  float[] floatSamples() {
    double[] y = samples();
    float[] f = new float[y.length];
    for (int i = 0; i < y.length; i++) {
      f[i] = (float) y[i];
    }
    return f;
  }

  /** s₁ … s_count of s_{k+1} = (1664525·s_k + 1013904223) mod 2³², s₀ = 2022. */
  static long[] lcgStates(int count) {
    long[] out = new long[count];
    long s = LCG_SEED;
    for (int k = 0; k < count; k++) {
      s = (1664525L * s + 1013904223L) & 0xFFFFFFFFL;
      out[k] = s;
    }
    return out;
  }
}
