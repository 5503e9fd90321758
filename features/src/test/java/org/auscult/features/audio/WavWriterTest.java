package org.auscult.features.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class WavWriterTest {

  @Test
  void writesTheCanonical44ByteHeader() {
    byte[] file = WavWriter.toPcm16Mono(new float[] {0f, 0.5f}, 16_000);
    ByteBuffer b = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
    assertThat(file).hasSize(48);
    assertThat(new String(file, 0, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    assertThat(b.getInt(4)).isEqualTo(40);
    assertThat(new String(file, 8, 8, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("WAVEfmt ");
    assertThat(b.getInt(16)).isEqualTo(16);
    assertThat(b.getShort(20)).isEqualTo((short) 1);
    assertThat(b.getShort(22)).isEqualTo((short) 1);
    assertThat(b.getInt(24)).isEqualTo(16_000);
    assertThat(b.getInt(28)).isEqualTo(32_000);
    assertThat(b.getShort(32)).isEqualTo((short) 2);
    assertThat(b.getShort(34)).isEqualTo((short) 16);
    assertThat(new String(file, 36, 4, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("data");
    assertThat(b.getInt(40)).isEqualTo(4);
    assertThat(b.getShort(44)).isEqualTo((short) 0);
    assertThat(b.getShort(46)).isEqualTo((short) 16384);
  }

  @Test
  void roundsHalfToEvenAndClips() {
    assertThat(WavWriter.toPcm16(0.5f / 32768)).isEqualTo((short) 0);
    assertThat(WavWriter.toPcm16(1.5f / 32768)).isEqualTo((short) 2);
    assertThat(WavWriter.toPcm16(2.5f / 32768)).isEqualTo((short) 2);
    assertThat(WavWriter.toPcm16(-0.5f / 32768)).isEqualTo((short) 0);
    assertThat(WavWriter.toPcm16(-1.5f / 32768)).isEqualTo((short) -2);
    assertThat(WavWriter.toPcm16(0.6f / 32768)).isEqualTo((short) 1);
    assertThat(WavWriter.toPcm16(1f)).isEqualTo((short) 32767);
    assertThat(WavWriter.toPcm16(-1f)).isEqualTo((short) -32768);
    assertThat(WavWriter.toPcm16(7.5f)).isEqualTo((short) 32767);
    assertThat(WavWriter.toPcm16(-7.5f)).isEqualTo((short) -32768);
    assertThat(WavWriter.toPcm16(Float.MAX_VALUE)).isEqualTo((short) 32767);
  }

  @Test
  void everyInt16ValueSurvivesARoundTripExactly() throws Exception {
    float[] all = new float[65536];
    for (int i = 0; i < all.length; i++) {
      all[i] = (i - 32768) / 32768f;
    }
    WavAudio back = WavReader.read(WavWriter.toPcm16Mono(all, 16_000), "all.wav");
    assertThat(back.samples()).containsExactly(all);
    assertThat(back.sampleRate()).isEqualTo(16_000);
    assertThat(back.channels()).isEqualTo(1);
    assertThat(back.bitsPerSample()).isEqualTo(16);
  }

  @Test
  void arbitraryFloatsComeBackQuantised() throws Exception {
    SplittableRandom rnd = new SplittableRandom(20220301L);
    float[] x = new float[10_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (rnd.nextDouble() * 2.2 - 1.1);
    }
    float[] back = WavReader.read(WavWriter.toPcm16Mono(x, 16_000), "q.wav").samples();
    for (int i = 0; i < x.length; i++) {
      double expected = Math.max(-32768, Math.min(32767, Math.rint(x[i] * 32768.0))) / 32768.0;
      assertThat((double) back[i]).isEqualTo(expected);
    }
  }

  @Test
  void streamAndArrayWritersProduceTheSameBytesAcrossBufferBoundaries() throws Exception {
    float[] x = new float[8192 * 2 + 17];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) Math.sin(i * 0.01);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WavWriter.writePcm16Mono(x, 16_000, out);
    assertThat(out.toByteArray()).isEqualTo(WavWriter.toPcm16Mono(x, 16_000));
    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    WavWriter.writePcm16Mono(new float[0], 16_000, empty);
    assertThat(empty.toByteArray()).isEqualTo(WavWriter.toPcm16Mono(new float[0], 16_000))
        .hasSize(WavWriter.HEADER_BYTES);
  }

  @Test
  void rejectsNonFiniteSamplesAndBadRates() {
    assertThatThrownBy(() -> WavWriter.toPcm16Mono(new float[] {0f, Float.NaN}, 16_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sample 1 is not finite: NaN");
    assertThatThrownBy(() -> WavWriter.toPcm16Mono(new float[] {Float.POSITIVE_INFINITY}, 16_000))
        .hasMessage("sample 0 is not finite: Infinity");
    assertThatThrownBy(() -> WavWriter.toPcm16(Float.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WavWriter.toPcm16Mono(new float[1], 0))
        .hasMessage("sample rate must be positive, got 0");
  }
}
