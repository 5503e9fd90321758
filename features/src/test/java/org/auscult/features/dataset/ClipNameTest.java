package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClipNameTest {

  @Test
  void parsesADevTestNameWithOnePair() {
    ClipName n = ClipName.parse("section_00_source_test_anomaly_0007_m-n_W.wav");
    assertThat(n.section()).isEqualTo(0);
    assertThat(n.domain()).isEqualTo(Domain.SOURCE);
    assertThat(n.split()).isEqualTo(Split.TEST);
    assertThat(n.label()).isEqualTo(Label.ANOMALY);
    assertThat(n.index()).isEqualTo(7);
    assertThat(n.attributes()).isEqualTo("m-n_W");
    assertThat(n.attributePairs()).containsExactly(new Attribute("m-n", "W"));
    assertThat(n.isEvalTestName()).isFalse();
  }

  @Test
  void parsesEveryAttributeShapeOfTheSpec() {
    assertThat(ClipName.parse("section_01_target_train_normal_0009_vel_6_loc_A.wav").attributePairs())
        .containsExactly(new Attribute("vel", "6"), new Attribute("loc", "A"));
    assertThat(ClipName.parse(
        "section_02_source_train_normal_0989_car_A1_spd_28V_mic_1_noise_1.wav").attributePairs())
        .containsExactly(new Attribute("car", "A1"), new Attribute("spd", "28V"),
            new Attribute("mic", "1"), new Attribute("noise", "1"));
    assertThat(ClipName.parse("section_02_target_test_normal_0049_v1pat_04_v2pat_05.wav")
        .attributePairs())
        .containsExactly(new Attribute("v1pat", "04"), new Attribute("v2pat", "05"));
    assertThat(ClipName.parse("section_01_source_test_normal_0001_ac_0.03.wav").attributePairs())
        .containsExactly(new Attribute("ac", "0.03"));
    assertThat(ClipName.parse("section_00_target_test_normal_0001_f-n_C_n-lv_L3.wav")
        .attributePairs())
        .containsExactly(new Attribute("f-n", "C"), new Attribute("n-lv", "L3"));
  }

  @Test
  void keepsAnOddAttributeListAsAStringWithoutGuessing() {
    ClipName n = ClipName.parse("section_00_source_train_normal_0000_noise_1_extra.wav");
    assertThat(n.attributes()).isEqualTo("noise_1_extra");
    assertThat(n.attributePairs()).isEmpty();
  }

  @Test
  void acceptsANameWithoutAttributes() {
    ClipName n = ClipName.parse("section_00_source_train_normal_0000.wav");
    assertThat(n.attributes()).isEmpty();
    assertThat(n.attributePairs()).isEmpty();
  }

  @Test
  void parsesAnEvaluationTestNameWithUnknownLabelAndDomain() {
    ClipName n = ClipName.parse("section_03_0199.wav");
    assertThat(n.section()).isEqualTo(3);
    assertThat(n.index()).isEqualTo(199);
    assertThat(n.split()).isEqualTo(Split.TEST);
    assertThat(n.domain()).isNull();
    assertThat(n.label()).isNull();
    assertThat(n.isEvalTestName()).isTrue();
    assertThat(n.fileName()).isEqualTo("section_03_0199.wav");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "section_00_source_test_anomaly_0007_m-n_W.wav",
      "section_02_target_train_normal_0000_car_A1_spd_28V_mic_1_noise_1.wav",
      "section_00_source_train_normal_0000.wav",
      "section_05_0000.wav",
      "section_03_source_test_0199.wav",
      "normal_id_06_00000000.wav",
      "anomaly_id_01_00000099.wav",
      "id_03_00000001.wav",
      "section_00_target_test_anomaly_0000_noAttribute.wav",
      "section_00_source_train_normal_00001_B1s1.wav"})
  void fileNameRoundTrips(String name) {
    assertThat(ClipName.parse(name).fileName()).isEqualTo(name);
  }

  @Test
  void readsTheWiderIndexOfToyAdmos2sMixerAndKeepsTheNameAsOnDisk() {
    // mixer.py numbers its files with as many digits as the recipe's pattern has '?'
    ClipName n = ClipName.parse("section_01_target_test_anomaly_00012_C2s4.wav");
    assertThat(n.section()).isEqualTo(1);
    assertThat(n.domain()).isEqualTo(Domain.TARGET);
    assertThat(n.label()).isEqualTo(Label.ANOMALY);
    assertThat(n.index()).isEqualTo(12);
    assertThat(n.attributes()).isEqualTo("C2s4");
    assertThat(n.attributePairs()).isEmpty();
    assertThat(n.fileName()).isEqualTo("section_01_target_test_anomaly_00012_C2s4.wav");
  }

  @Test
  void buildsTheSameNameThatItParses() {
    ClipName built = ClipName.dev(1, Domain.TARGET, Split.TEST, Label.NORMAL, 42, "vel_4_loc_E");
    assertThat(built.fileName()).isEqualTo("section_01_target_test_normal_0042_vel_4_loc_E.wav");
    assertThat(ClipName.parse(built.fileName())).isEqualTo(built);
  }

  @Test
  void reportsWhatIsWrongWithAMalformedName() {
    List<String[]> cases = List.of(
        new String[] {"section_00_source_test_anomaly_0007_m-n_W.flac", "expected a .wav extension"},
        new String[] {"sec_00_0000.wav", "start with section_SS_"},
        new String[] {"section_0_0000.wav", "two-digit section"},
        new String[] {"section_00_000.wav", "four-digit index"},
        new String[] {"section_00_sauce_test_normal_0000_a_b.wav", "domain source or target"},
        new String[] {"section_00_source_valid_normal_0000_a_b.wav", "split train or test"},
        new String[] {"section_00_source_test_broken_0000_a_b.wav", "label normal or anomaly"},
        new String[] {"section_00_source_test_normal_123_a_b.wav", "index of 4 digits"},
        new String[] {"section_00_source_test_normal_123456789.wav", "index of 4 digits"},
        new String[] {"section_00_source_test_normal_0000_.wav", "non-empty attributes"});
    for (String[] c : cases) {
      assertThatThrownBy(() -> ClipName.parse(c[0]))
          .isInstanceOf(MalformedClipNameException.class)
          .hasMessageContaining(c[0])
          .hasMessageContaining(c[1]);
    }
  }

  @Test
  void rejectsATrainingClipThatIsNotNormal() {
    assertThatThrownBy(() -> new ClipName("x.wav", 0, Domain.SOURCE, Split.TRAIN, null, 0, "",
        List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a training clip is normal, got label null");
  }

  @Test
  void rejectsAnAnomalousTrainingNameAsMalformed() {
    // Found by ClipNameFuzzTest: the record's IllegalArgumentException escaped parse.
    String name = "section_02_target_train_anomaly_0049_car_on.wav";
    assertThatThrownBy(() -> ClipName.parse(name))
        .isInstanceOf(MalformedClipNameException.class)
        .hasMessageContaining(name)
        .hasMessageContaining("a training clip named anomalous");
  }

  @Test
  void parsesThe2021EvaluationTestNameWithItsDomainAndNoLabel() {
    ClipName n = ClipName.parse("section_03_target_test_0012.wav");
    assertThat(n.section()).isEqualTo(3);
    assertThat(n.domain()).isEqualTo(Domain.TARGET);
    assertThat(n.label()).isNull();
    assertThat(n.index()).isEqualTo(12);
    assertThat(n.isEvalTestName()).isTrue();
  }

  @Test
  void parses2020NamesWithTheIdAsSectionAndTheSplitFromTheFolder() {
    ClipName train = ClipName.parse("normal_id_00_00000914.wav", Split.TRAIN);
    assertThat(train.section()).isZero();
    assertThat(train.split()).isEqualTo(Split.TRAIN);
    assertThat(train.label()).isEqualTo(Label.NORMAL);
    assertThat(train.domain()).isNull();
    assertThat(train.index()).isEqualTo(914);
    assertThat(train.isIdName()).isTrue();
    ClipName anomaly = ClipName.parse("anomaly_id_02_00000011.wav");
    assertThat(anomaly.split()).isEqualTo(Split.TEST);
    assertThat(anomaly.label()).isEqualTo(Label.ANOMALY);
    assertThat(anomaly.section()).isEqualTo(2);
    ClipName eval = ClipName.parse("id_05_00000123.wav");
    assertThat(eval.isEvalTestName()).isTrue();
    assertThat(eval.section()).isEqualTo(5);
    assertThatThrownBy(() -> ClipName.parse("anomaly_id_02_00000011.wav", Split.TRAIN))
        .isInstanceOf(MalformedClipNameException.class)
        .hasMessageContaining("an anomalous clip in train/");
    assertThatThrownBy(() -> ClipName.parse("normal_id_2_00000011.wav"))
        .hasMessageContaining("expected a DCASE 2020 name");
    assertThat(ClipName.id(Label.NORMAL, 4, 7, Split.TEST).fileName())
        .isEqualTo("normal_id_04_00000007.wav");
  }

  @Test
  void aSupplementalClipKeepsItsNameAndReadsItsSectionAndDomain() {
    ClipName n = ClipName.supplemental("section_00_source_supplemental_noise_0003.wav");
    assertThat(n.fileName()).isEqualTo("section_00_source_supplemental_noise_0003.wav");
    assertThat(n.split()).isEqualTo(Split.SUPPLEMENTAL);
    assertThat(n.domain()).isEqualTo(Domain.SOURCE);
    assertThat(n.label()).isNull();
    assertThat(ClipName.supplemental("clean_fan_01.wav").section()).isZero();
  }
}
