package org.auscult.features.extract;

/**
 * A clip's features: the log-mel spectrogram in frame-major order (frame t, band m at
 * {@code t * nMels + m}) and its gwrp vector ({@code nMels} values).
 */
public record ClipFeatures(int nFrames, int nMels, float[] logmel, float[] gwrp) {
  public ClipFeatures {
    if (logmel.length != nFrames * nMels || gwrp.length != nMels) {
      throw new IllegalArgumentException("expected " + nFrames + " × " + nMels
          + " log-mel values and " + nMels + " gwrp values, got " + logmel.length + " and "
          + gwrp.length);
    }
  }
}
