package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.junit.jupiter.api.Test;

class SynthScaleTest {

  @Test
  void fullHasTheRealDevelopmentSetsCounts() {
    CellCounts c = SynthScale.FULL.counts();
    assertThat(c.count(Split.TRAIN, Domain.SOURCE, Label.NORMAL)).isEqualTo(990);
    assertThat(c.count(Split.TRAIN, Domain.TARGET, Label.NORMAL)).isEqualTo(10);
    for (Domain d : Domain.values()) {
      assertThat(c.count(Split.TRAIN, d, Label.ANOMALY)).isZero();
      for (Label l : Label.values()) {
        assertThat(c.count(Split.TEST, d, l)).isEqualTo(50);
      }
    }
    assertThat(c.perSection()).isEqualTo(1200);
    assertThat(c.perSection() * 3 * MachineType.values().length).isEqualTo(25_200);
  }

  @Test
  void smallerScalesKeepTheStructureWithFewerClips() {
    assertThat(SynthScale.SMALL.counts()).isEqualTo(new CellCounts(100, 10, 20));
    assertThat(SynthScale.SMALL.counts().perSection()).isEqualTo(190);
    assertThat(SynthScale.TINY.counts()).isEqualTo(new CellCounts(8, 2, 3));
    assertThat(SynthScale.TINY.counts().perSection()).isEqualTo(22);
  }

  @Test
  void parsesItsTokenCaseInsensitively() {
    assertThat(SynthScale.parse("small")).isEqualTo(SynthScale.SMALL);
    assertThat(SynthScale.parse("FULL")).isEqualTo(SynthScale.FULL);
    assertThat(SynthScale.TINY.token()).isEqualTo("tiny");
    assertThatThrownBy(() -> SynthScale.parse("huge"))
        .hasMessageContaining("'huge'").hasMessageContaining("full, small or tiny");
  }

  @Test
  void rejectsEmptyOrOverfullCells() {
    assertThatThrownBy(() -> new CellCounts(0, 1, 1)).hasMessageContaining("trainSource");
    assertThatThrownBy(() -> new CellCounts(1, 1, 10_000)).hasMessageContaining("testPerCell");
  }
}
