package org.auscult.features.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How many clips each cell should hold, and the check that a catalog holds exactly those: clip
 * indices {@code 0000 … n-1} in every cell, no gaps, no extras, no index twice.
 *
 * <p>{@link #FULL} is the real set: per section 990 source and 10 target training clips, 50 test
 * clips in each of source-normal, source-anomaly, target-normal and target-anomaly, and (evaluation
 * set) 200 unlabelled test clips. Smaller synthetic scales use other counts with the same cells.
 *
 * @param trainSource normal training clips of the source domain per section
 * @param trainTarget normal training clips of the target domain per section
 * @param testPerCell test clips per (domain, label) per section of the development set
 * @param evalTestPerSection unlabelled test clips per section of the evaluation set
 */
public record CellCounts(int trainSource, int trainTarget, int testPerCell, int evalTestPerSection) {

  /** The DCASE 2022 Task 2 counts. */
  public static final CellCounts FULL = new CellCounts(990, 10, 50, 200);
  /** Sections of the development set. */
  public static final List<Integer> DEV_SECTIONS = List.of(0, 1, 2);
  /** Sections of the evaluation set (additional training clips and unlabelled test clips). */
  public static final List<Integer> EVAL_SECTIONS = List.of(3, 4, 5);

  /** Indices have four digits. */
  private static final int MAX_PER_CELL = 10_000;
  /** How many indices one line lists before it only counts the rest. */
  private static final int LISTED = 10;

  public CellCounts {
    for (int n : new int[] {trainSource, trainTarget, testPerCell, evalTestPerSection}) {
      if (n < 0 || n > MAX_PER_CELL) {
        throw new IllegalArgumentException("clips per cell must be 0.." + MAX_PER_CELL + ", got " + n);
      }
    }
  }

  /** The number of clips {@code cell} should hold; 0 for cells that do not exist (training anomalies). */
  public int expected(Cell cell) {
    if (cell.split() == Split.SUPPLEMENTAL) {
      return 0;
    }
    if (cell.isUnlabelled()) {
      return cell.split() == Split.TEST ? evalTestPerSection : 0;
    }
    if (cell.split() == Split.TRAIN) {
      if (cell.label() == Label.ANOMALY) {
        return 0;
      }
      return cell.domain() == Domain.SOURCE ? trainSource : trainTarget;
    }
    return testPerCell;
  }

  /** The six cells of each development section: two training cells, four labelled test cells. */
  public SortedMap<Cell, Integer> devCells(Collection<MachineType> machines,
      Collection<Integer> sections) {
    return cells(machines, sections, true);
  }

  /** The three cells of each evaluation section: two training cells, one unlabelled test cell. */
  public SortedMap<Cell, Integer> evalCells(Collection<MachineType> machines,
      Collection<Integer> sections) {
    return cells(machines, sections, false);
  }

  /**
   * Each section's training cell per domain and its test cells: one per domain and label when
   * {@code labelled}, else a single unlabelled one.
   */
  private SortedMap<Cell, Integer> cells(Collection<MachineType> machines,
      Collection<Integer> sections, boolean labelled) {
    SortedMap<Cell, Integer> cells = new TreeMap<>();
    for (MachineType m : machines) {
      for (int s : sections) {
        for (Domain d : Domain.values()) {
          put(cells, new Cell(m, s, d, Split.TRAIN, Label.NORMAL));
          for (Label l : labelled ? Label.values() : new Label[0]) {
            put(cells, new Cell(m, s, d, Split.TEST, l));
          }
        }
        if (!labelled) {
          put(cells, new Cell(m, s, null, Split.TEST, null));
        }
      }
    }
    return cells;
  }

  /** {@link #check} against the development sections 00–02 of {@code machines} at these counts. */
  public List<String> checkDevSet(Collection<MachineType> machines,
      Collection<CatalogEntry> entries) {
    return check(entries, devCells(machines, DEV_SECTIONS));
  }

  /**
   * One readable line per cell that differs from {@code expected}: missing and extra indices,
   * indices held by more than one file, and cells that are not expected at all. Empty when the
   * entries match exactly.
   */
  public static List<String> check(Collection<CatalogEntry> entries, Map<Cell, Integer> expected) {
    SortedMap<Cell, int[]> found = new TreeMap<>();
    for (CatalogEntry e : entries) {
      // 2020's eight-digit indices are beyond any count this checks: they count as the last index
      int index = Math.min(e.clip().index(), MAX_PER_CELL - 1);
      found.computeIfAbsent(e.cell(), c -> new int[MAX_PER_CELL])[index]++;
    }
    TreeSet<Cell> cells = new TreeSet<>(expected.keySet());
    cells.addAll(found.keySet());
    List<String> lines = new ArrayList<>();
    for (Cell cell : cells) {
      Integer want = expected.get(cell);
      int[] perIndex = found.getOrDefault(cell, new int[MAX_PER_CELL]);
      int total = Arrays.stream(perIndex).sum();
      if (want == null) {
        lines.add(cell + ": not expected, found " + total);
        continue;
      }
      List<String> missing = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      List<String> repeated = new ArrayList<>();
      for (int i = 0; i < MAX_PER_CELL; i++) {
        if (i < want && perIndex[i] == 0) {
          missing.add(index(i));
        }
        if (i >= want && perIndex[i] > 0) {
          extra.add(index(i));
        }
        if (perIndex[i] > 1) {
          repeated.add(index(i) + " (" + perIndex[i] + " files)");
        }
      }
      if (missing.isEmpty() && extra.isEmpty() && repeated.isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder()
          .append(cell).append(": expected ").append(want).append(", found ").append(total);
      appendList(line, "missing", missing);
      appendList(line, "extra", extra);
      appendList(line, "duplicate", repeated);
      lines.add(line.toString());
    }
    return Collections.unmodifiableList(lines);
  }

  private void put(SortedMap<Cell, Integer> cells, Cell cell) {
    cells.put(cell, expected(cell));
  }

  private static String index(int i) {
    return String.format(Locale.ROOT, "%04d", i);
  }

  private static void appendList(StringBuilder line, String what, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    line.append("; ").append(what).append(' ')
        .append(String.join(", ", items.subList(0, Math.min(LISTED, items.size()))));
    if (items.size() > LISTED) {
      line.append(" … (").append(items.size() - LISTED).append(" more)");
    }
  }
}
