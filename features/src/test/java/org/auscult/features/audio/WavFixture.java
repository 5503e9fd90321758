package org.auscult.features.audio;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds WAV files byte by byte for tests: every format the reader accepts, and any header field
 * forged to a wrong value. Sample encoders take the stored integers or floats, so tests state exact
 * expectations ({@code int16 -32768 → -1.0f}).
 */
public final class WavFixture {
  private int formatTag = 1;
  private int channels = 1;
  private long sampleRate = 16_000;
  private int bitsPerSample = 16;
  private Integer blockAlign;
  private Long byteRate;
  private boolean extensible;
  private int validBits = -1;
  private byte[] subFormatGuid;
  private Long fmtSize;
  private Long dataSize;
  private Long riffSize;
  private boolean fmtAfterData;
  private byte[] data = new byte[0];
  private final List<byte[]> before = new ArrayList<>();
  private final List<byte[]> after = new ArrayList<>();

  /** Integer PCM at {@code bits} per sample. */
  public static WavFixture pcm(int bits) {
    WavFixture f = new WavFixture();
    f.bitsPerSample = bits;
    return f;
  }

  /** IEEE float at {@code bits} per sample. */
  public static WavFixture ieeeFloat(int bits) {
    WavFixture f = new WavFixture();
    f.formatTag = 3;
    f.bitsPerSample = bits;
    return f;
  }

  public WavFixture channels(int n) {
    channels = n;
    return this;
  }

  public WavFixture sampleRate(long hz) {
    sampleRate = hz;
    return this;
  }

  public WavFixture formatTag(int tag) {
    formatTag = tag;
    return this;
  }

  public WavFixture bitsPerSample(int bits) {
    bitsPerSample = bits;
    return this;
  }

  public WavFixture blockAlign(int bytes) {
    blockAlign = bytes;
    return this;
  }

  public WavFixture byteRate(long bytes) {
    byteRate = bytes;
    return this;
  }

  /** Wraps the format tag in WAVE_FORMAT_EXTENSIBLE, the tag moving into the sub-format GUID. */
  public WavFixture extensible() {
    extensible = true;
    return this;
  }

  public WavFixture validBits(int bits) {
    validBits = bits;
    return this;
  }

  public WavFixture subFormatGuid(byte[] guid) {
    subFormatGuid = guid.clone();
    return this;
  }

  /** Forges the size field of the {@code fmt } chunk (the body keeps its real length). */
  public WavFixture fmtSize(long size) {
    fmtSize = size;
    return this;
  }

  /** Forges the size field of the {@code data} chunk. */
  public WavFixture dataSize(long size) {
    dataSize = size;
    return this;
  }

  public WavFixture riffSize(long size) {
    riffSize = size;
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
    body.writeBytes(le32(dataSize != null ? dataSize : data.length));
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
    file.writeBytes(le32(riffSize != null ? riffSize : body.size()));
    file.writeBytes(body.toByteArray());
    return file.toByteArray();
  }

  private byte[] fmtChunk() {
    int align = blockAlign != null ? blockAlign : channels * bitsPerSample / 8;
    ByteBuffer fmt = ByteBuffer.allocate(extensible ? 40 : 16).order(ByteOrder.LITTLE_ENDIAN);
    fmt.putShort((short) (extensible ? 0xFFFE : formatTag));
    fmt.putShort((short) channels);
    fmt.putInt((int) sampleRate);
    fmt.putInt((int) (byteRate != null ? byteRate : sampleRate * align));
    fmt.putShort((short) align);
    fmt.putShort((short) bitsPerSample);
    if (extensible) {
      fmt.putShort((short) 22);
      fmt.putShort((short) (validBits >= 0 ? validBits : bitsPerSample));
      fmt.putInt(channels == 1 ? 0x4 : 0x3); // speaker mask: centre, or front left + right
      fmt.put(subFormatGuid != null ? subFormatGuid : guidOf(formatTag));
    }
    byte[] bodyBytes = fmt.array();
    byte[] c = chunk("fmt ", bodyBytes);
    if (fmtSize != null) {
      System.arraycopy(le32(fmtSize), 0, c, 4, 4);
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
