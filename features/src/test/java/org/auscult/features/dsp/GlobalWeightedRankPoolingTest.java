package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.auscult.features.dataset.MachineType;
import org.junit.jupiter.api.Test;

class GlobalWeightedRankPoolingTest {

  // 4 frames × 2 mels, frame-major; band 0 = {1, 4, 2, 3}, band 1 = {-8, -2, -4, -6}
  private static final float[] LOGMEL = {1, -8, 4, -2, 2, -4, 3, -6};

  @Test
  void rOneIsTheMeanAndRZeroTheMax() {
    assertThat(GlobalWeightedRankPooling.pool(LOGMEL, 4, 2, 1.0)).containsExactly(2.5, -5.0);
    assertThat(GlobalWeightedRankPooling.pool(LOGMEL, 4, 2, 0.0)).containsExactly(4.0, -2.0);
  }

  @Test
  void rBetweenWeighsRanksGeometrically() {
    // r = 0.5, sorted band 0 = 4, 3, 2, 1: (4 + 1.5 + 0.5 + 0.125) / (1 + 0.5 + 0.25 + 0.125) = 6.125 / 1.875
    // band 1 = -2, -4, -6, -8: (-2 - 2 - 1.5 - 1) / 1.875 = -6.5 / 1.875
    assertThat(GlobalWeightedRankPooling.pool(LOGMEL, 4, 2, 0.5))
        .containsExactly(new double[] {6.125 / 1.875, -6.5 / 1.875}, within(1e-15));
  }

  @Test
  void onAClipROneIsTheMeanAndRZeroTheMaxOfEachBand() {
    SplittableRandom random = new SplittableRandom(7);
    float[] logmel = new float[313 * 128];
    for (int i = 0; i < logmel.length; i++) {
      logmel[i] = (float) (-60 + 20 * random.nextGaussian());
    }
    double[] mean = GlobalWeightedRankPooling.pool(logmel, 313, 128, 1.0);
    double[] max = GlobalWeightedRankPooling.pool(logmel, 313, 128, 0.0);
    double[] between = GlobalWeightedRankPooling.pool(logmel, 313, 128, 0.81);
    for (int m = 0; m < 128; m++) {
      double sum = 0;
      double largest = Double.NEGATIVE_INFINITY;
      for (int t = 0; t < 313; t++) {
        sum += logmel[t * 128 + m];
        largest = Math.max(largest, logmel[t * 128 + m]);
      }
      assertThat(mean[m]).isCloseTo(sum / 313, within(1e-9));
      assertThat(max[m]).isEqualTo(largest);
      assertThat(between[m]).isBetween(mean[m], largest);
    }
  }

  @Test
  void perMachineDecaysAreTheLySystems() {
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("ToyCar"))).isEqualTo(1.0);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("ToyTrain"))).isEqualTo(0.81);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("bearing"))).isEqualTo(1.0);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("fan"))).isEqualTo(1.0);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("gearbox"))).isEqualTo(0.98);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("slider"))).isEqualTo(0.90);
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("valve"))).isEqualTo(0.50);
  }

  @Test
  void typesTheDecaysDoNotNameGetTheDefault() {
    assertThat(GwrpDecays.LY.decayFor(MachineType.of("3DPrinter"))).isEqualTo(1.0);
    assertThat(new GwrpDecays(java.util.Map.of("fan", 0.5), 0.25).decayFor(MachineType.of("pump")))
        .isEqualTo(0.25);
    org.assertj.core.api.Assertions.assertThatThrownBy(
        () -> new GwrpDecays(java.util.Map.of("fan", 1.5), 1.0))
        .hasMessage("decay of fan must be in [0, 1], got 1.5");
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    assertThatThrownBy(() -> GlobalWeightedRankPooling.pool(LOGMEL, 4, 2, 1.5))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("decay r must be in [0, 1], got 1.5");
    assertThatThrownBy(() -> GlobalWeightedRankPooling.pool(LOGMEL, 4, 2, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("decay r must be in [0, 1], got NaN");
    assertThatThrownBy(() -> GlobalWeightedRankPooling.pool(LOGMEL, 5, 2, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logmel must hold at least 10 values, has 8");
    assertThatThrownBy(() -> GlobalWeightedRankPooling.pool(LOGMEL, 0, 2, 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nFrames must be >= 1, got 0");
  }
}
