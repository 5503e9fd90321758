package org.auscult.training.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatsAccumulatorTest {

  @Test
  void meanAndPopulationDeviationOfHandMadeRows() {
    // dimension 0: 1, 3, 5 → mean 3, variance (4 + 0 + 4) / 3 = 8/3
    // dimension 1: 10, 10, 10 → mean 10, deviation 0 → floored at 0.5
    Standardizer s = new StatsAccumulator(2).addRows(new float[] {1, 10, 3, 10, 5, 10}).finish(0.5);
    assertThat(s.mean()).containsExactly(3f, 10f);
    assertThat(s.std()[0]).isCloseTo((float) Math.sqrt(8.0 / 3), within(1e-6f));
    assertThat(s.std()[1]).isEqualTo(0.5f);
    assertThat(s.apply(new float[] {3, 11})).containsExactly(0f, 2f);
  }

  @Test
  void mergingPiecesEqualsAddingEverythingAtOnce() {
    Random random = new Random(4);
    float[] rows = new float[3 * 1000];
    for (int i = 0; i < rows.length; i++) {
      rows[i] = (float) (random.nextGaussian() * (1 + i % 3) + 40);
    }
    Standardizer whole = new StatsAccumulator(3).addRows(rows).finish();
    StatsAccumulator a = new StatsAccumulator(3).addRows(java.util.Arrays.copyOfRange(rows, 0, 3 * 17));
    StatsAccumulator b = new StatsAccumulator(3).addRows(java.util.Arrays.copyOfRange(rows, 3 * 17, 3 * 600));
    StatsAccumulator c = new StatsAccumulator(3).addRows(java.util.Arrays.copyOfRange(rows, 3 * 600, rows.length));
    Standardizer merged = new StatsAccumulator(3).merge(a.merge(b)).merge(c).merge(new StatsAccumulator(3)).finish();
    assertThat(a.count()).isEqualTo(600);
    for (int d = 0; d < 3; d++) {
      assertThat(merged.mean()[d]).isCloseTo(whole.mean()[d], within(1e-4f));
      assertThat(merged.std()[d]).isCloseTo(whole.std()[d], within(1e-5f));
      assertThat(whole.std()[d]).isCloseTo(1 + d, within(0.1f));
    }
  }

  @Test
  void refusesMismatchedDimensionsAndEmptyStatistics() {
    assertThatThrownBy(() -> new StatsAccumulator(3).merge(new StatsAccumulator(2)))
        .hasMessageContaining("2 dimensions into 3");
    assertThatThrownBy(() -> new StatsAccumulator(3).addRows(new float[4]))
        .hasMessageContaining("multiple of 3");
    assertThatThrownBy(() -> new StatsAccumulator(3).finish())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void standardizerRoundTripsThroughJson() throws Exception {
    Standardizer s = new Standardizer(new float[] {1.5f, -2.25f}, new float[] {0.1f, 3f});
    ObjectMapper json = new ObjectMapper();
    String text = json.writeValueAsString(s);
    assertThat(text).isEqualTo("{\"mean\":[1.5,-2.25],\"std\":[0.1,3.0]}");
    assertThat(json.readValue(text, Standardizer.class)).isEqualTo(s);
  }
}
