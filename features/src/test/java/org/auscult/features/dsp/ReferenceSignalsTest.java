package org.auscult.features.dsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Our regeneration of the reference signals is the one the vectors were computed from. */
class ReferenceSignalsTest {

  @Test
  void lcgStatesMatchTheListedFirstStates() {
    String listed = ReferenceVectors.lines("lcg_first_states.txt").get(1).trim();
    long[] expected = Arrays.stream(listed.split("\\s+")).mapToLong(Long::parseLong).toArray();
    assertThat(ReferenceSignals.lcgStates(expected.length)).containsExactly(expected);
  }

  @Test
  void signalsMatchTheirFirstSamplesSumsAndSumsOfSquares() {
    var rows = ReferenceVectors.lines("signal_checks.csv");
    assertThat(rows).hasSize(1 + ReferenceSignals.values().length);
    for (String row : rows.subList(1, rows.size())) {
      String[] cells = row.split(",");
      ReferenceSignals signal = Arrays.stream(ReferenceSignals.values())
          .filter(s -> s.fileTag.equals(cells[0])).findFirst().orElseThrow();
      double[] y = signal.samples();
      double[] first = Arrays.stream(cells[1].trim().split("\\s+"))
          .mapToDouble(Double::parseDouble).toArray();
      for (int i = 0; i < first.length; i++) {
        // %.17g round-trips a double: the same formula in the same order gives the same bits.
        assertThat(y[i]).as("%s sample %d", signal, i).isEqualTo(first[i]);
      }
      double sum = 0;
      double sumSquares = 0;
      for (double v : y) {
        sum += v;
        sumSquares += v * v;
      }
      // numpy sums pairwise, we in order: the same up to rounding.
      assertThat(sum).as("%s sum", signal).isCloseTo(Double.parseDouble(cells[2]), within(1e-9));
      assertThat(sumSquares).as("%s sum of squares", signal)
          .isCloseTo(Double.parseDouble(cells[3]), within(1e-9));
    }
  }
}
