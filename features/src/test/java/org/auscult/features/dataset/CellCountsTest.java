package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.auscult.features.synth.SynthMachine;
import org.junit.jupiter.api.Test;

class CellCountsTest {
  private static final CellCounts TINY = new CellCounts(3, 1, 2, 4);
  private static final List<MachineType> FAN = List.of(MachineType.of("fan"));

  private static CatalogEntry entry(Cell cell, int index, String attributes) {
    ClipName clip = cell.isUnlabelled()
        ? ClipName.evalTest(cell.section(), index)
        : ClipName.dev(cell.section(), cell.domain(), cell.split(), cell.label(), index, attributes);
    return new CatalogEntry(cell.machine(), clip, "file:/d/" + clip.fileName(), 10);
  }

  /** Exactly the clips {@code expected} asks for. */
  private static List<CatalogEntry> complete(Map<Cell, Integer> expected) {
    List<CatalogEntry> entries = new ArrayList<>();
    expected.forEach((cell, n) -> {
      for (int i = 0; i < n; i++) {
        entries.add(entry(cell, i, "a_" + i));
      }
    });
    return entries;
  }

  @Test
  void theFullSetHas25200ClipsInEachOfTheDevelopmentAndEvaluationSets() {
    List<MachineType> all = SynthMachine.types();
    SortedMap<Cell, Integer> dev = CellCounts.FULL.devCells(all, CellCounts.DEV_SECTIONS);
    SortedMap<Cell, Integer> eval = CellCounts.FULL.evalCells(all, CellCounts.EVAL_SECTIONS);
    assertThat(dev).hasSize(7 * 3 * 6);
    assertThat(dev.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25_200);
    assertThat(eval).hasSize(7 * 3 * 3);
    assertThat(eval.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(25_200);
    assertThat(CellCounts.FULL.checkDevSet(SynthMachine.types(), complete(dev))).isEmpty();
  }

  @Test
  void expectedCountPerKindOfCell() {
    CellCounts c = CellCounts.FULL;
    MachineType m = MachineType.of("slider");
    assertThat(c.expected(new Cell(m, 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL))).isEqualTo(990);
    assertThat(c.expected(new Cell(m, 0, Domain.TARGET, Split.TRAIN, Label.NORMAL))).isEqualTo(10);
    assertThat(c.expected(new Cell(m, 0, Domain.SOURCE, Split.TRAIN, Label.ANOMALY))).isZero();
    assertThat(c.expected(new Cell(m, 1, Domain.TARGET, Split.TEST, Label.ANOMALY))).isEqualTo(50);
    assertThat(c.expected(new Cell(m, 3, null, Split.TEST, null))).isEqualTo(200);
    assertThat(c.expected(new Cell(m, 3, null, Split.TRAIN, null))).isZero();
  }

  @Test
  void cellsOrderAndPrintReadably() {
    assertThat(TINY.devCells(FAN, List.of(0)).keySet()).extracting(Cell::toString).containsExactly(
        "fan section 00 source train normal",
        "fan section 00 target train normal",
        "fan section 00 source test normal",
        "fan section 00 source test anomaly",
        "fan section 00 target test normal",
        "fan section 00 target test anomaly");
    assertThat(TINY.evalCells(FAN, List.of(3)).keySet()).extracting(Cell::toString)
        .containsExactly("fan section 03 source train normal", "fan section 03 target train normal",
            "fan section 03 test (unlabelled)");
  }

  @Test
  void listsMissingExtraAndDuplicateIndicesPerCell() {
    SortedMap<Cell, Integer> expected = TINY.devCells(FAN, List.of(0));
    expected.putAll(TINY.evalCells(FAN, List.of(3)));
    List<CatalogEntry> entries = complete(expected);
    Cell sourceTrain = new Cell(MachineType.of("fan"), 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL);
    Cell targetAnomaly = new Cell(MachineType.of("fan"), 0, Domain.TARGET, Split.TEST, Label.ANOMALY);
    Cell evalTest = new Cell(MachineType.of("fan"), 3, null, Split.TEST, null);
    entries.removeIf(e -> e.cell().equals(sourceTrain) && e.clip().index() == 1);
    entries.add(entry(sourceTrain, 3, "a_3"));
    entries.add(entry(sourceTrain, 0, "b_0")); // same index, other attributes
    entries.removeIf(e -> e.cell().equals(targetAnomaly));
    entries.removeIf(e -> e.cell().equals(evalTest) && e.clip().index() == 2);
    entries.add(entry(new Cell(MachineType.of("fan"), 7, Domain.SOURCE, Split.TRAIN, Label.NORMAL), 0,
        "a_0"));

    assertThat(CellCounts.check(entries, expected)).containsExactly(
        "fan section 00 source train normal: expected 3, found 4; missing 0001; extra 0003; "
            + "duplicate 0000 (2 files)",
        "fan section 00 target test anomaly: expected 2, found 0; missing 0000, 0001",
        "fan section 03 test (unlabelled): expected 4, found 3; missing 0002",
        "fan section 07 source train normal: not expected, found 1");
  }

  @Test
  void longListsAreCut() {
    CellCounts twelve = new CellCounts(12, 0, 0, 0);
    SortedMap<Cell, Integer> expected = twelve.devCells(FAN, List.of(0));
    assertThat(CellCounts.check(List.of(), expected)).contains(
        "fan section 00 source train normal: expected 12, found 0; missing 0000, 0001, 0002, "
            + "0003, 0004, 0005, 0006, 0007, 0008, 0009 … (2 more)");
    // a cell expected to be empty is fine when it is, and reported when it is not
    Cell targetTrain = new Cell(MachineType.of("fan"), 0, Domain.TARGET, Split.TRAIN, Label.NORMAL);
    assertThat(CellCounts.check(List.of(entry(targetTrain, 0, "x_1")), expected))
        .contains("fan section 00 target train normal: expected 0, found 1; extra 0000");
  }

  @Test
  void rejectsImpossibleCounts() {
    assertThatThrownBy(() -> new CellCounts(-1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("clips per cell must be 0..10000, got -1");
    assertThatThrownBy(() -> new CellCounts(0, 0, 0, 10_001))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
