package org.auscult.features.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributesCsvTest {
  private static final String SOURCE = "hdfs://nn/dcase/valve/attributes_02.csv";

  private static AttributesCsv.Row row(String fileName, String... keyValues) {
    List<Attribute> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      pairs.add(new Attribute(keyValues[i], keyValues[i + 1]));
    }
    return new AttributesCsv.Row(fileName, pairs);
  }

  @Test
  void parsesTheRealFormWithRowsOfDifferentLengths() throws Exception {
    String text = "\uFEFFfile_name,d1p,d1v,d2p,d2v\r\n"
        + "valve/train/section_02_source_train_normal_0000_v1pat_04_v2pat_05.wav,v1pat,04,v2pat,05\r\n"
        + "valve/train/section_02_source_train_normal_0001_v1pat_04.wav,v1pat,04\r\n"
        + "valve/train/section_02_source_train_normal_0002_v2pat_05.wav,v2pat,05,,\r\n"
        + "\r\n";
    assertThat(AttributesCsv.parse(SOURCE, text)).containsExactly(
        row("valve/train/section_02_source_train_normal_0000_v1pat_04_v2pat_05.wav",
            "v1pat", "04", "v2pat", "05"),
        row("valve/train/section_02_source_train_normal_0001_v1pat_04.wav", "v1pat", "04"),
        row("valve/train/section_02_source_train_normal_0002_v2pat_05.wav", "v2pat", "05"));
  }

  @Test
  void writesThePathFormAndAHeaderSizedForTheLongestRow() throws Exception {
    ClipName a = ClipName.parse("section_00_source_train_normal_0000_car_A1_spd_28V_mic_1_noise_1.wav");
    ClipName b = ClipName.parse("section_00_target_test_anomaly_0003_car_B2.wav");
    List<AttributesCsv.Row> rows = List.of(
        AttributesCsv.rowOf(MachineType.of("ToyCar"), a), AttributesCsv.rowOf(MachineType.of("ToyCar"), b));
    String text = AttributesCsv.format(rows);
    assertThat(text).isEqualTo("file_name,d1p,d1v,d2p,d2v,d3p,d3v,d4p,d4v\n"
        + "ToyCar/train/section_00_source_train_normal_0000_car_A1_spd_28V_mic_1_noise_1.wav,"
        + "car,A1,spd,28V,mic,1,noise,1\n"
        + "ToyCar/test/section_00_target_test_anomaly_0003_car_B2.wav,car,B2\n");
    assertThat(AttributesCsv.parse(SOURCE, text)).isEqualTo(rows);
    assertThat(rows.get(1).clipFileName()).isEqualTo(b.fileName());
    assertThat(AttributesCsv.fileName(2)).isEqualTo("attributes_02.csv");
  }

  @Test
  void aBareClipNameIsAcceptedAsFileName() throws Exception {
    AttributesCsv.Row r = AttributesCsv.parse(SOURCE,
        "file_name,d1p,d1v\nsection_00_source_train_normal_0000_m-n_W.wav,m-n,W\n").get(0);
    assertThat(r.clipFileName()).isEqualTo(r.fileName());
  }

  @Test
  void clipsWithoutAttributesGetAnEmptyRowAndTheMinimalHeader() throws Exception {
    ClipName c = ClipName.parse("section_00_source_train_normal_0000.wav");
    String text = AttributesCsv.format(List.of(AttributesCsv.rowOf(MachineType.of("fan"), c)));
    assertThat(text).isEqualTo("file_name,d1p,d1v\nfan/train/section_00_source_train_normal_0000.wav\n");
    assertThat(AttributesCsv.parse(SOURCE, text).get(0).attributes()).isEmpty();
    assertThatThrownBy(() -> AttributesCsv.rowOf(MachineType.of("fan"),
        ClipName.parse("section_00_source_train_normal_0000_noise_1_extra.wav")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("attributes 'noise_1_extra'");
  }

  @Test
  void quotesCellsThatNeedItAndReadsThemBack() throws Exception {
    List<AttributesCsv.Row> rows = List.of(row("fan/train/x,y.wav", "say \"hi\"", "a,b"));
    String text = AttributesCsv.format(rows);
    assertThat(text).endsWith("\"fan/train/x,y.wav\",\"say \"\"hi\"\"\",\"a,b\"\n");
    assertThat(AttributesCsv.parse(SOURCE, text)).isEqualTo(rows);
    assertThatThrownBy(() -> AttributesCsv.format(List.of(row("a.wav", "k", "v\nw"))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reportsEachDefectWithFileAndLine() {
    String h = "file_name,d1p,d1v\n";
    assertDefect("", 1, "expected the header file_name,d1p,d1v");
    assertDefect("name,d1p,d1v\n", 1, "expected the first column 'file_name', found 'name'");
    assertDefect("file_name,d1p,d2v\n", 1, "expected column 'd1v' at position 3, found 'd2v'");
    assertDefect("file_name,d1p,d1v,d2p\n", 1, "column 'd2p' has no 'd2v' after it");
    assertDefect(h + "a.wav,k,v,k2,v2\n", 2, "4 attribute cells, but the header has columns for 1");
    assertDefect(h + "a.wav,k\n", 2, "d1p 'k' has no value");
    assertDefect(h + ",k,v\n", 2, "empty file_name");
    assertDefect("file_name,d1p,d1v,d2p,d2v\na.wav,,,k,v\n", 2, "empty d1p before later attributes");
    assertDefect(h + "a.wav,k,v\nb.wav,k,v\na.wav,k,w\n", 4, "file_name 'a.wav' already appears on line 2");
    assertDefect(h + "\"a.wav,k,v\n", 2, "unterminated quote in cell 1");
    assertDefect(h + "\"a\"b.wav,k,v\n", 2, "text after the closing quote of cell 1");
  }

  private static void assertDefect(String text, int line, String defect) {
    assertThatThrownBy(() -> AttributesCsv.parse(SOURCE, text))
        .isInstanceOf(AttributesFormatException.class)
        .hasMessageStartingWith(SOURCE + " line " + line + ": " + defect)
        .satisfies(e -> assertThat(((AttributesFormatException) e).line()).isEqualTo(line));
  }

  @Test
  void writesAndReadsThroughAHadoopFileSystem(@TempDir java.nio.file.Path tmp) throws IOException {
    FileSystem fs = FileSystem.getLocal(new Configuration());
    Path file = new Path(new Path(tmp.toUri()), "fan/attributes_00.csv");
    List<AttributesCsv.Row> rows = List.of(row("fan/train/a.wav", "m-n", "W"));
    AttributesCsv.write(fs, file, rows);
    assertThat(AttributesCsv.read(fs, file)).isEqualTo(rows);

    java.nio.file.Path bad = tmp.resolve("bad.csv");
    Files.write(bad, new byte[] {'f', (byte) 0xC3, 0x28});
    assertThatThrownBy(() -> AttributesCsv.read(fs, new Path(bad.toUri())))
        .isInstanceOf(AttributesFormatException.class)
        .hasMessageEndingWith("bad.csv: not valid UTF-8");

    java.nio.file.Path big = tmp.resolve("big.csv");
    Files.write(big, new byte[AttributesCsv.MAX_BYTES + 1]);
    assertThatThrownBy(() -> AttributesCsv.read(fs, new Path(big.toUri())))
        .isInstanceOf(AttributesFormatException.class)
        .hasMessageEndingWith("big.csv: file of 16777217 bytes is larger than the limit of 16777216");
    assertThat(new String(Files.readAllBytes(tmp.resolve("fan/attributes_00.csv")),
        StandardCharsets.UTF_8)).isEqualTo("file_name,d1p,d1v\nfan/train/a.wav,m-n,W\n");
  }
}
