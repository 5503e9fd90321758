package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.hadoop.conf.Configuration;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.CatalogProblem.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One miniature tree per layout, in the exact folder and file names of the downloads (tiny clips
 * the test writes), read to the right clip records.
 */
class LayoutsTest {
  private static final byte[] CLIP = WavWriter.toPcm16Mono(new float[] {0f, 0.5f, -0.5f}, 16_000);
  private static final Configuration CONF = new Configuration();

  @TempDir
  java.nio.file.Path tmp;

  private void touch(String relative) throws IOException {
    java.nio.file.Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, CLIP);
  }

  /** Writes the tiny clip at every path of {@code listing}, one per line. */
  private void tree(String listing) throws IOException {
    for (String relative : listing.strip().split("\n")) {
      touch(relative.strip());
    }
  }

  private Catalog scan(String... roots) throws IOException {
    return scan(Optional.empty(), roots);
  }

  private Catalog scan(Optional<Layout> forced, String... roots) throws IOException {
    List<String> inputs = java.util.Arrays.stream(roots).map(r -> tmp.resolve(r).toString())
        .toList();
    return DatasetCatalog.scan(CONF, inputs, forced);
  }

  /** machine, section, domain, split, label, index, attributes of every entry. */
  private static List<org.assertj.core.groups.Tuple> records(Catalog c) {
    return c.entries().stream().map(e -> tuple(e.machine().dirName(), e.clip().section(),
        e.clip().domain(), e.clip().split(), e.clip().label(), e.clip().index(),
        e.clip().attributes())).toList();
  }

  @Test
  void dcase2020DevelopmentAdditionalTrainingAndEvaluation() throws IOException {
    // dev_data_ToyConveyor.zip, eval_data_train_pump.zip and eval_data_test_pump.zip, unpacked
    tree("""
        dcase2020/dev_data/ToyConveyor/train/normal_id_01_00000000.wav
        dcase2020/dev_data/ToyConveyor/test/normal_id_01_00000000.wav
        dcase2020/dev_data/ToyConveyor/test/anomaly_id_01_00000011.wav
        dcase2020/eval_data/pump/train/normal_id_05_00000003.wav
        dcase2020/eval_data/pump/test/id_05_00000000.wav
        """);

    Catalog c = scan("dcase2020");

    assertThat(c.problems()).isEmpty();
    assertThat(records(c)).containsExactly(
        tuple("ToyConveyor", 1, null, Split.TRAIN, Label.NORMAL, 0, ""),
        tuple("ToyConveyor", 1, null, Split.TEST, Label.ANOMALY, 11, ""),
        tuple("ToyConveyor", 1, null, Split.TEST, Label.NORMAL, 0, ""),
        tuple("pump", 5, null, Split.TRAIN, Label.NORMAL, 3, ""),
        tuple("pump", 5, null, Split.TEST, null, 0, ""));
    assertThat(c.layouts()).containsEntry("ToyConveyor", "dcase2020").containsEntry("pump",
        "dcase2020");
    assertThat(c.wavFilesFound()).isEqualTo(5);
  }

  @Test
  void dcase2021WithSourceAndTargetTestFolders() throws IOException {
    // dev_data_gearbox.zip and eval_data_gearbox_test.zip as they unpack (also MIMII DUE)
    // the last clip is in the wrong folder
    tree("""
        gearbox/train/section_00_source_train_normal_0000_volt_1.0.wav
        gearbox/train/section_01_target_train_normal_0000.wav
        gearbox/source_test/section_00_source_test_anomaly_0000.wav
        gearbox/target_test/section_01_target_test_normal_0003.wav
        eval/gearbox/source_test/section_03_source_test_0000.wav
        eval/gearbox/target_test/section_03_target_test_0001.wav
        eval/gearbox/target_test/section_03_source_test_0002.wav
        """);

    Catalog c = scan(Optional.of(Layout.DCASE2021), "gearbox", "eval");

    assertThat(records(c)).containsExactly(
        tuple("gearbox", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 0, "volt_1.0"),
        tuple("gearbox", 1, Domain.TARGET, Split.TRAIN, Label.NORMAL, 0, ""),
        tuple("gearbox", 0, Domain.SOURCE, Split.TEST, Label.ANOMALY, 0, ""),
        tuple("gearbox", 1, Domain.TARGET, Split.TEST, Label.NORMAL, 3, ""),
        tuple("gearbox", 3, Domain.SOURCE, Split.TEST, null, 0, ""),
        tuple("gearbox", 3, Domain.TARGET, Split.TEST, null, 1, ""));
    assertThat(c.layouts()).containsEntry("gearbox", "dcase2021");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.WRONG_SPLIT_FOLDER);
      assertThat(p.reason()).isEqualTo("the name says source but the clip is in the target_test/"
          + " folder");
    });
  }

  @Test
  void toyAdmos2SetsAsItsMixerWritesThem() throws IOException {
    // python mixer.py ToyADMOS2 mixed recipe.xlsx 6: the recipe's patterns name the files, with as
    // many index digits as '?' (UsersManual.md: section_00_source_train_normal_?????.wav), an
    // attribute suffix where the recipe writes one, and the mixer's logs beside the machine folders
    // (not data, unlike any other stray file)
    tree("""
        mixed/ToyCar/train/section_00_source_train_normal_00001_B1s1.wav
        mixed/ToyCar/train/section_00_target_train_normal_00001_B2s5.wav
        mixed/ToyCar/source_test/section_00_source_test_normal_00001.wav
        mixed/ToyCar/source_test/section_00_source_test_anomaly_00027_B1s1.wav
        mixed/ToyTrain/target_test/section_01_target_test_anomaly_00002.wav
        """);
    Files.writeString(tmp.resolve("mixed/log.txt"), "From ToyADMOS2 to mixed …\n");
    Files.writeString(tmp.resolve("mixed/log-NormalToyCar.txt"), "On NormalToyCar: …\n");
    Files.writeString(tmp.resolve("mixed/notes.txt"), "not the mixer's\n");

    Catalog c = scan(Optional.of(Layout.parse("toyadmos2").orElseThrow()), "mixed");

    assertThat(records(c)).containsExactly(
        tuple("ToyCar", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 1, "B1s1"),
        tuple("ToyCar", 0, Domain.TARGET, Split.TRAIN, Label.NORMAL, 1, "B2s5"),
        tuple("ToyCar", 0, Domain.SOURCE, Split.TEST, Label.ANOMALY, 27, "B1s1"),
        tuple("ToyCar", 0, Domain.SOURCE, Split.TEST, Label.NORMAL, 1, ""),
        tuple("ToyTrain", 1, Domain.TARGET, Split.TEST, Label.ANOMALY, 2, ""));
    assertThat(c.entries().get(0).clip().fileName())
        .isEqualTo("section_00_source_train_normal_00001_B1s1.wav");
    assertThat(c.layouts()).containsEntry("ToyCar", "dcase2021").containsEntry("ToyTrain",
        "dcase2021");
    assertThat(c.problems()).extracting(CatalogProblem::kind, CatalogProblem::path)
        .containsExactly(tuple(Kind.UNEXPECTED_FILE, "file:" + tmp.resolve("mixed/notes.txt")));
  }

  @Test
  void toyAdmos2sReleaseItselfIsOneProblemSayingToMixItFirst() throws IOException {
    // stat.csv and <machine>/env_noise/ are the names mixer.py reads; the recordings' folder names
    // are the recipe's business, so any will do here
    tree("""
        ToyADMOS2/car/env_noise/N1_mic3_01595.wav
        ToyADMOS2/car/normal/CN031-carB1-speed1_mic3_00001.wav
        mixed/ToyCar/train/section_00_source_train_normal_00001.wav
        """);
    Files.writeString(tmp.resolve("ToyADMOS2/stat.csv"), "filename,rms\n");

    Catalog c = scan("ToyADMOS2", "mixed");

    assertThat(records(c)).containsExactly(
        tuple("ToyCar", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 1, ""));
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.SOURCE_MATERIAL);
      assertThat(p.path()).isEqualTo("file:" + tmp.resolve("ToyADMOS2"));
      assertThat(p.reason()).startsWith("the ToyADMOS2 release itself")
          .contains("python mixer.py ToyADMOS2 <out>");
    });
  }

  @Test
  void dcase2022SeveralSectionsInTheZipsWrapperFolders() throws IOException {
    tree("""
        2022/dev_fan/fan/train/section_00_source_train_normal_0000_m-n_W.wav
        2022/dev_fan/fan/test/section_01_target_test_anomaly_0049_f-n_C.wav
        2022/eval_data_fan_train/fan/train/section_03_target_train_normal_0009_m-n_Y.wav
        2022/eval_data_fan_test/fan/test/section_04_0199.wav
        """);

    Catalog c = scan("2022");

    assertThat(c.problems()).isEmpty();
    assertThat(records(c)).containsExactly(
        tuple("fan", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 0, "m-n_W"),
        tuple("fan", 3, Domain.TARGET, Split.TRAIN, Label.NORMAL, 9, "m-n_Y"),
        tuple("fan", 1, Domain.TARGET, Split.TEST, Label.ANOMALY, 49, "f-n_C"),
        tuple("fan", 4, null, Split.TEST, null, 199, ""));
    assertThat(c.layouts()).containsEntry("fan", "dcase2022");
  }

  @Test
  void dcase2023To2026OneSectionNoAttributeAndSupplementalClips() throws IOException {
    tree("""
        2024/dev_data/ToyCar/train/section_00_source_train_normal_0000_car_A1_spd_28V_mic_1.wav
        2024/dev_data/slider/test/section_00_target_test_anomaly_0000_noAttribute.wav
        2024/eval_data/3DPrinter/train/section_00_source_train_normal_0004_noAttribute.wav
        2024/eval_data/3DPrinter/test/section_00_0000.wav
        2024/eval_data/3DPrinter/attributes_00.csv
        2024/eval_data/3DPrinter/supplemental/section_00_source_supplemental_noise_0000.wav
        """);

    Catalog c = scan(Optional.of(Layout.parse("dcase2024").orElseThrow()), "2024");

    assertThat(c.problems()).isEmpty();
    assertThat(records(c)).containsExactly(
        tuple("3DPrinter", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 4, "noAttribute"),
        tuple("3DPrinter", 0, null, Split.TEST, null, 0, ""),
        tuple("3DPrinter", 0, Domain.SOURCE, Split.SUPPLEMENTAL, null, 0,
            "section_00_source_supplemental_noise_0000"),
        tuple("ToyCar", 0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 0, "car_A1_spd_28V_mic_1"),
        tuple("slider", 0, Domain.TARGET, Split.TEST, Label.ANOMALY, 0, "noAttribute"));
    assertThat(c.layouts()).containsEntry("3DPrinter", "dcase2023").containsEntry("ToyCar",
        "dcase2023");
    assertThat(c.attributesFiles()).hasSize(1);
  }

  @Test
  void mimiiTreesGetTheSplitItsChallengeUsedNamedAsDcase2020() throws IOException {
    for (int i = 0; i < 6; i++) {
      touch(String.format("mimii/-6_dB_valve/valve/id_04/normal/%08d.wav", i));
    }
    // the last name has seven digits
    tree("""
        mimii/-6_dB_valve/valve/id_04/abnormal/00000000.wav
        mimii/-6_dB_valve/valve/id_04/abnormal/00000001.wav
        mimii/6_dB_valve/valve/id_04/normal/00000000.wav
        mimii/6_dB_valve/valve/id_04/abnormal/0000000.wav
        """);

    Catalog c = scan("mimii");

    assertThat(c.layouts()).containsEntry("valve_-6dB", "mimii").containsEntry("valve_6dB", "mimii");
    List<CatalogEntry> minus6 = c.entries(MachineType.of("valve_-6dB"));
    assertThat(minus6).hasSize(8);
    assertThat(minus6).filteredOn(e -> e.clip().split() == Split.TEST).extracting(
        e -> e.clip().label()).containsExactlyInAnyOrder(Label.ANOMALY, Label.ANOMALY,
            Label.NORMAL, Label.NORMAL);
    assertThat(minus6).filteredOn(e -> e.clip().split() == Split.TRAIN).hasSize(4)
        .allSatisfy(e -> assertThat(e.clip().label()).isEqualTo(Label.NORMAL));
    assertThat(minus6).extracting(e -> e.clip().fileName()).contains("anomaly_id_04_00000001.wav",
        "normal_id_04_00000005.wav");
    assertThat(minus6).allSatisfy(e -> {
      assertThat(e.clip().section()).isEqualTo(4);
      assertThat(e.clip().domain()).isNull();
    });
    // the split is a function of the names: the same on a second scan
    assertThat(scan("mimii").entries()).isEqualTo(c.entries());
    assertThat(c.notes()).containsKey("valve_-6dB");
    assertThat(c.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.MALFORMED_NAME);
      assertThat(p.path()).endsWith("/6_dB_valve/valve/id_04/abnormal/0000000.wav");
      assertThat(p.reason()).contains("expected MIMII clips NNNNNNNN.wav");
    });
    assertThat(c.wavFilesFound()).isEqualTo(c.entries().size() + 1);
  }

  @Test
  void zipsAreReadInPlaceAsTheFolderTheyUnpackTo() throws IOException {
    tree("""
        unpacked/dev_bearing/bearing/train/section_00_source_train_normal_0000_vel_6.wav
        unpacked/dev_bearing/bearing/test/section_00_source_test_normal_0000_vel_6.wav
        """);
    zip("zips/dev_bearing.zip", "dev_bearing/bearing/train/section_00_source_train_normal_0000_vel_6.wav",
        "dev_bearing/bearing/test/section_00_source_test_normal_0000_vel_6.wav");
    java.nio.file.Path broken = tmp.resolve("zips/eval_data_bearing_test.zip");
    Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});

    Catalog unpacked = scan("unpacked");
    Catalog zipped = scan("zips");

    assertThat(records(zipped)).isEqualTo(records(unpacked));
    assertThat(zipped.entries()).allSatisfy(e -> {
      assertThat(e.inZip()).isTrue();
      assertThat(e.path()).contains("dev_bearing.zip!/dev_bearing/bearing/");
      assertThat(e.sizeBytes()).isEqualTo(CLIP.length);
    });
    assertThat(zipped.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.DAMAGED_ZIP);
      assertThat(p.path()).endsWith("eval_data_bearing_test.zip");
    });
    try (ClipBytes bytes = new ClipBytes(CONF)) {
      for (CatalogEntry e : zipped.entries()) {
        assertThat(bytes.read(e)).isEqualTo(CLIP);
      }
    }
  }

  @Test
  void aForcedLayoutReportsEveryFileThatDoesNotFitIt() throws IOException {
    tree("""
        x/fan/train/section_00_source_train_normal_0000.wav
        x/fan/test/section_00_source_test_normal_0000.wav
        """);

    Catalog c = scan(Optional.of(Layout.DCASE2020), "x");

    assertThat(c.entries()).isEmpty();
    assertThat(c.problems()).hasSize(2).allSatisfy(p -> assertThat(p.reason())
        .startsWith("read as --layout dcase2020: expected <machine>/{train,test}/"
            + "<normal|anomaly>_id_NN_NNNNNNNN.wav")
        .endsWith("but this machine folder is laid out as dcase2023"));
    assertThat(c.wavFilesFound()).isEqualTo(2);
  }

  private void zip(String relative, String... entries) throws IOException {
    java.nio.file.Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    try (OutputStream out = Files.newOutputStream(p); ZipOutputStream z = new ZipOutputStream(out)) {
      for (String e : entries) {
        z.putNextEntry(new ZipEntry(e));
        z.write(CLIP);
        z.closeEntry();
      }
    }
  }
}
