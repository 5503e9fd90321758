package org.auscult.features.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auscult.features.audio.WavFixture;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.junit.jupiter.api.Test;

class ClipFeaturizerTest {
  private static final int RATE = 16000;
  private final ClipFeaturizer featurizer = new ClipFeaturizer(LogMelSpectrogram.baseline());

  private static float[] sine(int n, double hz) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (0.25 * Math.sin(2 * Math.PI * hz * i / RATE));
    }
    return x;
  }

  @Test
  void aTenSecondMonoClipGivesTheBaselineShapes() throws BadClipException {
    ClipFeatures f = featurizer.featurize(WavWriter.toPcm16Mono(sine(160000, 1000), RATE),
        "fan/x.wav", MachineType.FAN);
    assertThat(f.nFrames()).isEqualTo(313);
    assertThat(f.nMels()).isEqualTo(128);
    assertThat(f.logmel()).hasSize(313 * 128);
    assertThat(f.gwrp()).hasSize(128);
    // fan pools with r = 1: the gwrp vector is the per-band mean over frames
    double mean = 0;
    for (int t = 0; t < 313; t++) {
      mean += f.logmel()[t * 128 + 40];
    }
    assertThat((double) f.gwrp()[40]).isCloseTo(mean / 313, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void aLongerClipIsCutToTenSeconds() throws BadClipException {
    float[] twelve = sine(192000, 440);
    float[] ten = java.util.Arrays.copyOf(twelve, 160000);
    ClipFeatures a = featurizer.featurize(WavWriter.toPcm16Mono(twelve, RATE), "a", MachineType.VALVE);
    ClipFeatures b = featurizer.featurize(WavWriter.toPcm16Mono(ten, RATE), "b", MachineType.VALVE);
    assertThat(a.logmel()).isEqualTo(b.logmel());
    assertThat(a.gwrp()).isEqualTo(b.gwrp());
  }

  @Test
  void eachBadClipHasItsReason() {
    assertBad(WavWriter.toPcm16Mono(sine(80000, 440), RATE), "too short: 5.000 s");
    assertBad(WavWriter.toPcm16Mono(sine(441000, 440), 44100), "expected 16000 Hz, got 44100 Hz");
    byte[] stereo = WavFixture.pcm(16).channels(2).sampleRate(RATE)
        .data(new byte[160000 * 4]).build();
    assertBad(stereo, "expected mono, got 2 channels");
    float[] withNan = sine(160000, 440);
    withNan[1234] = Float.NaN;
    assertBad(WavFixture.ieeeFloat(32).sampleRate(RATE).data(WavFixture.float32(withNan)).build(),
        "sample 1234 is NaN");
    assertBad("not a wav at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "unreadable WAV");
    assertBad(new byte[0], "unreadable WAV");
  }

  private void assertBad(byte[] bytes, String reason) {
    assertThatThrownBy(() -> featurizer.featurize(bytes, "bearing/test/x.wav", MachineType.BEARING))
        .isInstanceOf(BadClipException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((BadClipException) e).path()).isEqualTo("bearing/test/x.wav"));
  }
}
