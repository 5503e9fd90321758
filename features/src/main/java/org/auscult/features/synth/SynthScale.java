package org.auscult.features.synth;

import java.util.Locale;
import org.auscult.features.dataset.CellCounts;

/**
 * How big a synthetic data set is. Every scale has all 7 machine types × 3 development sections
 * and the real layout; only the number of clips per cell differs. The synthetic twin has no
 * evaluation sections, so {@link CellCounts#evalTestPerSection()} is 0; a catalog of a rendered set
 * checks with {@code scale.counts().checkDevSet(SynthMachine.types(), entries)}.
 *
 * <table>
 *   <caption>Clips per section and in all (7 machines × 3 sections)</caption>
 *   <tr><th>scale</th><th>train source</th><th>train target</th><th>test per cell</th>
 *       <th>per section</th><th>all</th><th>use</th></tr>
 *   <tr><td>FULL</td><td>990</td><td>10</td><td>50</td><td>1,200</td><td>25,200</td>
 *       <td>the real development set's counts</td></tr>
 *   <tr><td>SMALL</td><td>100</td><td>10</td><td>20</td><td>190</td><td>3,990</td>
 *       <td>the {@code quick} training profile, demos</td></tr>
 *   <tr><td>TINY</td><td>8</td><td>2</td><td>3</td><td>22</td><td>462</td>
 *       <td>unit and integration tests</td></tr>
 * </table>
 */
public enum SynthScale {
  FULL(990, 10, 50),
  SMALL(100, 10, 20),
  TINY(8, 2, 3);

  private final CellCounts counts;

  SynthScale(int trainSource, int trainTarget, int testPerCell) {
    // no evaluation sections: the twin has no hidden-label test set
    this.counts = new CellCounts(trainSource, trainTarget, testPerCell, 0);
  }

  /** Clips per cell at this scale. */
  public CellCounts counts() {
    return counts;
  }

  /** Clips in one section at this scale (training plus the four test cells). */
  public int clipsPerSection() {
    return SynthPlan.clipsPerSection(counts);
  }

  /** The lower-case name used on command lines and in settings, e.g. {@code small}. */
  public String token() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scale named {@code token} (case-insensitive); fails with the valid names. */
  public static SynthScale parse(String token) {
    for (SynthScale s : values()) {
      if (s.token().equalsIgnoreCase(token)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown synthetic scale '" + token
        + "', expected full, small or tiny");
  }
}
