package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MelFilterBankTest {

  private final MelFilterBank bank = MelFilterBank.of(LogMelParameters.BASELINE);

  @Test
  void everyNonzeroWeightEqualsLibrosasFloat32Matrix() {
    double[][] reference = ReferenceVectors.matrixAfterHeader("mel_filterbank_nonzero.csv");
    assertThat(reference).hasNumberOfRows(1009);
    assertThat(bank.nonzeroCount()).isEqualTo(1009);
    int bitwiseEqual = 0;
    for (double[] row : reference) {
      int band = (int) row[0];
      int bin = (int) row[1];
      float expected = (float) row[2]; // printed %.9e: enough digits to recover the float32
      float ours = (float) bank.weight(band, bin);
      assertThat(ours).as("band %d bin %d", band, bin).isCloseTo(expected, within(Math.ulp(expected)));
      bitwiseEqual += ours == expected ? 1 : 0;
    }
    // Same formulas, same rounding order: every weight should be librosa's float32 bit for bit.
    assertThat(bitwiseEqual).isEqualTo(1009);
  }

  @Test
  void theSparseRangesHoldExactlyTheNonzeroWeights() {
    double[][] reference = ReferenceVectors.matrixAfterHeader("mel_filterbank_nonzero.csv");
    int[] perBand = new int[128];
    int[] firstPerBand = new int[128];
    java.util.Arrays.fill(firstPerBand, Integer.MAX_VALUE);
    for (double[] row : reference) {
      perBand[(int) row[0]]++;
      firstPerBand[(int) row[0]] = Math.min(firstPerBand[(int) row[0]], (int) row[1]);
    }
    for (int m = 0; m < 128; m++) {
      assertThat(bank.width(m)).as("band %d", m).isEqualTo(perBand[m]);
      assertThat(bank.firstBin(m)).as("band %d", m).isEqualTo(firstPerBand[m]);
      assertThat(bank.bandWeights(m)).doesNotContain(0.0);
    }
  }

  @Test
  void rowSumsMatchLibrosa() {
    double[][] reference = ReferenceVectors.matrixAfterHeader("mel_filterbank_row_sums.csv");
    assertThat(reference).hasNumberOfRows(128);
    for (double[] row : reference) {
      int band = (int) row[0];
      assertThat(bank.rowSum(band)).as("band %d", band).isCloseTo(row[1], within(1e-6 * row[1]));
    }
  }

  @Test
  void slaneyScaleIsLinearBelow1kHzAndLogarithmicAbove() {
    assertThat(MelFilterBank.hzToMel(600)).isCloseTo(9.0, within(1e-12)); // 3·600/200
    assertThat(MelFilterBank.hzToMel(1000)).isCloseTo(15.0, within(1e-12));
    assertThat(MelFilterBank.hzToMel(6400)).isCloseTo(15.0 + 27.0, within(1e-12)); // ln(6.4)/27 per mel
    assertThat(MelFilterBank.melToHz(MelFilterBank.hzToMel(3000))).isCloseTo(3000, within(1e-9));
    assertThat(MelFilterBank.melToHz(9.0)).isCloseTo(600, within(1e-12));
  }

  @Test
  void applyIsTheSparseMatrixProduct() {
    double[] power = new double[513];
    power[64] = 2.0;
    power[65] = 3.0;
    double[] mel = new double[128];
    bank.apply(power, mel);
    for (int m = 0; m < 128; m++) {
      assertThat(mel[m]).isEqualTo(2.0 * bank.weight(m, 64) + 3.0 * bank.weight(m, 65));
    }
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    assertThatThrownBy(() -> MelFilterBank.slaney(16000, 1023, 128))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("nFft must be even and at least 2, got 1023");
    assertThatThrownBy(() -> MelFilterBank.slaney(16000, 1024, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nMels must be > 0, got 0");
    assertThatThrownBy(() -> bank.weight(128, 0))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("mel band 128 outside 0..127");
    assertThatThrownBy(() -> bank.weight(0, 513))
        .isInstanceOf(IndexOutOfBoundsException.class).hasMessage("bin 513 outside 0..512");
    assertThatThrownBy(() -> bank.apply(new double[512], new double[128]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected power of length >= 513 and mel of length >= 128, got 512 and 128");
  }
}
