package org.auscult.features.audio;

import java.util.Arrays;
import java.util.Objects;

/**
 * A decoded WAV file.
 *
 * <p>{@code samples} are <b>interleaved</b> frame by frame, as in the file and as soundfile returns
 * them ({@code samples[frame * channels + channel]}), scaled to floats as soundfile/librosa do. For
 * the usual mono clip that is simply the signal: {@link #mono()} returns the same array without a
 * copy. The array is not copied on the way in or out either (clips are decoded by the thousand);
 * treat it as read-only.
 *
 * @param samples interleaved samples, {@code frameCount * channels} of them
 * @param sampleRate frames per second, as the header says
 * @param channels number of channels, at least 1
 * @param bitsPerSample bits of one stored sample: 8, 16, 24, 32 (PCM) or 32, 64 (float)
 * @param encoding integer PCM or IEEE float
 * @param frameCount number of frames (samples per channel)
 */
public record WavAudio(float[] samples, int sampleRate, int channels, int bitsPerSample,
    WavEncoding encoding, int frameCount) {

  public WavAudio {
    Objects.requireNonNull(samples, "samples");
    Objects.requireNonNull(encoding, "encoding");
    if (channels < 1) {
      throw new IllegalArgumentException("channels must be at least 1, got " + channels);
    }
    if (sampleRate < 1) {
      throw new IllegalArgumentException("sampleRate must be at least 1, got " + sampleRate);
    }
    if ((long) frameCount * channels != samples.length) {
      throw new IllegalArgumentException("expected frameCount × channels = " + frameCount + " × "
          + channels + " samples, got " + samples.length);
    }
  }

  /**
   * The signal as one channel: {@code samples} itself when there is one channel, otherwise the mean
   * of the channels per frame, as librosa's {@code to_mono} (computed in double, rounded once).
   */
  public float[] mono() {
    if (channels == 1) {
      return samples;
    }
    float[] mono = new float[frameCount];
    for (int f = 0, p = 0; f < frameCount; f++) {
      double sum = 0;
      for (int c = 0; c < channels; c++) {
        sum += samples[p++];
      }
      mono[f] = (float) (sum / channels);
    }
    return mono;
  }

  /** One channel, de-interleaved into a new array. */
  public float[] channel(int channel) {
    Objects.checkIndex(channel, channels);
    float[] out = new float[frameCount];
    for (int f = 0, p = channel; f < frameCount; f++, p += channels) {
      out[f] = samples[p];
    }
    return out;
  }

  /** Length in seconds. */
  public double durationSeconds() {
    return (double) frameCount / sampleRate;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WavAudio a && sampleRate == a.sampleRate && channels == a.channels
        && bitsPerSample == a.bitsPerSample && encoding == a.encoding && frameCount == a.frameCount
        && Arrays.equals(samples, a.samples);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sampleRate, channels, bitsPerSample, encoding, frameCount)
        * 31 + Arrays.hashCode(samples);
  }

  @Override
  public String toString() {
    return "WavAudio[" + frameCount + " frames, " + channels + " ch, " + sampleRate + " Hz, "
        + bitsPerSample + "-bit " + encoding + "]";
  }
}
