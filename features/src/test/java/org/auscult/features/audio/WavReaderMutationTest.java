package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.auscult.features.audio.WavFixture.Field.CHANNELS;
import static org.auscult.features.audio.WavFixture.float32;
import static org.auscult.features.audio.WavFixture.float64;
import static org.auscult.features.audio.WavFixture.int16;
import static org.auscult.features.audio.WavFixture.int24;
import static org.auscult.features.audio.WavFixture.int32;
import static org.auscult.features.audio.WavFixture.uint8;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Seeded random mutations of valid files: whatever the bytes, the reader returns a consistent
 * {@link WavAudio} or throws {@link WavFormatException} naming the source, and nothing else.
 * Complements the coverage-guided {@link WavReaderFuzzTest} with a fixed, fast, reproducible set.
 */
class WavReaderMutationTest {
  private static final long SEED = 0x5EED_2022_0002L;
  private static final int CASES = 40_000;
  private static final String SOURCE = "mutant.wav";
  /** Values that break size arithmetic: zero, one, odd, sign bits, all ones. */
  private static final long[] INTERESTING = {0, 1, 2, 3, 7, 8, 15, 16, 17, 18, 22, 40, 0x7F, 0x80,
      0xFF, 0x7FFF, 0x8000, 0xFFFE, 0xFFFF, 0x10000, 0x7FFFFFFFL, 0x80000000L, 0xFFFFFFF8L,
      0xFFFFFFFFL};

  private static List<byte[]> validFiles() {
    return List.of(
        WavFixture.pcm(16).data(int16(-32768, -1, 0, 1, 32767)).build(),
        WavFixture.pcm(8).data(uint8(0, 128, 255)).chunkAfter("LIST", new byte[5]).build(),
        WavFixture.pcm(24).with(CHANNELS, 2).data(int24(1, -1, 8388607, -8388608)).build(),
        WavFixture.pcm(32).chunkBefore("fact", int32(2)).data(int32(1, -1)).build(),
        WavFixture.ieeeFloat(32).chunkBefore("LIST", new byte[7]).data(float32(0.5f, -0.5f)).build(),
        WavFixture.ieeeFloat(64).with(CHANNELS, 3).data(float64(0.1, 0.2, 0.3)).build(),
        WavFixture.pcm(16).extensible().data(int16(7, 8, 9, 10)).build(),
        WavFixture.ieeeFloat(32).extensible().with(CHANNELS, 2).data(float32(1f, 2f)).build(),
        WavFixture.pcm(16).fmtAfterData().data(int16(1, 2)).build());
  }

  @Test
  void onlyWavFormatExceptionEverEscapes() {
    List<byte[]> seeds = validFiles();
    SplittableRandom rnd = new SplittableRandom(SEED);
    int decoded = 0;
    int rejected = 0;
    for (int i = 0; i < CASES; i++) {
      byte[] input = mutate(seeds.get(rnd.nextInt(seeds.size())), rnd);
      try {
        WavAudio a = WavReader.read(input, SOURCE);
        assertThat((long) a.frameCount() * a.channels()).isEqualTo(a.samples().length);
        assertThat(a.samples().length).isLessThanOrEqualTo(input.length);
        decoded++;
      } catch (WavFormatException e) {
        assertThat(e.getMessage()).startsWith(SOURCE + ": ");
        rejected++;
      } catch (Throwable t) {
        fail("case " + i + " (seed " + SEED + ") threw " + t + " on input "
            + HexFormat.of().formatHex(input), t);
      }
    }
    // both outcomes must be common, or the mutations are not exercising the reader
    assertThat(decoded).isGreaterThan(CASES / 20);
    assertThat(rejected).isGreaterThan(CASES / 4);
  }

  private static byte[] mutate(byte[] seed, SplittableRandom rnd) {
    byte[] b = seed.clone();
    int rounds = 1 + rnd.nextInt(3);
    for (int r = 0; r < rounds; r++) {
      switch (rnd.nextInt(6)) {
        case 0 -> { // flip a few bytes, mostly in the headers
          for (int k = 1 + rnd.nextInt(4); k > 0 && b.length > 0; k--) {
            int at = rnd.nextInt(Math.min(b.length, rnd.nextBoolean() ? 64 : b.length));
            b[at] = (byte) rnd.nextInt(256);
          }
        }
        case 1 -> { // an interesting 16- or 32-bit value at a random header offset
          if (b.length >= 4) {
            int at = rnd.nextInt(Math.min(b.length - 3, 64));
            long v = INTERESTING[rnd.nextInt(INTERESTING.length)];
            int width = rnd.nextBoolean() ? 2 : 4;
            for (int k = 0; k < width; k++) {
              b[at + k] = (byte) (v >>> (8 * k));
            }
          }
        }
        case 2 -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1)); // truncate
        case 3 -> { // insert random bytes
          int at = rnd.nextInt(b.length + 1);
          byte[] extra = new byte[1 + rnd.nextInt(9)];
          rnd.nextBytes(extra);
          byte[] n = new byte[b.length + extra.length];
          System.arraycopy(b, 0, n, 0, at);
          System.arraycopy(extra, 0, n, at, extra.length);
          System.arraycopy(b, at, n, at + extra.length, b.length - at);
          b = n;
        }
        case 4 -> { // append garbage
          byte[] tail = new byte[rnd.nextInt(12)];
          rnd.nextBytes(tail);
          byte[] n = Arrays.copyOf(b, b.length + tail.length);
          System.arraycopy(tail, 0, n, b.length, tail.length);
          b = n;
        }
        default -> { // delete a range
          if (b.length > 1) {
            int from = rnd.nextInt(b.length);
            int to = Math.min(b.length, from + 1 + rnd.nextInt(8));
            byte[] n = new byte[b.length - (to - from)];
            System.arraycopy(b, 0, n, 0, from);
            System.arraycopy(b, to, n, from, b.length - to);
            b = n;
          }
        }
      }
    }
    return b;
  }
}
