package org.auscult.features.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds WAV files byte by byte for tests: every format the reader accepts, and any header field
 * forged to a wrong value. Sample encoders take the stored integers or floats, so tests state exact
 * expectations ({@code int16 -32768 → -1.0f}).
 */
public final class WavFixture {
  /**
   * The numbers of the header a test sets, true or forged. Unset, CHANNELS and SAMPLE_RATE are 1 and
   * 16 kHz (the format tag and bits come from {@code pcm} or {@code ieeeFloat}), and the derived
   * ones (byte rate, block align, valid bits, the chunk sizes) their true values.
   */
  public enum Field {
    FORMAT_TAG, CHANNELS, SAMPLE_RATE, BYTE_RATE, BLOCK_ALIGN, BITS_PER_SAMPLE, VALID_BITS,
    /** The size field of the {@code fmt } chunk (its body keeps its real length). */
    FMT_SIZE,
    /** The size field of the {@code data} chunk. */
    DATA_SIZE,
    RIFF_SIZE
  }

  private final Map<Field, Long> fields = new EnumMap<>(Field.class);
  private boolean extensible;
  private byte[] subFormatGuid;
  private boolean fmtAfterData;
  private byte[] data = new byte[0];
  private final List<byte[]> before = new ArrayList<>();
  private final List<byte[]> after = new ArrayList<>();

  private WavFixture(int formatTag, int bits) {
    fields.put(Field.FORMAT_TAG, (long) formatTag);
    fields.put(Field.CHANNELS, 1L);
    fields.put(Field.SAMPLE_RATE, 16_000L);
    fields.put(Field.BITS_PER_SAMPLE, (long) bits);
  }

  /** Integer PCM at {@code bits} per sample. */
  public static WavFixture pcm(int bits) {
    return new WavFixture(1, bits);
  }

  /** IEEE float at {@code bits} per sample. */
  public static WavFixture ieeeFloat(int bits) {
    return new WavFixture(3, bits);
  }

  /** Sets header field {@code field} to {@code value}, whether or not it fits the rest. */
  public WavFixture with(Field field, long value) {
    fields.put(field, value);
    return this;
  }

  /** {@code with(Field.CHANNELS, n)}, as the jobs tests write it. */
  public WavFixture channels(int n) {
    return with(Field.CHANNELS, n);
  }

  /** {@code with(Field.SAMPLE_RATE, hz)}, as the jobs tests write it. */
  public WavFixture sampleRate(long hz) {
    return with(Field.SAMPLE_RATE, hz);
  }

  /** {@code with(Field.DATA_SIZE, size)}, as the jobs tests write it. */
  public WavFixture dataSize(long size) {
    return with(Field.DATA_SIZE, size);
  }

  /** Wraps the format tag in WAVE_FORMAT_EXTENSIBLE, the tag moving into the sub-format GUID. */
  public WavFixture extensible() {
    extensible = true;
    return this;
  }

  public WavFixture subFormatGuid(byte[] guid) {
    subFormatGuid = guid.clone();
    return this;
  }

  public WavFixture fmtAfterData() {
    fmtAfterData = true;
    return this;
  }

  /** A chunk written between {@code fmt } and {@code data}. */
  public WavFixture chunkBefore(String id, byte[] body) {
    before.add(chunk(id, body));
    return this;
  }

  /** A chunk written after {@code data}. */
  public WavFixture chunkAfter(String id, byte[] body) {
    after.add(chunk(id, body));
    return this;
  }

  public WavFixture data(byte[] bytes) {
    data = bytes.clone();
    return this;
  }

  public byte[] build() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(ascii("WAVE"));
    byte[] fmt = fmtChunk();
    if (!fmtAfterData) {
      body.writeBytes(fmt);
    }
    before.forEach(body::writeBytes);
    body.writeBytes(ascii("data"));
    body.writeBytes(le32(fields.getOrDefault(Field.DATA_SIZE, (long) data.length)));
    body.writeBytes(data);
    if (data.length % 2 == 1) {
      body.write(0);
    }
    if (fmtAfterData) {
      body.writeBytes(fmt);
    }
    after.forEach(body::writeBytes);
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    file.writeBytes(ascii("RIFF"));
    file.writeBytes(le32(fields.getOrDefault(Field.RIFF_SIZE, (long) body.size())));
    file.writeBytes(body.toByteArray());
    return file.toByteArray();
  }

  private byte[] fmtChunk() {
    long formatTag = fields.get(Field.FORMAT_TAG);
    long channels = fields.get(Field.CHANNELS);
    long sampleRate = fields.get(Field.SAMPLE_RATE);
    long bitsPerSample = fields.get(Field.BITS_PER_SAMPLE);
    long align = fields.getOrDefault(Field.BLOCK_ALIGN, channels * bitsPerSample / 8);
    ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
    fmt.putShort((short) (extensible ? 0xFFFE : formatTag));
    fmt.putShort((short) channels);
    fmt.putInt((int) sampleRate);
    fmt.putInt((int) (long) fields.getOrDefault(Field.BYTE_RATE, sampleRate * align));
    fmt.putShort((short) align);
    fmt.putShort((short) bitsPerSample);
    if (extensible) {
      fmt.putShort((short) 22);
      fmt.putShort((short) (long) fields.getOrDefault(Field.VALID_BITS, bitsPerSample));
      fmt.putInt(channels == 1 ? 0x4 : 0x3); // speaker mask: centre, or front left + right
      fmt.put(subFormatGuid != null ? subFormatGuid : guidOf((int) formatTag));
    }
    byte[] bodyBytes = fmt.array();
    byte[] c = chunk("fmt ", bodyBytes);
    if (fields.containsKey(Field.FMT_SIZE)) {
      System.arraycopy(le32(fields.get(Field.FMT_SIZE)), 0, c, 4, 4);
    }
    return c;
  }

  /** The KSDATAFORMAT_SUBTYPE GUID of a plain format tag, as stored in a file. */
  public static byte[] guidOf(int tag) {
    return new byte[] {(byte) tag, (byte) (tag >> 8), 0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
        (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};
  }

  /** A chunk: id, little-endian size, body, and the pad byte an odd size needs. */
  public static byte[] chunk(String id, byte[] body) {
    ByteArrayOutputStream c = new ByteArrayOutputStream();
    c.writeBytes(ascii(id));
    c.writeBytes(le32(body.length));
    c.writeBytes(body);
    if (body.length % 2 == 1) {
      c.write(0);
    }
    return c.toByteArray();
  }

  public static byte[] uint8(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  public static byte[] int16(int... values) {
    ByteBuffer b = ByteBuffer.allocate(2 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putShort((short) v);
    }
    return b.array();
  }

  /** Channels of equal length as interleaved 16-bit PCM, each sample as {@link WavWriter#toPcm16}. */
  public static byte[] interleavedPcm16(float[]... channels) {
    int frames = channels[0].length;
    ByteBuffer b = ByteBuffer.allocate(2 * frames * channels.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int f = 0; f < frames; f++) {
      for (float[] c : channels) {
        b.putShort(WavWriter.toPcm16(c[f]));
      }
    }
    return b.array();
  }

  public static byte[] int24(int... values) {
    byte[] b = new byte[3 * values.length];
    for (int i = 0; i < values.length; i++) {
      b[3 * i] = (byte) values[i];
      b[3 * i + 1] = (byte) (values[i] >> 8);
      b[3 * i + 2] = (byte) (values[i] >> 16);
    }
    return b;
  }

  public static byte[] int32(int... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) {
      b.putInt(v);
    }
    return b.array();
  }

  public static byte[] float32(float... values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (float v : values) {
      b.putFloat(v);
    }
    return b.array();
  }

  public static byte[] float64(double... values) {
    ByteBuffer b = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (double v : values) {
      b.putDouble(v);
    }
    return b.array();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] le32(long v) {
    return new byte[] {(byte) v, (byte) (v >> 8), (byte) (v >> 16), (byte) (v >> 24)};
  }
}
