package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameStackerTest {

  @Test
  void aClipOf313FramesGives309VectorsOf640ValuesWithHop1() {
    assertThat(FrameStacker.vectorCount(313, FrameStacker.DEFAULT_CONTEXT, 1)).isEqualTo(309);
    float[] stacked = FrameStacker.stack(new float[313 * 128], 313, 128, 5, 1);
    assertThat(stacked).hasSize(309 * 640);
  }

  @Test
  void countsFollowTheHop() {
    assertThat(FrameStacker.vectorCount(313, 5, 2)).isEqualTo(155); // starts 0, 2, …, 308
    assertThat(FrameStacker.vectorCount(313, 5, 4)).isEqualTo(78);
    assertThat(FrameStacker.vectorCount(5, 5, 1)).isEqualTo(1);
    assertThat(FrameStacker.vectorCount(4, 5, 1)).isZero();
    assertThat(FrameStacker.stack(new float[8], 4, 2, 5, 1)).isEmpty();
  }

  @Test
  void vectorsAreConsecutiveFramesFlattenedFrameAfterFrame() {
    // 4 frames × 2 mels, value = 10·frame + mel
    float[] logmel = {0, 1, 10, 11, 20, 21, 30, 31};
    assertThat(FrameStacker.stack(logmel, 4, 2, 3, 1)).containsExactly(
        0, 1, 10, 11, 20, 21,
        10, 11, 20, 21, 30, 31);
    assertThat(FrameStacker.stack(logmel, 4, 2, 2, 2)).containsExactly(
        0, 1, 10, 11,
        20, 21, 30, 31);
  }

  @Test
  void writesIntoALargerCallerBufferAndLeavesTheRest() {
    float[] logmel = {0, 1, 10, 11, 20, 21};
    float[] out = {-1, -1, -1, -1, -1, -1, -1, -1, -1};
    FrameStacker.stack(logmel, 3, 2, 2, 1, out);
    assertThat(out).containsExactly(0, 1, 10, 11, 10, 11, 20, 21, -1);
  }

  @Test
  void badArgumentsNameWhatWasExpected() {
    assertThatThrownBy(() -> FrameStacker.vectorCount(313, 0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("context must be >= 1, got 0");
    assertThatThrownBy(() -> FrameStacker.vectorCount(313, 5, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("hop must be >= 1, got 0");
    assertThatThrownBy(() -> FrameStacker.vectorCount(-1, 5, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("nFrames must be >= 0, got -1");
    assertThatThrownBy(() -> FrameStacker.stack(new float[10], 3, 4, 2, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("logmel must hold at least 12 values, has 10");
    assertThatThrownBy(() -> FrameStacker.stack(new float[12], 3, 4, 2, 1, new float[15]))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("out must hold at least 16 values, has 15");
  }
}
