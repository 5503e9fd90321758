package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Scoring windows of a one-mel clip whose frame t has the value t (identity standardiser). */
class ClipWindowsTest {
  private static final Standardizer IDENTITY = new Standardizer(new float[] {0}, new float[] {1});

  private static float[] ramp(int frames) {
    float[] x = new float[frames];
    for (int t = 0; t < frames; t++) {
      x[t] = t;
    }
    return x;
  }

  @Test
  void windowsEveryHalfWindowAndOneEndingAtTheClipsEnd() {
    INDArray w = ClipWindows.trainingWindows(ramp(9), 1, 4, IDENTITY);
    assertThat(w.shape()).containsExactly(4, 1, 4, 1);
    assertThat(w.reshape(4, 4).toFloatMatrix()).isDeepEqualTo(new float[][] {
        {0, 1, 2, 3}, {2, 3, 4, 5}, {4, 5, 6, 7}, {5, 6, 7, 8}});
  }

  @Test
  void theHopModelsRecordIsTheOneTheWindowsUse() {
    assertThat(ClipWindows.scoringHop(4)).isEqualTo(2);
    assertThat(ClipWindows.scoringHop(128)).isEqualTo(64);
    assertThat(ClipWindows.scoringHop(1)).isEqualTo(1);
  }

  @Test
  void noExtraWindowWhenTheLastRegularOneEndsTheClip() {
    INDArray w = ClipWindows.trainingWindows(ramp(8), 1, 4, IDENTITY);
    assertThat(w.reshape(3, 4).toFloatMatrix()).isDeepEqualTo(new float[][] {
        {0, 1, 2, 3}, {2, 3, 4, 5}, {4, 5, 6, 7}});
  }

  @Test
  void aClipShorterThanAWindowIsOneTiledWindow() {
    INDArray w = ClipWindows.trainingWindows(ramp(3), 1, 4, IDENTITY);
    assertThat(w.reshape(1, 4).toFloatMatrix()).isDeepEqualTo(new float[][] {{0, 1, 2, 0}});
  }
}
