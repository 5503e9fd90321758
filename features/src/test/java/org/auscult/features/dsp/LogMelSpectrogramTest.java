package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LogMelSpectrogramTest {

  private static final int CLIP = LogMelParameters.BASELINE.clipSamples();
  private static final double FLOOR_DB = 10 * Math.log10(Decibels.EPSILON);

  private final LogMelSpectrogram spectrogram = LogMelSpectrogram.baseline();
  private final LogMelExtractor extractor = spectrogram.newExtractor();

  @Test
  void aTenSecondClipGives313FramesOf128Bands() {
    assertThat(spectrogram.frameCount(CLIP)).isEqualTo(313);
    assertThat(spectrogram.outputLength(CLIP)).isEqualTo(313 * 128);
    assertThat(extractor.compute(noise(CLIP, 1))).hasSize(313 * 128);
    assertThat(extractor.compute(new double[CLIP])).hasSize(313 * 128);
  }

  @Test
  void silenceSitsExactlyOnTheEpsilonFloor() {
    assertThat(FLOOR_DB).isCloseTo(-156.535598, within(1e-6));
    float[] out = extractor.compute(new float[1000]);
    assertThat(out).hasSize(2 * 128).containsOnly((float) FLOOR_DB);
  }

  @Test
  void a1kHzSineLandsInBand42AndA3kHzSineInBand87() {
    // Slaney mel: 1 kHz = 15 mel, 3 kHz = 30.98 mel; band m peaks at (m + 1)·45.2456/129 mel, so the
    // nearest centres are band 42 (1005.6 Hz) and band 87 (2976.5 Hz; band 88 is at 3049.2 Hz).
    assertThat(loudestBandPerFrame(1000.0)).containsOnly(42);
    assertThat(loudestBandPerFrame(3000.0)).containsOnly(87);
  }

  private int[] loudestBandPerFrame(double hz) {
    float[] y = new float[CLIP];
    for (int n = 0; n < y.length; n++) {
      y[n] = (float) (0.5 * Math.sin(2 * Math.PI * hz * n / 16000));
    }
    float[] logmel = extractor.compute(y);
    int frames = spectrogram.frameCount(CLIP);
    int[] loudest = new int[frames];
    for (int t = 0; t < frames; t++) {
      for (int m = 1; m < 128; m++) {
        if (logmel[t * 128 + m] > logmel[t * 128 + loudest[t]]) {
          loudest[t] = m;
        }
      }
    }
    return loudest;
  }

  @ParameterizedTest
  @EnumSource(ReferenceSignals.class)
  void floatPathIsTheDoublePathOnTheSameSamplesRoundedOnceAtTheEnd(ReferenceSignals signal) {
    float[] y = signal.floatSamples();
    double[] widened = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      widened[i] = y[i];
    }
    float[] viaFloat = extractor.compute(y);
    double[] viaDouble = extractor.compute(widened);
    assertThat(viaFloat).hasSize(viaDouble.length);
    for (int i = 0; i < viaFloat.length; i++) {
      assertThat(viaFloat[i]).as("cell %d", i).isEqualTo((float) viaDouble[i]);
    }
  }

  @ParameterizedTest
  @EnumSource(ReferenceSignals.class)
  void floatPathMatchesLibrosasFloat32PathInEveryCell(ReferenceSignals signal) {
    // What the baselines really run: librosa.load's float32 signal. librosa rounds the spectrum to
    // complex64 and the mel product to float32, relative errors of ~1e-7 per cell; the input's own
    // quantisation (up to 15 dB away from the float64 files in quiet cells) is the same on both sides.
    LogMelExtractor oneSecond = new LogMelSpectrogram(new LogMelParameters(16000, 1024, 512, 128, 16000))
        .newExtractor();
    float[] ours = oneSecond.compute(signal.floatSamples());
    double[][] reference = ReferenceVectors.matrix("logmel_" + signal.fileTag + "_float32path.csv");
    for (int m = 0; m < ReferenceVectors.MELS; m++) {
      for (int t = 0; t < ReferenceVectors.FRAMES; t++) {
        assertThat((double) ours[t * ReferenceVectors.MELS + m]).as("%s band %d frame %d", signal, m, t)
            .isCloseTo(reference[m][t], within(1e-4));
      }
    }
  }

  @Test
  void anExtractorCarriesNothingFromOneClipToTheNext() {
    float[] a = noise(CLIP, 2);
    float[] b = noise(5000, 3);
    float[] first = extractor.compute(a);
    extractor.compute(b);
    float[] out = new float[spectrogram.outputLength(CLIP) + 7];
    Arrays.fill(out, 42f);
    extractor.compute(a, CLIP, out);
    assertThat(Arrays.copyOf(out, first.length)).containsExactly(first);
    assertThat(out[first.length]).isEqualTo(42f);
    assertThat(spectrogram.newExtractor().compute(a)).containsExactly(first);
  }

  @Test
  void onlyTheFirstNSamplesCount() {
    float[] y = noise(CLIP, 4);
    float[] longer = Arrays.copyOf(y, CLIP + 3000);
    longer[CLIP + 10] = 1f;
    float[] out = new float[spectrogram.outputLength(CLIP)];
    extractor.compute(longer, CLIP, out);
    assertThat(out).containsExactly(extractor.compute(y));
  }

  @Test
  void computingIntoABufferAllocatesNothing() {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    float[] y = noise(CLIP, 5);
    float[] out = new float[spectrogram.outputLength(CLIP)];
    extractor.compute(y, CLIP, out); // first call: class loading, JTransforms' lazy set-up
    long before = threads.getCurrentThreadAllocatedBytes();
    extractor.compute(y, CLIP, out);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    // 313 frames: even 8 bytes per frame would show; the counter call itself may cost a few bytes.
    assertThat(allocated).isLessThan(313 * 8);
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    float[] y = new float[100];
    assertThatThrownBy(() -> extractor.compute(y, 101, new float[128]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nSamples must be in 0..100 (the samples array's length), got 101");
    assertThatThrownBy(() -> extractor.compute(y, -1, new float[128]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nSamples must be in 0..100 (the samples array's length), got -1");
    assertThatThrownBy(() -> extractor.compute(y, 100, new float[127]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("out must hold 1 frames × 128 mels = 128 values, has 127");
    assertThatThrownBy(() -> extractor.powerSpectrum(new double[100], 100, 1, new double[513]))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("frame 1 outside 0..0");
    assertThatThrownBy(() -> extractor.powerSpectrum(new double[100], 100, 0, new double[512]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("out must hold 513 bins, has 512");
    assertThatThrownBy(() -> new LogMelSpectrogram(null))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("parameters must not be null");
  }

  private static float[] noise(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      y[i] = (float) (0.1 * random.nextGaussian());
    }
    return y;
  }
}
