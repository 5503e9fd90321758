package org.auscult.features.audio;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * Decodes RIFF/WAVE bytes into float samples, scaled exactly as soundfile (and so librosa) does:
 * uint8 {@code (x - 128) / 128}, int16 {@code x / 32768}, int24 {@code x / 8388608}, int32
 * {@code (float) x / 2147483648}, float32 as stored, float64 rounded to the nearest float. NaN and
 * infinite float samples are passed through as stored.
 *
 * <p>Accepted: PCM 8 (unsigned), 16, 24, 32 bit; IEEE float 32 and 64 bit; the same inside
 * {@code WAVE_FORMAT_EXTENSIBLE} (the format comes from the sub-format GUID, the container size from
 * {@code wBitsPerSample}); any number of channels; any chunks before {@code data} (LIST, fact, bext,
 * …), each followed by its pad byte when its size is odd. Chunks after {@code data} are not read.
 *
 * <p>Rejected, with a {@link WavFormatException} naming the source and the defect, never any other
 * exception: a file shorter than a chunk or the {@code data} chunk claims (a <b>truncated data chunk
 * is an error</b>, not a short clip: the bytes that are there are not trusted either), a {@code data}
 * size that is not a whole number of frames, zero channels, a sample rate outside
 * 1..{@value #MAX_SAMPLE_RATE} Hz, a block align other than channels × bytes per sample, other
 * encodings (ADPCM, A-law, µ-law, …), RIFX, RF64. The RIFF size field and the byte rate are not
 * checked: streaming writers leave them 0 or wrong, and nothing here depends on them.
 *
 * <p>Memory and time are bounded by the input, never by sizes in headers: the only allocation is
 * the output array, at most one float per input byte; the chunk walk advances at least 8 bytes per
 * step. 16-bit PCM (the data set's format) decodes in a plain loop with no per-sample objects.
 */
public final class WavReader {

  /** Highest sample rate accepted; anything above is taken as a corrupt header. */
  public static final int MAX_SAMPLE_RATE = 10_000_000;

  /** The largest array a JVM reliably allocates. */
  private static final int MAX_ARRAY = Integer.MAX_VALUE - 8;
  private static final int INITIAL_READ_BUFFER = 1 << 16;

  private static final int TAG_PCM = 0x0001;
  private static final int TAG_IEEE_FLOAT = 0x0003;
  private static final int TAG_EXTENSIBLE = 0xFFFE;
  /** Bytes 2..15 of every KSDATAFORMAT_SUBTYPE_* GUID of a plain format tag, 0000xxxx-0000-0010-8000-00aa00389b71. */
  private static final byte[] GUID_TAIL = {0x00, 0x00, 0x00, 0x00, 0x10, 0x00,
      (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

  private static final float SCALE_8 = 1f / 128;
  private static final float SCALE_16 = 1f / 32768;
  private static final float SCALE_24 = 1f / 8388608;
  private static final float SCALE_32 = 1f / 2147483648f;

  private static final VarHandle INT_LE =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle FLOAT_LE =
      MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle DOUBLE_LE =
      MethodHandles.byteArrayViewVarHandle(double[].class, ByteOrder.LITTLE_ENDIAN);

  private WavReader() {}

  /**
   * Decodes a whole WAV file held in memory.
   *
   * @param bytes the file's bytes; not modified, not retained
   * @param source what to call the bytes in messages, e.g. the file's path or URI
   * @throws WavFormatException for anything this reader cannot decode
   */
  public static WavAudio read(byte[] bytes, String source) throws WavFormatException {
    Objects.requireNonNull(bytes, "bytes");
    Objects.requireNonNull(source, "source");
    return new Decoder(bytes, source).decode();
  }

  /**
   * Reads and decodes a local file.
   *
   * @throws WavFormatException if the content is not a WAV file this reader can decode
   * @throws IOException if the file cannot be read (passed through as is, so a failing disk is not
   *     mistaken for a bad clip)
   */
  public static WavAudio read(Path path) throws IOException {
    String source = path.toString();
    long size = Files.size(path);
    if (size > MAX_ARRAY) {
      throw new WavFormatException(source, "file of " + size + " bytes is too large to decode (limit "
          + MAX_ARRAY + ")");
    }
    return read(Files.readAllBytes(path), source);
  }

  /**
   * Reads exactly {@code length} bytes from {@code in} (the file's size as its file system reports
   * it) and decodes them. The stream is not closed. Memory grows with the bytes actually read, so a
   * wrong {@code length} cannot make this allocate more than the stream holds.
   *
   * @throws WavFormatException if {@code length} is impossible, the stream ends early, or the
   *     content is not a WAV file this reader can decode
   * @throws IOException if the stream fails (passed through as is)
   */
  public static WavAudio read(InputStream in, long length, String source) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    if (length < 0 || length > MAX_ARRAY) {
      throw new WavFormatException(source, "length " + length + " is outside 0.." + MAX_ARRAY);
    }
    byte[] bytes = readFully(in, (int) length, source);
    return read(bytes, source);
  }

  /**
   * Exactly {@code length} bytes; the buffer starts small and doubles, so it never exceeds twice
   * what the stream really held (some streams' own {@code readNBytes} allocate {@code length} first).
   */
  private static byte[] readFully(InputStream in, int length, String source) throws IOException {
    byte[] buf = new byte[Math.min(length, INITIAL_READ_BUFFER)];
    int total = 0;
    while (total < length) {
      if (total == buf.length) {
        buf = Arrays.copyOf(buf, (int) Math.min(length, 2L * buf.length));
      }
      int n = in.read(buf, total, buf.length - total);
      if (n < 0) {
        throw new WavFormatException(source, "stream ended after " + total + " of " + length
            + " bytes");
      }
      total += n;
    }
    return buf;
  }

  /** The fields of a {@code fmt } chunk that decoding needs. */
  private record Format(WavEncoding encoding, int channels, int sampleRate, int bitsPerSample) {
    int blockAlign() {
      return channels * (bitsPerSample / 8);
    }
  }

  /** One decode: walks the chunks, checks the format, converts the samples. */
  private static final class Decoder {
    private final byte[] b;
    private final String source;

    Decoder(byte[] bytes, String source) {
      this.b = bytes;
      this.source = source;
    }

    WavAudio decode() throws WavFormatException {
      int len = b.length;
      if (len < 12) {
        throw fail("too short for a RIFF/WAVE header: " + len + " bytes, need at least 12");
      }
      String riff = fourCc(0);
      if (!riff.equals("RIFF")) {
        throw fail(switch (riff) {
          case "RIFX" -> "big-endian RIFX files are not supported";
          case "RF64" -> "RF64 files are not supported";
          default -> "not a RIFF/WAVE file: starts with '" + riff + "'";
        });
      }
      String form = fourCc(8);
      if (!form.equals("WAVE")) {
        throw fail("RIFF form type is '" + form + "', expected 'WAVE'");
      }

      Format format = null;
      long dataOffset = -1;
      long dataSize = -1;
      long pos = 12;
      // Each step moves pos forward by at least 8 and sizes are uint32 held in a long: no overflow,
      // at most len / 8 steps.
      while (pos < len) {
        if (len - pos < 8) {
          throw fail("truncated chunk header at offset " + pos + ": " + (len - pos)
              + " bytes left, need 8");
        }
        String id = fourCc((int) pos);
        long size = u32((int) pos + 4);
        long body = pos + 8;
        long remaining = len - body;
        if (size > remaining) {
          throw fail("'" + id + "' chunk at offset " + pos + " declares " + size
              + " bytes but only " + remaining + " remain"
              + (id.equals("data") ? " (truncated data chunk)" : ""));
        }
        if (id.equals("data")) {
          if (dataOffset >= 0) {
            throw fail("second 'data' chunk at offset " + pos);
          }
          dataOffset = body;
          dataSize = size;
        } else if (id.equals("fmt ")) {
          if (format != null) {
            throw fail("second 'fmt ' chunk at offset " + pos);
          }
          format = parseFormat((int) body, size);
        }
        if (format != null && dataOffset >= 0) {
          break;
        }
        pos = body + size + (size & 1);
      }
      if (format == null) {
        throw fail(dataOffset < 0 ? "no 'fmt ' chunk and no 'data' chunk" : "no 'fmt ' chunk");
      }
      if (dataOffset < 0) {
        throw fail("no 'data' chunk");
      }
      return samples(format, (int) dataOffset, dataSize);
    }

    private Format parseFormat(int at, long size) throws WavFormatException {
      if (size < 16) {
        throw fail("'fmt ' chunk is " + size + " bytes, need at least 16");
      }
      int tag = u16(at);
      int channels = u16(at + 2);
      long sampleRate = u32(at + 4);
      int blockAlign = u16(at + 12);
      int bits = u16(at + 14);
      String described = "format tag " + hex4(tag);
      if (tag == TAG_EXTENSIBLE) {
        if (size < 40) {
          throw fail("WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is " + size + " bytes, need 40");
        }
        int extension = u16(at + 16);
        if (extension < 22) {
          throw fail("WAVE_FORMAT_EXTENSIBLE extension is " + extension + " bytes, need 22");
        }
        int validBits = u16(at + 18);
        if (validBits > bits) {
          throw fail("WAVE_FORMAT_EXTENSIBLE valid bits " + validBits + " exceed the "
              + bits + "-bit container");
        }
        int guid = at + 24;
        for (int i = 0; i < GUID_TAIL.length; i++) {
          if (b[guid + 2 + i] != GUID_TAIL[i]) {
            throw fail("unsupported WAVE_FORMAT_EXTENSIBLE sub-format " + guidString(guid));
          }
        }
        tag = u16(guid);
        described = "WAVE_FORMAT_EXTENSIBLE sub-format " + hex4(tag);
      }
      WavEncoding encoding;
      if (tag == TAG_PCM) {
        encoding = WavEncoding.PCM;
      } else if (tag == TAG_IEEE_FLOAT) {
        encoding = WavEncoding.IEEE_FLOAT;
      } else {
        throw fail("unsupported " + described + nameOfTag(tag)
            + ", expected PCM (0x0001) or IEEE float (0x0003)");
      }
      if (channels == 0) {
        throw fail("'fmt ' chunk says 0 channels");
      }
      if (sampleRate < 1 || sampleRate > MAX_SAMPLE_RATE) {
        throw fail("sample rate " + sampleRate + " Hz is outside 1.." + MAX_SAMPLE_RATE);
      }
      boolean supported = encoding == WavEncoding.PCM
          ? bits == 8 || bits == 16 || bits == 24 || bits == 32
          : bits == 32 || bits == 64;
      if (!supported) {
        throw fail("unsupported bit depth " + bits + " for " + encoding + (encoding == WavEncoding.PCM
            ? ", expected 8, 16, 24 or 32" : ", expected 32 or 64"));
      }
      Format format = new Format(encoding, channels, (int) sampleRate, bits);
      if (blockAlign != format.blockAlign()) {
        throw fail("block align " + blockAlign + " does not match " + channels + " channel(s) × "
            + bits + " bits = " + format.blockAlign() + " bytes");
      }
      return format;
    }

    private WavAudio samples(Format f, int offset, long size) throws WavFormatException {
      int frameBytes = f.blockAlign();
      if (size % frameBytes != 0) {
        throw fail("'data' chunk of " + size + " bytes is not a whole number of " + frameBytes
            + "-byte frames");
      }
      long frames = size / frameBytes;
      long count = frames * f.channels();
      if (count > MAX_ARRAY) {
        throw fail(count + " samples are too many to decode (limit " + MAX_ARRAY + ")");
      }
      float[] out = new float[(int) count];
      switch (f.encoding()) {
        case PCM -> {
          switch (f.bitsPerSample()) {
            case 8 -> decodeU8(offset, out);
            case 16 -> decodeS16(offset, out);
            case 24 -> decodeS24(offset, out);
            default -> decodeS32(offset, out);
          }
        }
        case IEEE_FLOAT -> {
          if (f.bitsPerSample() == 32) {
            decodeF32(offset, out);
          } else {
            decodeF64(offset, out);
          }
        }
      }
      return new WavAudio(out, f.sampleRate(), f.channels(), f.bitsPerSample(), f.encoding(),
          (int) frames);
    }

    private void decodeU8(int p, float[] out) {
      for (int i = 0; i < out.length; i++, p++) {
        out[i] = ((b[p] & 0xFF) - 128) * SCALE_8;
      }
    }

    /** The hot path: two byte loads and a shift per sample, no per-sample objects. */
    private void decodeS16(int p, float[] out) {
      byte[] b = this.b;
      for (int i = 0; i < out.length; i++, p += 2) {
        out[i] = (short) ((b[p] & 0xFF) | b[p + 1] << 8) * SCALE_16;
      }
    }

    private void decodeS24(int p, float[] out) {
      for (int i = 0; i < out.length; i++, p += 3) {
        // the top byte is sign-extended by the widening of b[p + 2]
        int v = (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | b[p + 2] << 16;
        out[i] = v * SCALE_24;
      }
    }

    private void decodeS32(int p, float[] out) {
      for (int i = 0; i < out.length; i++, p += 4) {
        // round to float first, then scale by a power of two: what libsndfile does
        out[i] = (float) (int) INT_LE.get(b, p) * SCALE_32;
      }
    }

    private void decodeF32(int p, float[] out) {
      for (int i = 0; i < out.length; i++, p += 4) {
        out[i] = (float) FLOAT_LE.get(b, p);
      }
    }

    private void decodeF64(int p, float[] out) {
      for (int i = 0; i < out.length; i++, p += 8) {
        out[i] = (float) (double) DOUBLE_LE.get(b, p);
      }
    }

    private int u16(int at) {
      return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    private long u32(int at) {
      return (long) u16(at) | (long) u16(at + 2) << 16;
    }

    /** A chunk id for messages: printable ASCII as is, anything else as \xNN. */
    private String fourCc(int at) {
      StringBuilder s = new StringBuilder(4);
      for (int i = at; i < at + 4; i++) {
        int c = b[i] & 0xFF;
        if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'') {
          s.append((char) c);
        } else {
          s.append(String.format(Locale.ROOT, "\\x%02X", c));
        }
      }
      return s.toString();
    }

    private String guidString(int at) {
      StringBuilder s = new StringBuilder(32);
      for (int i = 0; i < 16; i++) {
        s.append(String.format(Locale.ROOT, "%02x", b[at + i] & 0xFF));
      }
      return s.toString();
    }

    private WavFormatException fail(String defect) {
      return new WavFormatException(source, defect);
    }
  }

  private static String hex4(int tag) {
    return String.format(Locale.ROOT, "0x%04X", tag);
  }

  private static String nameOfTag(int tag) {
    return switch (tag) {
      case 0x0002 -> " (Microsoft ADPCM)";
      case 0x0006 -> " (A-law)";
      case 0x0007 -> " (µ-law)";
      case 0x0011 -> " (IMA ADPCM)";
      case 0x0031 -> " (GSM 6.10)";
      case 0x0050, 0x0055 -> " (MPEG)";
      default -> "";
    };
  }
}
