package org.auscult.features.dataset;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell of the data set's design: the clips of one machine type, section, domain, split and
 * label, numbered from 0 upwards within the cell. Evaluation-set test clips
 * ({@code section_SS_NNNN.wav}) make one cell per section whose domain and label are {@code null};
 * sets without domains (DCASE 2020, MIMII) have cells whose domain is {@code null}.
 */
public record Cell(MachineType machine, int section, Domain domain, Split split, Label label)
    implements Comparable<Cell> {

  /** Machine, section, train before test, source before target, normal before anomaly, unknown last. */
  private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::machine)
      .thenComparingInt(Cell::section)
      .thenComparing(Cell::split)
      .thenComparing(Cell::domain, Comparator.nullsLast(Comparator.naturalOrder()))
      .thenComparing(Cell::label, Comparator.nullsLast(Comparator.naturalOrder()));

  public Cell {
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(split, "split");
    if (section < 0 || section > 99) {
      throw new IllegalArgumentException("section must be 0..99, got " + section);
    }
  }

  /** The cell a clip of {@code machine} belongs to. */
  public static Cell of(MachineType machine, ClipName clip) {
    return new Cell(machine, clip.section(), clip.domain(), clip.split(), clip.label());
  }

  /** True for an evaluation-set test cell, whose clips carry no label. */
  public boolean isUnlabelled() {
    return label == null;
  }

  @Override
  public int compareTo(Cell other) {
    return ORDER.compare(this, other);
  }

  /** E.g. {@code fan section 00 source train normal}, {@code fan section 03 test (unlabelled)}. */
  @Override
  public String toString() {
    String head = String.format(Locale.ROOT, "%s section %02d", machine, section);
    String dom = domain == null ? "" : " " + domain;
    return isUnlabelled()
        ? head + dom + " " + split + " (unlabelled)"
        : head + dom + " " + split + " " + label;
  }
}
