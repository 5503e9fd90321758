package org.auscult.features.audio;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes 16-bit PCM mono WAV files, the format of the DCASE data set: a canonical 44-byte header
 * ({@code RIFF}, {@code fmt } of 16 bytes with format tag 1, {@code data}) and the samples.
 *
 * <p>Float to int16 is {@code rint(x × 32768)} (round half to even) clipped to [-32768, 32767], so
 * {@link WavReader} gives back exactly {@code k / 32768} for every sample that already was one, and
 * 1.0 becomes 32767. NaN and infinite samples are rejected: they mean a bug upstream, not audio.
 */
public final class WavWriter {

  /** Size of the header this writer produces. */
  public static final int HEADER_BYTES = 44;

  /** Largest sample count whose file still fits a byte array and the uint32 RIFF size. */
  static final int MAX_SAMPLES = (Integer.MAX_VALUE - 8 - HEADER_BYTES) / 2;

  private static final int BUFFER_SAMPLES = 8192;

  private WavWriter() {}

  /** The whole file in memory. */
  public static byte[] toPcm16Mono(float[] samples, int sampleRate) {
    check(samples, sampleRate);
    byte[] out = new byte[HEADER_BYTES + 2 * samples.length];
    header(out, samples.length, sampleRate);
    encode(samples, 0, samples.length, out, HEADER_BYTES);
    return out;
  }

  /** Streams the file to {@code out} through a small buffer; {@code out} is not closed. */
  public static void writePcm16Mono(float[] samples, int sampleRate, OutputStream out)
      throws IOException {
    Objects.requireNonNull(out, "out");
    check(samples, sampleRate);
    byte[] header = new byte[HEADER_BYTES];
    header(header, samples.length, sampleRate);
    out.write(header);
    byte[] buffer = new byte[2 * Math.min(BUFFER_SAMPLES, samples.length)];
    for (int from = 0; from < samples.length; from += BUFFER_SAMPLES) {
      int n = Math.min(BUFFER_SAMPLES, samples.length - from);
      encode(samples, from, n, buffer, 0);
      out.write(buffer, 0, 2 * n);
    }
  }

  /**
   * One sample as int16: {@code rint(sample × 32768)} clipped to [-32768, 32767].
   *
   * @throws IllegalArgumentException if {@code sample} is NaN or infinite
   */
  public static short toPcm16(float sample) {
    if (!Float.isFinite(sample)) {
      throw new IllegalArgumentException("sample is not finite: " + sample);
    }
    return clip(sample);
  }

  private static short clip(float sample) {
    // float × 2^15 is exact in double; rint rounds half to even
    double v = Math.rint(sample * 32768.0);
    return (short) Math.max(-32768.0, Math.min(32767.0, v));
  }

  private static void check(float[] samples, int sampleRate) {
    Objects.requireNonNull(samples, "samples");
    if (sampleRate < 1) {
      throw new IllegalArgumentException("sample rate must be positive, got " + sampleRate);
    }
    if (samples.length > MAX_SAMPLES) {
      throw new IllegalArgumentException(samples.length + " samples exceed the limit of "
          + MAX_SAMPLES + " for one WAV file");
    }
    for (int i = 0; i < samples.length; i++) {
      if (!Float.isFinite(samples[i])) {
        throw new IllegalArgumentException("sample " + i + " is not finite: " + samples[i]);
      }
    }
  }

  private static void header(byte[] h, int sampleCount, int sampleRate) {
    int dataBytes = 2 * sampleCount;
    ascii(h, 0, "RIFF");
    le32(h, 4, 36 + dataBytes);
    ascii(h, 8, "WAVE");
    ascii(h, 12, "fmt ");
    le32(h, 16, 16);
    le16(h, 20, 1); // PCM
    le16(h, 22, 1); // mono
    le32(h, 24, sampleRate);
    le32(h, 28, 2 * sampleRate); // byte rate
    le16(h, 32, 2); // block align
    le16(h, 34, 16); // bits per sample
    ascii(h, 36, "data");
    le32(h, 40, dataBytes);
  }

  private static void encode(float[] samples, int from, int n, byte[] out, int at) {
    for (int i = from; i < from + n; i++, at += 2) {
      short s = clip(samples[i]);
      out[at] = (byte) s;
      out[at + 1] = (byte) (s >> 8);
    }
  }

  private static void ascii(byte[] b, int at, String fourCc) {
    for (int i = 0; i < 4; i++) {
      b[at + i] = (byte) fourCc.charAt(i);
    }
  }

  private static void le16(byte[] b, int at, int v) {
    b[at] = (byte) v;
    b[at + 1] = (byte) (v >>> 8);
  }

  private static void le32(byte[] b, int at, int v) {
    le16(b, at, v);
    le16(b, at + 2, v >>> 16);
  }
}
