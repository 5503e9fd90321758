package org.auscult.features.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.auscult.features.audio.WavFixture.Field.CHANNELS;
import static org.auscult.features.audio.WavFixture.Field.SAMPLE_RATE;

import java.util.Map;
import org.auscult.features.audio.WavFixture;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dsp.GwrpDecays;
import org.auscult.features.dsp.LogMelSpectrogram;
import org.junit.jupiter.api.Test;

class ClipFeaturizerTest {
  private static final int RATE = 16000;
  private static final MachineType FAN = MachineType.of("fan");
  private final ClipFeaturizer featurizer = new ClipFeaturizer(LogMelSpectrogram.baseline());

  private static float[] sine(int n, double hz, int rate) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (0.25 * Math.sin(2 * Math.PI * hz * i / rate));
    }
    return x;
  }

  private static float[] sine(int n, double hz) {
    return sine(n, hz, RATE);
  }

  @Test
  void aTenSecondMonoClipGivesTheBaselineShapes() throws BadClipException {
    ClipFeatures f = featurizer.featurize(WavWriter.toPcm16Mono(sine(160000, 1000), RATE),
        "fan/x.wav", FAN);
    assertThat(f.nFrames()).isEqualTo(313);
    assertThat(f.nMels()).isEqualTo(128);
    assertThat(f.logmel()).hasSize(313 * 128);
    assertThat(f.gwrp()).hasSize(128);
    assertThat(f.channel()).isZero();
    assertThat(f.sampleRate()).isEqualTo(RATE);
    // fan pools with r = 1: the gwrp vector is the per-band mean over frames
    double mean = 0;
    for (int t = 0; t < 313; t++) {
      mean += f.logmel()[t * 128 + 40];
    }
    assertThat((double) f.gwrp()[40]).isCloseTo(mean / 313, org.assertj.core.data.Offset.offset(1e-3));
  }

  @Test
  void clipsOfAnyLengthAreReadWhole() throws BadClipException {
    float[] twelve = sine(192000, 440);
    float[] ten = java.util.Arrays.copyOf(twelve, 160000);
    float[] six = java.util.Arrays.copyOf(twelve, 96000);
    ClipFeatures a = featurizer.featurize(WavWriter.toPcm16Mono(twelve, RATE), "a", FAN);
    ClipFeatures b = featurizer.featurize(WavWriter.toPcm16Mono(ten, RATE), "b", FAN);
    ClipFeatures c = featurizer.featurize(WavWriter.toPcm16Mono(six, RATE), "c", FAN);
    assertThat(a.nFrames()).isEqualTo(1 + 192000 / 512);
    assertThat(b.nFrames()).isEqualTo(313);
    assertThat(c.nFrames()).isEqualTo(1 + 96000 / 512);
    // the first frames do not depend on what follows them
    assertThat(java.util.Arrays.copyOf(a.logmel(), 100 * 128))
        .isEqualTo(java.util.Arrays.copyOf(b.logmel(), 100 * 128));
  }

  @Test
  void theConfiguredChannelOfAMultiChannelFileIsRead() throws BadClipException {
    float[] left = sine(32000, 440);
    float[] right = sine(32000, 3000);
    byte[] stereo = WavFixture.pcm(16).with(CHANNELS, 2).with(SAMPLE_RATE, RATE)
        .data(WavFixture.interleavedPcm16(left, right)).build();
    ClipFeatures first = featurizer.featurize(stereo, "s", FAN);
    ClipFeatures second = new ClipFeaturizer(LogMelSpectrogram.baseline(),
        new ClipReading(1, 1.0, GwrpDecays.LY)).featurize(stereo, "s", FAN);
    ClipFeatures leftOnly = featurizer.featurize(WavWriter.toPcm16Mono(left, RATE), "l", FAN);
    ClipFeatures rightOnly = featurizer.featurize(WavWriter.toPcm16Mono(right, RATE), "r", FAN);
    assertThat(first.logmel()).isEqualTo(leftOnly.logmel());
    assertThat(first.channel()).isZero();
    assertThat(second.logmel()).isEqualTo(rightOnly.logmel());
    assertThat(second.channel()).isEqualTo(1);
    assertThatThrownBy(() -> new ClipFeaturizer(LogMelSpectrogram.baseline(),
        new ClipReading(2, 1.0, GwrpDecays.LY)).featurize(stereo, "s.wav", FAN))
        .isInstanceOf(BadClipException.class)
        .hasMessageContaining("has 2 channels, channel 2 was asked for");
  }

  @Test
  void anotherSampleRateIsResampledToTheLogMelRate() throws BadClipException {
    ClipFeatures at48k = featurizer.featurize(WavWriter.toPcm16Mono(sine(48000 * 2, 1000, 48000),
        48000), "hi", FAN);
    ClipFeatures at16k = featurizer.featurize(WavWriter.toPcm16Mono(sine(16000 * 2, 1000), RATE),
        "lo", FAN);
    assertThat(at48k.sampleRate()).isEqualTo(48000);
    assertThat(at48k.nFrames()).isEqualTo(at16k.nFrames());
    // the 1 kHz tone's band holds the same level either way
    int band = argMax(at16k.gwrp());
    assertThat(argMax(at48k.gwrp())).isEqualTo(band);
    assertThat((double) at48k.gwrp()[band]).isCloseTo(at16k.gwrp()[band],
        org.assertj.core.data.Offset.offset(0.1));
  }

  @Test
  void theGwrpDecayComesFromTheSettingsWithADefaultForUnnamedTypes() throws BadClipException {
    byte[] bytes = WavWriter.toPcm16Mono(sine(32000, 440), RATE);
    GwrpDecays decays = new GwrpDecays(Map.of("valve", 0.0), 1.0);
    ClipFeaturizer f = new ClipFeaturizer(LogMelSpectrogram.baseline(),
        new ClipReading(0, 1.0, decays));
    ClipFeatures max = f.featurize(bytes, "v", MachineType.of("valve"));
    ClipFeatures mean = f.featurize(bytes, "p", MachineType.of("3DPrinter"));
    float[] lm = max.logmel();
    float top = Float.NEGATIVE_INFINITY;
    for (int t = 0; t < max.nFrames(); t++) {
      top = Math.max(top, lm[t * 128 + 20]);
    }
    assertThat(max.gwrp()[20]).isEqualTo(top);
    assertThat(mean.gwrp()[20]).isLessThanOrEqualTo(top);
  }

  @Test
  void eachBadClipHasItsReason() {
    assertBad(WavWriter.toPcm16Mono(sine(8000, 440), RATE), "too short: 0.500 s");
    assertBad(WavWriter.toPcm16Mono(new float[0], RATE), "empty");
    float[] withNan = sine(160000, 440);
    withNan[1234] = Float.NaN;
    assertBad(WavFixture.ieeeFloat(32).with(SAMPLE_RATE, RATE)
        .data(WavFixture.float32(withNan)).build(), "sample 1234 is NaN");
    assertBad("not a wav at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
        "unreadable WAV");
    assertBad(new byte[0], "unreadable WAV");
  }

  private static int argMax(float[] v) {
    int best = 0;
    for (int i = 1; i < v.length; i++) {
      if (v[i] > v[best]) {
        best = i;
      }
    }
    return best;
  }

  private void assertBad(byte[] bytes, String reason) {
    assertThatThrownBy(() -> featurizer.featurize(bytes, "bearing/test/x.wav",
        MachineType.of("bearing")))
        .isInstanceOf(BadClipException.class)
        .hasMessageContaining(reason)
        .satisfies(e -> assertThat(((BadClipException) e).path()).isEqualTo("bearing/test/x.wav"));
  }
}
