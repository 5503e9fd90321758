package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.auscult.features.audio.WavFixture.Field.BLOCK_ALIGN;
import static org.auscult.features.audio.WavFixture.Field.CHANNELS;
import static org.auscult.features.audio.WavFixture.Field.DATA_SIZE;
import static org.auscult.features.audio.WavFixture.Field.FMT_SIZE;
import static org.auscult.features.audio.WavFixture.Field.FORMAT_TAG;
import static org.auscult.features.audio.WavFixture.Field.SAMPLE_RATE;
import static org.auscult.features.audio.WavFixture.Field.VALID_BITS;
import static org.auscult.features.audio.WavFixture.int16;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Each hostile or broken header fails with a WavFormatException naming the source and the defect. */
class WavReaderRejectionTest {
  private static final String SOURCE = "file:/data/valve/test/section_00_0001.wav";

  private static void assertRejected(byte[] bytes, String defect) {
    assertThatThrownBy(() -> WavReader.read(bytes, SOURCE))
        .isExactlyInstanceOf(WavFormatException.class)
        .hasMessageStartingWith(SOURCE + ": ")
        .hasMessageContaining(defect)
        .satisfies(e -> assertThat(((WavFormatException) e).source()).isEqualTo(SOURCE));
  }

  private static void assertRejected(WavFixture fixture, String defect) {
    assertRejected(fixture.build(), defect);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void tooShortForAHeader() {
    assertRejected(new byte[0], "too short for a RIFF/WAVE header: 0 bytes");
    assertRejected(ascii("RIFF\0\0\0\0WAV"), "11 bytes, need at least 12");
  }

  @Test
  void notRiffWave() {
    assertRejected(ascii("OggS\0\0\0\0WAVE"), "not a RIFF/WAVE file: starts with 'OggS'");
    assertRejected(ascii("\u0089PNG\r\n\u001a\n\0\0\0\0"), "starts with '\\x89PNG'");
    assertRejected(ascii("RIFX\0\0\0\0WAVE"), "big-endian RIFX");
    assertRejected(ascii("RF64\0\0\0\0WAVE"), "RF64");
    assertRejected(ascii("RIFF\0\0\0\0AVI "), "RIFF form type is 'AVI ', expected 'WAVE'");
  }

  @Test
  void missingChunks() {
    assertRejected(ascii("RIFF\4\0\0\0WAVE"), "no 'fmt ' chunk and no 'data' chunk");
    byte[] full = WavFixture.pcm(16).data(int16(1)).build();
    byte[] onlyData = new byte[full.length - 24];
    System.arraycopy(full, 0, onlyData, 0, 12);
    System.arraycopy(full, 36, onlyData, 12, full.length - 36);
    assertRejected(onlyData, "no 'fmt ' chunk");
    assertRejected(Arrays.copyOf(full, 36), "no 'data' chunk");
  }

  @Test
  void truncatedChunkHeader() {
    byte[] full = WavFixture.pcm(16).data(int16(1)).build();
    assertRejected(Arrays.copyOf(full, 40), "truncated chunk header at offset 36: 4 bytes left");
  }

  @Test
  void chunkSizeBeyondTheEndOfTheFile() {
    byte[] file = WavFixture.pcm(16).chunkBefore("LIST", new byte[10]).data(int16(1)).build();
    file[40] = (byte) 0xFF; // LIST size 0xFF00000A
    file[41] = (byte) 0xFF;
    file[42] = (byte) 0xFF;
    file[43] = (byte) 0xFF;
    assertRejected(file, "'LIST' chunk at offset 36 declares 4294967295 bytes but only");
    assertRejected(WavFixture.pcm(16).with(FMT_SIZE, 0xFFFFFFF0L).data(int16(1)),
        "'fmt ' chunk at offset 12 declares 4294967280 bytes");
  }

  @Test
  void chunkIdsInMessagesAreEscaped() {
    byte[] file = WavFixture.pcm(16).chunkBefore("ab\u0001'", new byte[2]).data(int16(1)).build();
    file[40] = 0x7F; // the size of that chunk, now far beyond the end
    assertRejected(file, "'ab\\x01\\x27' chunk at offset 36");
  }

  @Test
  void truncatedDataChunkIsAnError() {
    assertRejected(WavFixture.pcm(16).data(int16(1, 2, 3)).with(DATA_SIZE, 8),
        "'data' chunk at offset 36 declares 8 bytes but only 6 remain (truncated data chunk)");
    // what a streaming writer leaves when it never patches the header
    assertRejected(WavFixture.pcm(16).data(int16(1)).with(DATA_SIZE, 0xFFFFFFFFL),
        "declares 4294967295 bytes");
  }

  @Test
  void dataThatIsNotWholeFrames() {
    assertRejected(WavFixture.pcm(16).data(new byte[3]),
        "'data' chunk of 3 bytes is not a whole number of 2-byte frames");
    assertRejected(WavFixture.pcm(24).with(CHANNELS, 2).data(new byte[8]), "6-byte frames");
  }

  @Test
  void fmtChunkTooShort() {
    assertRejected(WavFixture.pcm(16).with(FMT_SIZE, 14).data(int16(1)),
        "'fmt ' chunk is 14 bytes, need at least 16");
  }

  @Test
  void zeroChannels() {
    assertRejected(WavFixture.pcm(16).with(CHANNELS, 0).data(int16(1)),
        "'fmt ' chunk says 0 channels");
  }

  @Test
  void absurdSampleRates() {
    assertRejected(WavFixture.pcm(16).with(SAMPLE_RATE, 0).data(int16(1)),
        "sample rate 0 Hz is outside 1..10000000");
    assertRejected(WavFixture.pcm(16).with(SAMPLE_RATE, 0xFFFFFFFFL).data(int16(1)),
        "sample rate 4294967295 Hz is outside");
  }

  @Test
  void blockAlignMismatch() {
    assertRejected(WavFixture.pcm(16).with(BLOCK_ALIGN, 3).data(int16(1)),
        "block align 3 does not match 1 channel(s) × 16 bits = 2 bytes");
    assertRejected(WavFixture.pcm(16).with(CHANNELS, 2).with(BLOCK_ALIGN, 2).data(int16(1, 2)),
        "block align 2 does not match 2 channel(s) × 16 bits = 4 bytes");
  }

  @Test
  void unsupportedEncodingsAndDepths() {
    assertRejected(WavFixture.pcm(4).with(FORMAT_TAG, 2).data(int16(1)),
        "unsupported format tag 0x0002 (Microsoft ADPCM), expected PCM (0x0001) or IEEE float");
    assertRejected(WavFixture.pcm(8).with(FORMAT_TAG, 7).data(new byte[2]), "0x0007 (µ-law)");
    assertRejected(WavFixture.pcm(12).with(BLOCK_ALIGN, 2).data(int16(1)),
        "unsupported bit depth 12 for PCM, expected 8, 16, 24 or 32");
    assertRejected(WavFixture.ieeeFloat(16).data(int16(1)),
        "unsupported bit depth 16 for IEEE_FLOAT, expected 32 or 64");
    assertRejected(WavFixture.pcm(64).data(new byte[8]), "unsupported bit depth 64 for PCM");
  }

  @Test
  void brokenExtensibleHeaders() {
    assertRejected(WavFixture.pcm(16).extensible().with(FMT_SIZE, 18).data(int16(1)),
        "WAVE_FORMAT_EXTENSIBLE 'fmt ' chunk is 18 bytes, need 40");
    byte[] file = WavFixture.pcm(16).extensible().data(int16(1)).build();
    file[36] = 10; // cbSize
    assertRejected(file, "WAVE_FORMAT_EXTENSIBLE extension is 10 bytes, need 22");
    assertRejected(WavFixture.pcm(16).extensible().with(VALID_BITS, 17).data(int16(1)),
        "valid bits 17 exceed the 16-bit container");
    byte[] ambisonic = WavFixture.guidOf(1);
    ambisonic[15] = 0x00;
    assertRejected(WavFixture.pcm(16).extensible().subFormatGuid(ambisonic).data(int16(1)),
        "unsupported WAVE_FORMAT_EXTENSIBLE sub-format 0100000000001000800000aa00389b00");
    assertRejected(WavFixture.pcm(16).with(FORMAT_TAG, 0x55).extensible().data(int16(1)),
        "unsupported WAVE_FORMAT_EXTENSIBLE sub-format 0x0055 (MPEG)");
  }

  @Test
  void repeatedChunks() {
    assertRejected(WavFixture.pcm(16).chunkBefore("fmt ", new byte[16]).data(int16(1)),
        "second 'fmt ' chunk at offset 36");
    assertRejected(WavFixture.pcm(16).fmtAfterData().chunkBefore("data", int16(1)).data(int16(2)),
        "second 'data' chunk at offset 22");
  }

  @Test
  void streamShorterThanItsStatedLengthOrAnImpossibleLength() {
    byte[] file = WavFixture.pcm(16).data(int16(1)).build();
    assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(file), file.length + 10L, SOURCE))
        .isExactlyInstanceOf(WavFormatException.class)
        .hasMessage(SOURCE + ": stream ended after 46 of 56 bytes");
    assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(file), -1, SOURCE))
        .isExactlyInstanceOf(WavFormatException.class)
        .hasMessageContaining(SOURCE + ": length -1 is outside 0..");
    // a huge stated length must not be allocated up front
    assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(file), Integer.MAX_VALUE - 8,
        SOURCE))
        .isExactlyInstanceOf(WavFormatException.class)
        .hasMessageContaining("stream ended after 46 of 2147483639 bytes");
  }
}
