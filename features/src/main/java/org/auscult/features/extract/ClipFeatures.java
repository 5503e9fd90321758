package org.auscult.features.extract;

/**
 * A clip's features: the log-mel spectrogram in frame-major order (frame t, band m at
 * {@code t * nMels + m}) over the whole clip, its gwrp vector ({@code nMels} values), and how the
 * clip was read.
 *
 * @param nFrames frames of this clip (313 for 10 s at the baseline's settings; any length is kept)
 * @param channel the channel read: 0 for a mono file, {@link ClipReading#MEAN} for the mean
 * @param sampleRate the file's own sampling rate (resampled to the log-mel rate when it differs)
 */
public record ClipFeatures(int nFrames, int nMels, float[] logmel, float[] gwrp, int channel,
    int sampleRate) {
  public ClipFeatures {
    if (logmel.length != nFrames * nMels || gwrp.length != nMels) {
      throw new IllegalArgumentException("expected " + nFrames + " × " + nMels
          + " log-mel values and " + nMels + " gwrp values, got " + logmel.length + " and "
          + gwrp.length);
    }
  }
}
