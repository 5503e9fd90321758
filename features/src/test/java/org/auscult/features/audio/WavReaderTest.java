package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.auscult.features.audio.WavFixture.Field.BYTE_RATE;
import static org.auscult.features.audio.WavFixture.Field.CHANNELS;
import static org.auscult.features.audio.WavFixture.Field.RIFF_SIZE;
import static org.auscult.features.audio.WavFixture.Field.SAMPLE_RATE;
import static org.auscult.features.audio.WavFixture.Field.VALID_BITS;
import static org.auscult.features.audio.WavFixture.float32;
import static org.auscult.features.audio.WavFixture.float64;
import static org.auscult.features.audio.WavFixture.int16;
import static org.auscult.features.audio.WavFixture.int24;
import static org.auscult.features.audio.WavFixture.int32;
import static org.auscult.features.audio.WavFixture.uint8;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every supported format decodes to the exact floats soundfile gives for the same stored values. */
class WavReaderTest {
  private static final String SOURCE = "hdfs://nn/data/fan/train/clip.wav";

  private static WavAudio read(WavFixture fixture) throws WavFormatException {
    return WavReader.read(fixture.build(), SOURCE);
  }

  @Test
  void pcm8IsUnsignedWithOffset128() throws Exception {
    WavAudio a = read(WavFixture.pcm(8).data(uint8(0, 1, 127, 128, 129, 255)));
    assertThat(a.samples()).containsExactly(-1f, -127f / 128, -1f / 128, 0f, 1f / 128, 127f / 128);
    assertThat(a.encoding()).isEqualTo(WavEncoding.PCM);
    assertThat(a.bitsPerSample()).isEqualTo(8);
    assertThat(a.frameCount()).isEqualTo(6);
  }

  @Test
  void pcm16IsDividedBy32768() throws Exception {
    WavAudio a = read(WavFixture.pcm(16).data(int16(-32768, -1, 0, 1, 32767)));
    assertThat(a.samples()).containsExactly(-1f, -1f / 32768, 0f, 1f / 32768, 32767f / 32768);
    assertThat(a.sampleRate()).isEqualTo(16_000);
    assertThat(a.channels()).isEqualTo(1);
    assertThat(a.bitsPerSample()).isEqualTo(16);
    assertThat(a.frameCount()).isEqualTo(5);
  }

  @Test
  void pcm24IsDividedBy8388608() throws Exception {
    WavAudio a = read(WavFixture.pcm(24).data(int24(-8388608, -1, 0, 1, 8388607)));
    assertThat(a.samples())
        .containsExactly(-1f, -1f / 8388608, 0f, 1f / 8388608, 8388607f / 8388608);
  }

  @Test
  void pcm32IsRoundedToFloatThenDividedBy2147483648() throws Exception {
    WavAudio a = read(WavFixture.pcm(32)
        .data(int32(Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE, (1 << 24) + 1)));
    // 2^31 - 1 rounds to the float 2^31 (so 1.0, as soundfile), 2^24 + 1 to 2^24 (half to even)
    assertThat(a.samples()).containsExactly(-1f, -0x1p-31f, 0f, 0x1p-31f, 1f, 0x1p-7f);
  }

  @Test
  void float32IsTakenAsStoredIncludingOutOfRangeAndNonFiniteValues() throws Exception {
    WavAudio a = read(WavFixture.ieeeFloat(32)
        .data(float32(-1f, -0f, 0.1f, 1.5f, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY)));
    assertThat(a.samples()).containsExactly(
        -1f, -0f, 0.1f, 1.5f, Float.MIN_VALUE, Float.NaN, Float.NEGATIVE_INFINITY);
    assertThat(a.encoding()).isEqualTo(WavEncoding.IEEE_FLOAT);
  }

  @Test
  void float64IsRoundedToTheNearestFloat() throws Exception {
    WavAudio a = read(WavFixture.ieeeFloat(64).data(float64(0.1, -1.0, 1e300, 1.0 + 0x1p-24)));
    // 1 + 2^-24 is exactly halfway between two floats: half to even gives 1
    assertThat(a.samples()).containsExactly(0.1f, -1f, Float.POSITIVE_INFINITY, 1f);
    assertThat(a.bitsPerSample()).isEqualTo(64);
  }

  @Test
  void extensibleTakesTheFormatFromTheSubFormatGuid() throws Exception {
    assertThat(read(WavFixture.pcm(16).extensible().data(int16(-32768, 16384))).samples())
        .containsExactly(-1f, 0.5f);
    WavAudio f = read(WavFixture.ieeeFloat(32).extensible().data(float32(0.25f)));
    assertThat(f.encoding()).isEqualTo(WavEncoding.IEEE_FLOAT);
    assertThat(f.samples()).containsExactly(0.25f);
    // 20 valid bits in a 24-bit container: scaled by the container, as libsndfile does
    WavAudio a = read(WavFixture.pcm(24).extensible().with(VALID_BITS, 20).data(int24(0x100000)));
    assertThat(a.samples()).containsExactly(0.125f);
    assertThat(a.bitsPerSample()).isEqualTo(24);
  }

  @Test
  void stereoIsInterleavedAndMonoIsTheMeanOfTheChannels() throws Exception {
    WavAudio a = read(WavFixture.pcm(16).with(CHANNELS, 2).data(int16(-32768, 16384, 1, 3, 0, -2)));
    assertThat(a.frameCount()).isEqualTo(3);
    assertThat(a.samples()).hasSize(6);
    assertThat(a.channel(0)).containsExactly(-1f, 1f / 32768, 0f);
    assertThat(a.channel(1)).containsExactly(0.5f, 3f / 32768, -2f / 32768);
    assertThat(a.mono()).containsExactly(-0.25f, 2f / 32768, -1f / 32768);
  }

  @Test
  void monoOfAMonoClipIsTheSampleArrayItself() throws Exception {
    WavAudio a = read(WavFixture.pcm(16).data(int16(1, 2, 3)));
    assertThat(a.mono()).isSameAs(a.samples());
  }

  @Test
  void skipsChunksBeforeDataHonouringThePadByteOfOddSizes() throws Exception {
    WavAudio a = read(WavFixture.pcm(16)
        .chunkBefore("LIST", "INFOISFT\u0005\0\0\0Lavf\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
        .chunkBefore("fact", int32(2))
        .chunkBefore("junk", new byte[3]) // odd: one pad byte follows
        .chunkBefore("bext", new byte[602])
        .data(int16(7, -7)));
    assertThat(a.samples()).containsExactly(7f / 32768, -7f / 32768);
  }

  @Test
  void ignoresWhateverFollowsTheDataChunkEvenATruncatedChunk() throws Exception {
    byte[] file = WavFixture.pcm(16).data(int16(5)).chunkAfter("id3 ", new byte[40]).build();
    byte[] cut = java.util.Arrays.copyOf(file, file.length - 30);
    assertThat(WavReader.read(cut, SOURCE).samples()).containsExactly(5f / 32768);
  }

  @Test
  void oddSized8BitDataWithItsPadByte() throws Exception {
    WavAudio a = read(WavFixture.pcm(8).data(uint8(128, 255, 0)).chunkAfter("LIST", new byte[4]));
    assertThat(a.samples()).containsExactly(0f, 127f / 128, -1f);
  }

  @Test
  void acceptsFmtAfterData() throws Exception {
    assertThat(read(WavFixture.pcm(16).fmtAfterData().data(int16(3))).samples())
        .containsExactly(3f / 32768);
  }

  @Test
  void ignoresAWrongRiffSizeAndByteRate() throws Exception {
    for (long riff : new long[] {0, 4, 0xFFFFFFFFL}) {
      assertThat(read(WavFixture.pcm(16).with(RIFF_SIZE, riff).with(BYTE_RATE, 1).data(int16(9)))
          .samples())
          .containsExactly(9f / 32768);
    }
  }

  @Test
  void anEmptyDataChunkIsZeroFrames() throws Exception {
    WavAudio a = read(WavFixture.pcm(16));
    assertThat(a.frameCount()).isZero();
    assertThat(a.samples()).isEmpty();
  }

  @Test
  void readsAPathAndAStreamOfKnownLength(@TempDir Path dir) throws IOException {
    byte[] file = WavFixture.pcm(16).with(SAMPLE_RATE, 44_100).data(int16(100, -100)).build();
    Path p = dir.resolve("clip.wav");
    Files.write(p, file);
    WavAudio fromPath = WavReader.read(p);
    WavAudio fromStream = WavReader.read(new ByteArrayInputStream(file), file.length, SOURCE);
    assertThat(fromPath).isEqualTo(fromStream);
    assertThat(fromPath.sampleRate()).isEqualTo(44_100);
    assertThat(fromPath.samples()).containsExactly(100f / 32768, -100f / 32768);
  }

  @Test
  void durationIsFramesOverRate() throws Exception {
    assertThat(read(WavFixture.pcm(16).with(SAMPLE_RATE, 4).data(int16(1, 2, 3, 4, 5, 6)))
        .durationSeconds())
        .isEqualTo(1.5);
  }
}
