package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auscult.features.dataset.Cell;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.junit.jupiter.api.Test;

class SynthScaleTest {

  private static int expected(CellCounts c, Domain d, Split s, Label l) {
    return c.expected(new Cell(MachineType.of("valve"), 1, d, s, l));
  }

  @Test
  void fullHasTheRealDevelopmentSetsCounts() {
    CellCounts c = SynthScale.FULL.counts();
    assertThat(expected(c, Domain.SOURCE, Split.TRAIN, Label.NORMAL)).isEqualTo(990);
    assertThat(expected(c, Domain.TARGET, Split.TRAIN, Label.NORMAL)).isEqualTo(10);
    for (Domain d : Domain.values()) {
      assertThat(expected(c, d, Split.TRAIN, Label.ANOMALY)).isZero();
      for (Label l : Label.values()) {
        assertThat(expected(c, d, Split.TEST, l)).isEqualTo(50);
      }
    }
    assertThat(c.evalTestPerSection()).as("the twin has no evaluation sections").isZero();
    assertThat(SynthScale.FULL.clipsPerSection()).isEqualTo(1200);
    assertThat(SynthScale.FULL.clipsPerSection() * 3 * SynthMachine.types().size())
        .isEqualTo(25_200);
  }

  @Test
  void smallerScalesKeepTheStructureWithFewerClips() {
    assertThat(SynthScale.SMALL.counts()).isEqualTo(new CellCounts(100, 10, 20, 0));
    assertThat(SynthScale.SMALL.clipsPerSection()).isEqualTo(190);
    assertThat(SynthScale.TINY.counts()).isEqualTo(new CellCounts(8, 2, 3, 0));
    assertThat(SynthScale.TINY.clipsPerSection()).isEqualTo(22);
  }

  @Test
  void parsesItsTokenCaseInsensitively() {
    assertThat(SynthScale.parse("small")).isEqualTo(SynthScale.SMALL);
    assertThat(SynthScale.parse("FULL")).isEqualTo(SynthScale.FULL);
    assertThat(SynthScale.TINY.token()).isEqualTo("tiny");
    assertThatThrownBy(() -> SynthScale.parse("huge"))
        .hasMessageContaining("'huge'").hasMessageContaining("full, small or tiny");
  }
}
