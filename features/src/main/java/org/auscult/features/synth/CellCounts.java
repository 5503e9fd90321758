package org.auscult.features.synth;

import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;

/**
 * How many clips each cell of a section holds. A cell is one (split, domain, label); training cells
 * are normal only, each of the four test cells holds {@code testPerCell} clips.
 *
 * @param trainSource source-domain normal training clips per section
 * @param trainTarget target-domain normal training clips per section
 * @param testPerCell clips in each test cell (source/target × normal/anomaly)
 */
public record CellCounts(int trainSource, int trainTarget, int testPerCell) {
  /** Clip indices are four digits in file names. */
  private static final int MAX_PER_CELL = 10_000;

  public CellCounts {
    check("trainSource", trainSource);
    check("trainTarget", trainTarget);
    check("testPerCell", testPerCell);
  }

  /** Clips in the cell (split, domain, label); 0 for anomalous training clips, which never exist. */
  public int count(Split split, Domain domain, Label label) {
    if (split == Split.TRAIN) {
      if (label == Label.ANOMALY) {
        return 0;
      }
      return domain == Domain.SOURCE ? trainSource : trainTarget;
    }
    return testPerCell;
  }

  /** Training clips of one section. */
  public int trainPerSection() {
    return trainSource + trainTarget;
  }

  /** Test clips of one section (four cells). */
  public int testPerSection() {
    return 4 * testPerCell;
  }

  /** All clips of one section. */
  public int perSection() {
    return trainPerSection() + testPerSection();
  }

  private static void check(String name, int value) {
    if (value < 1 || value >= MAX_PER_CELL) {
      throw new IllegalArgumentException(
          name + " must be 1.." + (MAX_PER_CELL - 1) + ", got " + value);
    }
  }
}
