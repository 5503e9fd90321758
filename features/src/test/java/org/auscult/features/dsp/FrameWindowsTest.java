package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameWindowsTest {

  @Test
  void aClipOf313FramesGives309ContextVectorsOf640ValuesWithHop1() {
    assertThat(FrameWindows.count(313, FrameWindows.CONTEXT_FRAMES, 1)).isEqualTo(309);
    assertThat(FrameWindows.of(new float[313 * 128], 313, 128, 5, 1)).hasSize(309 * 640);
  }

  @Test
  void aClipOf313FramesGives32PatchesOf64By128EveryEighthFrame() {
    assertThat(FrameWindows.count(313, FrameWindows.PATCH_FRAMES, 8)).isEqualTo(32);
    float[] logmel = new float[313 * 128];
    for (int i = 0; i < logmel.length; i++) {
      logmel[i] = i;
    }
    float[] patches = FrameWindows.of(logmel, 313, 128, 64, 8);
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
  void countsFollowTheHop() {
    assertThat(FrameWindows.count(313, 5, 2)).isEqualTo(155); // starts 0, 2, …, 308
    assertThat(FrameWindows.count(313, 5, 4)).isEqualTo(78);
    assertThat(FrameWindows.count(313, 64, 1)).isEqualTo(250);
    assertThat(FrameWindows.count(313, 64, 64)).isEqualTo(4);
    assertThat(FrameWindows.count(5, 5, 1)).isEqualTo(1);
    assertThat(FrameWindows.count(4, 5, 1)).isZero();
    assertThat(FrameWindows.count(63, 64, 8)).isZero();
    assertThat(FrameWindows.of(new float[8], 4, 2, 5, 1)).isEmpty();
  }

  @Test
  void windowsAreConsecutiveFramesFlattenedFrameAfterFrame() {
    // 4 frames × 2 mels, value = 10·frame + mel
    float[] logmel = {0, 1, 10, 11, 20, 21, 30, 31};
    assertThat(FrameWindows.of(logmel, 4, 2, 3, 1)).containsExactly(
        0, 1, 10, 11, 20, 21,
        10, 11, 20, 21, 30, 31);
    assertThat(FrameWindows.of(logmel, 4, 2, 2, 2)).containsExactly(
        0, 1, 10, 11,
        20, 21, 30, 31);
  }

  @Test
  void writesIntoALargerCallerBufferAndLeavesTheRest() {
    float[] logmel = {0, 1, 10, 11, 20, 21};
    float[] out = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
    FrameWindows.of(logmel, 3, 2, 2, 1, out);
    assertThat(out).containsExactly(0, 1, 10, 11, 10, 11, 20, 21, -1);
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    assertThatThrownBy(() -> FrameWindows.count(313, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("width must be >= 1, got 0");
    assertThatThrownBy(() -> FrameWindows.count(313, 5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hop must be >= 1, got 0");
    assertThatThrownBy(() -> FrameWindows.count(-1, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nFrames must be >= 0, got -1");
    assertThatThrownBy(() -> FrameWindows.of(new float[10], 3, 4, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logmel must hold at least 12 values, has 10");
    assertThatThrownBy(() -> FrameWindows.of(new float[12], 3, 4, 2, 1, new float[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("out must hold at least 16 values, has 15");
  }
}
