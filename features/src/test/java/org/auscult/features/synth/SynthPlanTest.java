package org.auscult.features.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.auscult.features.dataset.CatalogEntry;
import org.auscult.features.dataset.Cell;
import org.auscult.features.dataset.CellCounts;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.dataset.Split;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SynthPlanTest {

  @ParameterizedTest
  @EnumSource(SynthScale.class)
  void everyNameParsesBackAndEveryCellHasItsCount(SynthScale scale) {
    List<SynthClip> clips = SynthPlan.clips(scale, SynthMachine.types());
    CellCounts c = scale.counts();
    assertThat(clips).hasSize(7 * 3 * scale.clipsPerSection());
    Map<String, Integer> perCell = new HashMap<>();
    Set<String> paths = new HashSet<>();
    for (SynthClip clip : clips) {
      ClipName n = clip.name();
      assertThat(ClipName.parse(n.fileName())).isEqualTo(n);
      assertThat(n.attributePairs()).isNotEmpty();
      String cell = clip.machine() + "/" + n.section() + "/" + n.split() + "/" + n.domain() + "/"
          + n.label();
      int expectedIndex = perCell.getOrDefault(cell, 0);
      assertThat(n.index()).as("indices count up from 0000 in %s", cell).isEqualTo(expectedIndex);
      perCell.put(cell, expectedIndex + 1);
      assertThat(paths.add(clip.relativePath())).as("unique %s", clip.relativePath()).isTrue();
    }
    for (MachineType m : SynthMachine.types()) {
      for (int s = 0; s < 3; s++) {
        for (Split split : Split.values()) {
          for (Domain d : Domain.values()) {
            for (Label l : Label.values()) {
              String cell = m + "/" + s + "/" + split + "/" + d + "/" + l;
              assertThat(perCell.getOrDefault(cell, 0)).as(cell)
                  .isEqualTo(c.expected(new Cell(m, s, d, split, l)));
            }
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(SynthScale.class)
  void theCatalogsCountCheckAcceptsEveryScale(SynthScale scale) {
    List<CatalogEntry> entries = new ArrayList<>();
    for (SynthClip clip : SynthPlan.clips(scale, SynthMachine.types())) {
      entries.add(new CatalogEntry(clip.machine(), clip.name(), "file:/data/" + clip.relativePath(),
          320_044));
    }
    assertThat(scale.counts().checkDevSet(SynthMachine.types(), entries)).isEmpty();
    entries.remove(entries.size() - 1);
    assertThat(scale.counts().checkDevSet(SynthMachine.types(), entries)).hasSize(1);
  }

  @Test
  void namesFollowTheRealStyle() {
    assertThat(SynthPlan.name(MachineType.of("fan"), 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 0)
        .fileName()).isEqualTo("section_00_source_train_normal_0000_m-n_W.wav");
    assertThat(SynthPlan.name(MachineType.of("bearing"), 1, Domain.TARGET, Split.TEST, Label.ANOMALY, 5)
        .fileName()).isEqualTo("section_01_target_test_anomaly_0005_vel_12_loc_F.wav");
    assertThat(SynthPlan.name(MachineType.of("ToyCar"), 2, Domain.TARGET, Split.TEST, Label.NORMAL, 1)
        .fileName()).isEqualTo("section_02_target_test_normal_0001_car_D1_spd_31V_mic_2_noise_2.wav");
    assertThat(SynthPlan.name(MachineType.of("slider"), 1, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 4)
        .fileName()).isEqualTo("section_01_source_train_normal_0004_ac_0.11.wav");
    assertThat(SynthPlan.name(MachineType.of("valve"), 2, Domain.SOURCE, Split.TEST, Label.NORMAL, 2)
        .fileName()).isEqualTo("section_02_source_test_normal_0002_v1pat_none_v2pat_05.wav");
    assertThat(new SynthClip(MachineType.of("ToyTrain"), SynthPlan.name(MachineType.of("ToyTrain"), 0,
        Domain.SOURCE, Split.TEST, Label.ANOMALY, 3)).relativePath())
        .isEqualTo("ToyTrain/test/section_00_source_test_anomaly_0003_car_A2_spd_8_mic_1_noise_1.wav");
  }

  @Test
  void targetAttributesDifferFromSourceAttributes() {
    for (MachineType m : SynthMachine.types()) {
      for (int s = 0; s < 3; s++) {
        List<String> source = SectionAttributes.of(m, s, Domain.SOURCE);
        List<String> target = SectionAttributes.of(m, s, Domain.TARGET);
        assertThat(source).as("%s %d", m, s).isNotEmpty().doesNotHaveDuplicates();
        assertThat(target).as("%s %d", m, s).isNotEmpty().doesNotHaveDuplicates()
            .doesNotContainAnyElementsOf(source);
      }
    }
  }

  @Test
  void normalAndAnomalousTestCellsSeeTheSameAttributes() {
    CellCounts c = SynthScale.SMALL.counts();
    for (MachineType m : SynthMachine.types()) {
      for (int s = 0; s < 3; s++) {
        Map<String, List<String>> byCell = new HashMap<>();
        for (ClipName n : SynthPlan.section(c, m, s)) {
          if (n.split() == Split.TEST) {
            byCell.computeIfAbsent(n.domain() + "/" + n.label(), k -> new ArrayList<>())
                .add(n.attributes());
          }
        }
        assertThat(byCell.get("source/anomaly")).isEqualTo(byCell.get("source/normal"));
        assertThat(byCell.get("target/anomaly")).isEqualTo(byCell.get("target/normal"));
      }
    }
  }

  @Test
  void attributesCsvHasOneRowPerClipAndTheRealHeader() {
    CellCounts tiny = SynthScale.TINY.counts();
    String csv = SynthPlan.attributesCsv(tiny, MachineType.of("fan"), 0);
    String[] lines = csv.split("\n", -1);
    assertThat(lines).hasSize(1 + SynthScale.TINY.clipsPerSection() + 1);
    assertThat(lines[lines.length - 1]).isEmpty();
    assertThat(lines[0]).isEqualTo("file_name,d1p,d1v");
    assertThat(lines[1]).isEqualTo("fan/train/section_00_source_train_normal_0000_m-n_W.wav,m-n,W");
    assertThat(lines[2]).isEqualTo("fan/train/section_00_source_train_normal_0001_m-n_X.wav,m-n,X");
    assertThat(lines[9]).isEqualTo("fan/train/section_00_target_train_normal_0000_m-n_Y.wav,m-n,Y");
    assertThat(lines[11]).isEqualTo("fan/test/section_00_source_test_normal_0000_m-n_W.wav,m-n,W");
    assertThat(lines[22]).isEqualTo("fan/test/section_00_target_test_anomaly_0002_m-n_Y.wav,m-n,Y");
    assertThat(SynthPlan.attributesFileName(0)).isEqualTo("attributes_00.csv");
  }

  @Test
  void attributesCsvWritesEveryPairOfLongNames() {
    String csv = SynthPlan.attributesCsv(SynthScale.TINY.counts(), MachineType.of("ToyCar"), 2);
    String[] lines = csv.split("\n");
    assertThat(lines[0]).isEqualTo("file_name,d1p,d1v,d2p,d2v,d3p,d3v,d4p,d4v");
    assertThat(lines[1]).isEqualTo("ToyCar/train/section_02_source_train_normal_0000"
        + "_car_D1_spd_28V_mic_1_noise_1.wav,car,D1,spd,28V,mic,1,noise,1");
    for (String line : lines) {
      assertThat(line.split(",", -1)).hasSize(9);
    }
  }
}
