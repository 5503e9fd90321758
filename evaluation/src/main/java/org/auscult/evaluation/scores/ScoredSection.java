package org.auscult.evaluation.scores;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.auscult.evaluation.metrics.SectionScores;
import org.auscult.features.dataset.MachineType;

/**
 * One machine type's section as read from a score folder: the clip names (sorted) and, index for
 * index, their truth, domain, score and decision.
 *
 * @param machine the machine type
 * @param section the section number
 * @param clipNames the clips' file names, sorted
 * @param scores labels, domains, scores and decisions in {@code clipNames} order
 * @param scoreFile the file the scores came from
 */
public record ScoredSection(MachineType machine, int section, List<String> clipNames,
    SectionScores scores, String scoreFile) {

  public ScoredSection {
    Objects.requireNonNull(machine, "machine");
    clipNames = List.copyOf(clipNames);
    if (clipNames.size() != scores.size()) {
      throw new IllegalArgumentException(clipNames.size() + " names for " + scores.size()
          + " scores");
    }
  }

  /** The section as the two digits of file names, e.g. {@code "03"}. */
  public String sectionId() {
    return String.format(Locale.ROOT, "%02d", section);
  }
}
