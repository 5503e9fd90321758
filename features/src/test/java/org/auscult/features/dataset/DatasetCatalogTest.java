package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.CatalogProblem.Kind;
import org.auscult.features.synth.SynthMachine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans of tiny data-set trees written into a temporary folder, read through Hadoop's local FS. */
class DatasetCatalogTest {
  private static final CellCounts TINY = new CellCounts(3, 1, 2, 4);
  private static final byte[] CLIP = WavWriter.toPcm16Mono(new float[] {0f, 0.5f}, 16_000);
  private static FileSystem fs;

  @TempDir
  java.nio.file.Path tmp;

  @BeforeAll
  static void localFileSystem() throws IOException {
    fs = FileSystem.getLocal(new Configuration());
  }

  /** The root as a plain local path; the scan qualifies it. */
  private Path root() {
    return new Path(tmp.toString());
  }

  /** The root as entry and problem paths start. */
  private String qualifiedRoot() {
    return fs.makeQualified(root()).toString();
  }

  private void touch(String relative) throws IOException {
    touch(relative, CLIP);
  }

  private void touch(String relative, byte[] content) throws IOException {
    java.nio.file.Path p = tmp.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, content);
  }

  /** Writes every clip a complete development section should have, at {@code counts}. */
  private void writeDevSection(String machineDir, MachineType machine, int section)
      throws IOException {
    for (Map.Entry<Cell, Integer> cell : TINY.devCells(List.of(machine), List.of(section))
        .entrySet()) {
      Cell c = cell.getKey();
      for (int i = 0; i < cell.getValue(); i++) {
        ClipName clip = ClipName.dev(section, c.domain(), c.split(), c.label(), i, "vel_" + i);
        touch(machineDir + "/" + c.split() + "/" + clip.fileName());
      }
    }
  }

  @Test
  void scansTheTaskLayoutIntoSortedEntriesWithoutProblems() throws IOException {
    writeDevSection("valve", MachineType.of("valve"), 0);
    writeDevSection("fan", MachineType.of("fan"), 1);
    writeDevSection("fan", MachineType.of("fan"), 0);
    touch("fan/attributes_00.csv", "file_name,d1p,d1v\n".getBytes());
    touch("fan/attributes_01.csv", "file_name,d1p,d1v\n".getBytes());

    Catalog catalog = DatasetCatalog.scan(fs, root());

    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.entries()).hasSize(3 * 12);
    assertThat(catalog.entries(MachineType.of("fan"))).hasSize(24);
    assertThat(catalog.entries().get(0).path())
        .isEqualTo(qualifiedRoot() + "/fan/train/section_00_source_train_normal_0000_vel_0.wav");
    assertThat(catalog.entries().get(0).sizeBytes()).isEqualTo(CLIP.length);
    assertThat(catalog.entries().get(35).clip().fileName())
        .isEqualTo("section_00_target_test_normal_0001_vel_1.wav");
    assertThat(catalog.entries()).isSortedAccordingTo(
        java.util.Comparator.comparing(CatalogEntry::machine)
            .thenComparing(e -> e.clip().split())
            .thenComparing(e -> e.clip().fileName()));
    assertThat(catalog.layouts()).containsExactly(java.util.Map.entry("fan", "dcase2022"),
        java.util.Map.entry("valve", "dcase2023"));
    assertThat(catalog.wavFilesFound()).isEqualTo(36);
    assertThat(catalog.attributesFiles())
        .extracting(Catalog.AttributesFile::machine, Catalog.AttributesFile::section)
        .containsExactly(tuple(MachineType.of("fan"), 0), tuple(MachineType.of("fan"), 1));
    Map<Cell, Integer> expected = new TreeMap<>(TINY.devCells(List.of(MachineType.of("fan")), List.of(0, 1)));
    expected.putAll(TINY.devCells(List.of(MachineType.of("valve")), List.of(0)));
    assertThat(CellCounts.check(catalog.entries(), expected)).isEmpty();
    assertThat(catalog.root()).isEqualTo(qualifiedRoot());
  }

  @Test
  void acceptsTheZipLayoutsAndTheBaselineFoldersSideBySide() throws IOException {
    writeDevSection("dev_fan/fan", MachineType.of("fan"), 0);
    writeDevSection("dev_data/ToyCar", MachineType.of("ToyCar"), 2);
    touch("eval_fan/fan/train/section_03_source_train_normal_0000_m-n_W.wav");
    touch("eval_data_bearing_test/bearing/test/section_04_0000.wav");
    touch("eval_data/valve/test/section_05_0001.wav");
    touch("eval_data/valve/attributes_05.csv", "file_name,d1p,d1v\n".getBytes());

    Catalog catalog = DatasetCatalog.scan(fs, root());

    assertThat(catalog.problems()).isEmpty();
    assertThat(catalog.entries()).hasSize(12 + 12 + 3);
    assertThat(catalog.entries(MachineType.of("bearing"))).singleElement()
        .satisfies(e -> {
          assertThat(e.clip().isEvalTestName()).isTrue();
          assertThat(e.cell()).isEqualTo(new Cell(MachineType.of("bearing"), 4, null, Split.TEST, null));
          assertThat(e.path()).endsWith("/eval_data_bearing_test/bearing/test/section_04_0000.wav");
        });
    assertThat(catalog.attributesFiles()).singleElement()
        .extracting(Catalog.AttributesFile::machine).isEqualTo(MachineType.of("valve"));
  }

  @Test
  void reportsEverythingOutOfPlaceAndLeavesItOutOfTheEntries() throws IOException {
    touch("fan/train/section_00_source_train_normal_0000_a_1.wav");
    touch("fan/train/section_00_source_test_normal_0001_a_1.wav");      // test clip in train/
    touch("fan/test/section_03_0000.wav");                               // fine
    touch("fan/test/section_00_target_train_normal_0004_a_1.wav");      // train clip in test/
    touch("fan/train/section_03_0001.wav");                              // eval test name in train/
    touch("fan/train/section_0_source_train_normal_0002.wav");           // malformed
    touch("fan/train/notes.txt");                                        // not a clip
    touch("fan/train/nested/section_00_source_train_normal_0003.wav");   // folder in train/
    touch("fan/README.md");
    touch("dev_fan/extra.txt");                                          // no machine folder
    touch("dev_data/x.wav");
    touch("LICENSE");
    touch(".DS_Store");                                                  // hidden: skipped
    touch("fan/train/.section_00_source_train_normal_0009.wav.crc");     // checksum: skipped
    touch("fan/_SUCCESS");                                               // marker: skipped

    Catalog catalog = DatasetCatalog.scan(fs, root());

    assertThat(catalog.entries()).extracting(e -> e.clip().fileName()).containsExactly(
        "section_00_source_train_normal_0000_a_1.wav", "section_03_0000.wav");
    String r = qualifiedRoot();
    assertThat(catalog.problems()).extracting(CatalogProblem::kind, CatalogProblem::path)
        .containsExactly(
            tuple(Kind.UNEXPECTED_FILE, r + "/LICENSE"),
            tuple(Kind.UNEXPECTED_FILE, r + "/dev_data/x.wav"),
            tuple(Kind.UNEXPECTED_FILE, r + "/dev_fan/extra.txt"),
            tuple(Kind.UNEXPECTED_FILE, r + "/fan/README.md"),
            tuple(Kind.WRONG_SPLIT_FOLDER, r + "/fan/test/section_00_target_train_normal_0004_a_1.wav"),
            tuple(Kind.UNEXPECTED_FOLDER, r + "/fan/train/nested"),
            tuple(Kind.UNEXPECTED_FILE, r + "/fan/train/notes.txt"),
            tuple(Kind.WRONG_SPLIT_FOLDER, r + "/fan/train/section_00_source_test_normal_0001_a_1.wav"),
            tuple(Kind.WRONG_SPLIT_FOLDER, r + "/fan/train/section_03_0001.wav"),
            tuple(Kind.MALFORMED_NAME, r + "/fan/train/section_0_source_train_normal_0002.wav"));
    assertThat(reason(catalog, "/dev_fan/extra.txt")).isEqualTo("unexpected file in 'dev_fan':"
        + " expected machine folders (<machine>/train/, <machine>/test/, …), folders or zips"
        + " holding them");
    assertThat(reason(catalog, "/fan/README.md")).isEqualTo("expected train/, test/ (source_test/"
        + " and target_test/ in 2021), supplemental/ or attributes_SS.csv in the 'fan' folder");
    assertThat(reason(catalog, "/fan/train/section_00_source_test_normal_0001_a_1.wav"))
        .isEqualTo("the name says test but the clip is in the train/ folder");
    assertThat(reason(catalog, "/fan/train/section_0_source_train_normal_0002.wav"))
        .isEqualTo("not a DCASE clip name: 'section_0_source_train_normal_0002.wav': "
            + "expected a two-digit section after section_");
    assertThat(reason(catalog, "/fan/train/notes.txt")).isEqualTo("not a .wav clip, in train/");
    assertThat(reason(catalog, "/fan/test/section_00_target_train_normal_0004_a_1.wav"))
        .isEqualTo("the name says train but the clip is in the test/ folder");
    // every .wav seen is an entry or a problem: 2 + 5 (the nested one is under a problem folder)
    assertThat(catalog.wavFilesFound()).isEqualTo(6);
  }

  @Test
  void keepsTheFirstOfTwoClipsWithTheSameMachineAndNameAndReportsTheOther() throws IOException {
    String name = "section_00_source_train_normal_0000_a_1.wav";
    touch("fan/train/" + name);
    touch("dev_fan/fan/train/" + name, new byte[] {1, 2, 3});
    touch("valve/train/" + name); // another machine type: not a duplicate

    Catalog catalog = DatasetCatalog.scan(fs, root());

    String r = qualifiedRoot();
    assertThat(catalog.entries()).extracting(CatalogEntry::machine, CatalogEntry::path,
        CatalogEntry::sizeBytes).containsExactly(
            tuple(MachineType.of("fan"), r + "/dev_fan/fan/train/" + name, 3L),
            tuple(MachineType.of("valve"), r + "/valve/train/" + name, (long) CLIP.length));
    assertThat(catalog.problems()).singleElement().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(Kind.DUPLICATE_CLIP);
      assertThat(p.path()).isEqualTo(r + "/fan/train/" + name);
      assertThat(p.reason()).isEqualTo("duplicate clip: same machine type, split and file name as "
          + r + "/dev_fan/fan/train/" + name);
    });
  }

  @Test
  void entryPathsOpenTheFileEvenWithSpacesInTheRoot() throws IOException {
    touch("my data/gearbox/test/section_01_target_test_anomaly_0004_volt_1.3.wav");
    // given as a URI this time: file:///…/my%20data/
    Catalog catalog = DatasetCatalog.scan(fs, new Path(tmp.resolve("my data").toUri()));
    assertThat(catalog.root()).endsWith("/my data");
    assertThat(catalog.entries()).singleElement().satisfies(e -> {
      assertThat(e.path()).contains("/my data/gearbox/test/");
      assertThat(fs.getFileStatus(new Path(e.path())).getLen()).isEqualTo(e.sizeBytes());
    });
  }

  @Test
  void aMissingRootOrAFileAsRootFails() throws IOException {
    assertThatThrownBy(() -> DatasetCatalog.scan(fs, new Path(root(), "absent")))
        .isInstanceOf(FileNotFoundException.class);
    touch("file.wav");
    assertThatThrownBy(() -> DatasetCatalog.scan(fs, new Path(root(), "file.wav")))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("data-set root is not a folder or a zip: ")
        .hasMessageEndingWith("/file.wav");
  }

  @Test
  void anEmptyRootIsAnEmptyCatalogThatTheCountCheckFindsIncomplete() throws IOException {
    Catalog catalog = DatasetCatalog.scan(fs, root());
    assertThat(catalog.entries()).isEmpty();
    assertThat(catalog.problems()).isEmpty();
    List<String> lines = new ArrayList<>(CellCounts.FULL.checkDevSet(SynthMachine.types(), catalog.entries()));
    assertThat(lines).hasSize(7 * 3 * 6);
    assertThat(lines.get(0)).startsWith(
        "ToyCar section 00 source train normal: expected 990, found 0; missing 0000, 0001");
  }

  private static String reason(Catalog catalog, String pathSuffix) {
    return catalog.problems().stream().filter(p -> p.path().endsWith(pathSuffix))
        .findFirst().orElseThrow().reason();
  }
}
