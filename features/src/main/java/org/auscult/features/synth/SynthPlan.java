package org.auscult.features.synth;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.auscult.features.dataset.Attribute;
import org.auscult.features.dataset.Cell;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;

/**
 * Every clip of a synthetic data set, in a fixed order: machine (as given), section, then training
 * clips (source, target) and test clips (source normal, source anomaly, target normal, target
 * anomaly), index ascending. Indices restart at 0000 in each cell, as in the real set.
 */
public final class SynthPlan {
  /** The order of the cells within a section. */
  private static final List<CellKind> CELLS = List.of(
      new CellKind(Split.TRAIN, Domain.SOURCE, Label.NORMAL),
      new CellKind(Split.TRAIN, Domain.TARGET, Label.NORMAL),
      new CellKind(Split.TEST, Domain.SOURCE, Label.NORMAL),
      new CellKind(Split.TEST, Domain.SOURCE, Label.ANOMALY),
      new CellKind(Split.TEST, Domain.TARGET, Label.NORMAL),
      new CellKind(Split.TEST, Domain.TARGET, Label.ANOMALY));

  private SynthPlan() {
  }

  /** All clips of {@code scale} for {@code machines}. */
  public static List<SynthClip> clips(SynthScale scale, Collection<MachineType> machines) {
    return clips(scale.counts(), machines);
  }

  /**
   * All clips with {@code counts} per cell for {@code machines}, development sections 00–02 each
   * ({@code counts.evalTestPerSection()} is not used: the twin has no evaluation sections).
   */
  public static List<SynthClip> clips(CellCounts counts, Collection<MachineType> machines) {
    Objects.requireNonNull(counts, "counts");
    List<SynthClip> out = new ArrayList<>(machines.size() * SectionAttributes.SECTIONS
        * clipsPerSection(counts));
    for (MachineType machine : machines) {
      for (int section = 0; section < SectionAttributes.SECTIONS; section++) {
        for (ClipName name : section(counts, machine, section)) {
          out.add(new SynthClip(machine, name));
        }
      }
    }
    return out;
  }

  /** The clip names of one machine's section, training clips first. */
  public static List<ClipName> section(CellCounts counts, MachineType machine, int section) {
    List<ClipName> out = new ArrayList<>(clipsPerSection(counts));
    for (CellKind kind : CELLS) {
      int n = counts.expected(new Cell(machine, section, kind.domain, kind.split, kind.label));
      for (int index = 0; index < n; index++) {
        out.add(name(machine, section, kind.domain, kind.split, kind.label, index));
      }
    }
    return out;
  }

  /** Clips in one development section: the two training cells and the four test cells. */
  public static int clipsPerSection(CellCounts counts) {
    return counts.trainSource() + counts.trainTarget() + 4 * counts.testPerCell();
  }

  /** The name of one clip; its attributes follow from machine, section, domain and index. */
  public static ClipName name(MachineType machine, int section, Domain domain, Split split,
      Label label, int index) {
    return ClipName.dev(section, domain, split, label, index,
        SectionAttributes.forIndex(machine, section, domain, index));
  }

  /**
   * The content of {@code <machine>/attributes_SS.csv} for one section: the header
   * {@code file_name,d1p,d1v[,d2p,d2v…]} (as many pairs as the section's longest attribute list)
   * and one row per clip, {@code <machine>/<split>/<clip name>,key,value,…}, in plan order. Lines
   * end with {@code \n}; shorter rows are padded with empty fields.
   */
  public static String attributesCsv(CellCounts counts, MachineType machine, int section) {
    List<ClipName> names = section(counts, machine, section);
    int pairs = 0;
    for (ClipName n : names) {
      pairs = Math.max(pairs, n.attributePairs().size());
    }
    StringBuilder csv = new StringBuilder((names.size() + 1) * 96);
    csv.append("file_name");
    for (int p = 1; p <= pairs; p++) {
      csv.append(",d").append(p).append("p,d").append(p).append('v');
    }
    csv.append('\n');
    for (ClipName n : names) {
      csv.append(new SynthClip(machine, n).relativePath());
      List<Attribute> attributes = n.attributePairs();
      for (int p = 0; p < pairs; p++) {
        if (p < attributes.size()) {
          Attribute a = attributes.get(p);
          csv.append(',').append(a.key()).append(',').append(a.value());
        } else {
          csv.append(",,");
        }
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  /** The file name of a section's attributes table, {@code attributes_SS.csv}. */
  public static String attributesFileName(int section) {
    return String.format(java.util.Locale.ROOT, "attributes_%02d.csv", section);
  }

  /** A cell of any machine and section. */
  private record CellKind(Split split, Domain domain, Label label) {
  }
}
