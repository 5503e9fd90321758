package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PatchesTest {

  @Test
  void aClipOf313FramesGives32PatchesOf64By128() {
    assertThat(Patches.patchCount(313, Patches.DEFAULT_STRIDE)).isEqualTo(32);
    float[] logmel = new float[313 * 128];
    for (int i = 0; i < logmel.length; i++) {
      logmel[i] = i;
    }
    float[] patches = Patches.extract(logmel, 313, 128, 8);
    assertThat(patches).hasSize(32 * 64 * 128);
    // patch p, frame f, mel m holds clip frame 8p + f, mel m
    for (int[] pfm : new int[][] {{0, 0, 0}, {0, 63, 127}, {1, 0, 5}, {31, 63, 127}, {17, 20, 64}}) {
      int p = pfm[0];
      int f = pfm[1];
      int m = pfm[2];
      assertThat(patches[(p * 64 + f) * 128 + m]).isEqualTo((float) ((8 * p + f) * 128 + m));
    }
  }

  @Test
  void countsFollowTheStride() {
    assertThat(Patches.patchCount(313, 1)).isEqualTo(250);
    assertThat(Patches.patchCount(313, 64)).isEqualTo(4);
    assertThat(Patches.patchCount(64, 8)).isEqualTo(1);
    assertThat(Patches.patchCount(63, 8)).isZero();
    assertThat(Patches.patchCount(10, 3, 2)).isEqualTo(4);
  }

  @Test
  void smallPatchesIntoACallerBuffer() {
    float[] logmel = {0, 1, 10, 11, 20, 21, 30, 31, 40, 41};
    float[] out = new float[8];
    Patches.extract(logmel, 5, 2, 2, 3, out);
    assertThat(out).containsExactly(0, 1, 10, 11, 30, 31, 40, 41);
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    assertThatThrownBy(() -> Patches.patchCount(313, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("stride must be >= 1, got 0");
    assertThatThrownBy(() -> Patches.patchCount(313, 0, 8))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("patchFrames must be >= 1, got 0");
    assertThatThrownBy(() -> Patches.extract(new float[100], 313, 128, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logmel must hold at least 40064 values, has 100");
  }
}
