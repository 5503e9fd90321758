package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Agreement with librosa 0.9.1 on the reference signals (test resources, reference/librosa-0.9.1). */
class LogMelReferenceTest {

  private static final LogMelParameters ONE_SECOND = new LogMelParameters(16000, 1024, 512, 128, 16000);
  private static final double FLOOR_DB = 10 * Math.log10(Decibels.EPSILON);
  /** Cells the mask calls robust: the float64 reference to this, far inside the spec's 1e-3 dB. */
  private static final double ROBUST_DB = 1e-5;
  /** Cells that move under a direct DFT by up to 1.6e-5 dB: the spec's bound. */
  private static final double FRAGILE_DB = 1e-3;
  /** Cells at the ε floor hold FFT rounding noise: ours must be at most this far above the floor. */
  private static final double NEAR_FLOOR_DB = 20.0;

  private final LogMelExtractor extractor = new LogMelSpectrogram(ONE_SECOND).newExtractor();

  @ParameterizedTest
  @EnumSource(ReferenceSignals.class)
  void float64PathMatchesLibrosaCellByCellPerTheFragileMask(ReferenceSignals signal) {
    double[] ours = extractor.compute(signal.samples());
    double[][] reference = ReferenceVectors.matrix("logmel_" + signal.fileTag + ".csv");
    double[][] mask = ReferenceVectors.matrix("logmel_" + signal.fileTag + "_fragile_mask.csv");
    assertThat(ours).hasSize(ReferenceVectors.FRAMES * ReferenceVectors.MELS);
    assertThat(reference).hasNumberOfRows(ReferenceVectors.MELS);
    int[] counted = new int[3];
    double[] worst = new double[3];
    for (int m = 0; m < ReferenceVectors.MELS; m++) {
      assertThat(reference[m]).hasSize(ReferenceVectors.FRAMES);
      for (int t = 0; t < ReferenceVectors.FRAMES; t++) {
        double value = ours[t * ReferenceVectors.MELS + m];
        int kind = (int) mask[m][t];
        counted[kind]++;
        String cell = signal + " band " + m + " frame " + t;
        switch (kind) {
          case 0 -> assertThat(value).as(cell).isCloseTo(reference[m][t], within(ROBUST_DB));
          case 1 -> assertThat(value).as(cell).isCloseTo(reference[m][t], within(FRAGILE_DB));
          case 2 -> {
            assertThat(reference[m][t]).as(cell).isCloseTo(FLOOR_DB, within(1e-5));
            assertThat(value).as(cell).isBetween(FLOOR_DB, FLOOR_DB + NEAR_FLOOR_DB);
          }
          default -> throw new AssertionError("mask value " + kind + " at " + cell);
        }
        worst[kind] = Math.max(worst[kind], Math.abs(value - reference[m][t]));
      }
    }
    System.out.printf("%s: cells by mask %d/%d/%d, max |diff| dB %.3g/%.3g/%.3g%n", signal,
        counted[0], counted[1], counted[2], worst[0], worst[1], worst[2]);
  }

  @ParameterizedTest
  @EnumSource(ReferenceSignals.class)
  void powerSpectraOfFrames0And16MatchLibrosa(ReferenceSignals signal) {
    double[] y = signal.samples();
    double[][] reference = ReferenceVectors.matrixAfterHeader("power_frames_" + signal.fileTag + ".csv");
    assertThat(reference).hasNumberOfRows(ONE_SECOND.nBins());
    int[] frames = {0, 16};
    double[] power = new double[ONE_SECOND.nBins()];
    for (int f = 0; f < frames.length; f++) {
      extractor.powerSpectrum(y, y.length, frames[f], power);
      double peak = 0;
      for (double[] row : reference) {
        peak = Math.max(peak, row[1 + f]);
      }
      for (int k = 0; k < power.length; k++) {
        assertThat(reference[k][0]).isEqualTo(k);
        double expected = reference[k][1 + f];
        // %.9e keeps 10 digits; bins far below the frame's peak are float64 FFT rounding noise.
        assertThat(power[k]).as("%s frame %d bin %d", signal, frames[f], k)
            .isCloseTo(expected, within(1e-9 * expected + 1e-12 * peak));
      }
    }
  }
}
