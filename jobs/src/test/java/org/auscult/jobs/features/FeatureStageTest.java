package org.auscult.jobs.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.auscult.features.audio.WavFixture;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;
import org.auscult.jobs.FeaturesJob;
import org.auscult.jobs.cli.ExitCodes;
import org.auscult.jobs.cli.StageFailedException;
import org.auscult.jobs.io.StageOutput;
import org.auscult.jobs.spark.SharedSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeatureStageTest {
  private final SparkSession spark = SharedSpark.session();

  private static float[] tone(double hz, int n) {
    float[] x = new float[n];
    for (int i = 0; i < n; i++) {
      x[i] = (float) (0.2 * Math.sin(2 * Math.PI * hz * i / 16000.0));
    }
    return x;
  }

  /**
   * fan and valve, section 00: 3 train + 2 test clips each, one corrupt and one half-second clip
   * (bad), one stereo clip (its channel 0 is read) and one clip of 10.6 s (read whole).
   */
  private static Path dataSet(Path root) throws IOException {
    for (String machine : List.of("fan", "valve")) {
      for (int i = 0; i < 3; i++) {
        write(root, machine, ClipName.dev(0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, i, "a_1"),
            WavWriter.toPcm16Mono(tone(300 + 50 * i, 160000), 16000));
      }
      write(root, machine, ClipName.dev(0, Domain.TARGET, Split.TEST, Label.ANOMALY, 0, "a_2"),
          WavWriter.toPcm16Mono(tone(900, 170000), 16000));
      write(root, machine, ClipName.evalTest(3, 7),
          WavWriter.toPcm16Mono(tone(500, 160000), 16000));
    }
    write(root, "fan", ClipName.dev(0, Domain.SOURCE, Split.TEST, Label.NORMAL, 1, "a_1"),
        "RIFF garbage".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    write(root, "valve", ClipName.dev(0, Domain.SOURCE, Split.TEST, Label.NORMAL, 1, "a_1"),
        WavWriter.toPcm16Mono(tone(700, 8000), 16000));
    write(root, "valve", ClipName.dev(0, Domain.TARGET, Split.TEST, Label.NORMAL, 2, "a_1"),
        WavFixture.pcm(16).channels(2).sampleRate(16000).data(new byte[160000 * 4]).build());
    return root;
  }

  private static void write(Path root, String machine, ClipName name, byte[] bytes)
      throws IOException {
    Path p = root.resolve(machine).resolve(name.split().token()).resolve(name.fileName());
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static FeatureSettings settings(Path data, Path out, int maxBad) {
    return FeatureSettings.from(ConfigFactory.load(), data.toString(), out.toString(), null,
        maxBad, null);
  }

  @Test
  void writesGoodClipsAndListsBadOnes(@TempDir Path tmp) throws IOException {
    Path data = dataSet(tmp.resolve("data"));
    Path out = tmp.resolve("features");
    FeatureReport report = FeatureStage.run(spark, settings(data, out, 5));

    assertThat(report.clips()).isEqualTo(11);
    assertThat(report.bad()).extracting(FeatureReport.BadClip::reason)
        .anySatisfy(r -> assertThat(r).contains("unreadable WAV"))
        .anySatisfy(r -> assertThat(r).contains("too short: 0.500 s"));
    assertThat(report.bad()).hasSize(2);
    assertThat(out.resolve(StageOutput.SUCCESS)).exists();
    assertThat(out.resolve(StageOutput.MANIFEST)).exists();

    Dataset<Row> clips = spark.read().parquet(out.resolve(FeatureStage.CLIPS).toString());
    assertThat(clips.count()).isEqualTo(11);
    assertThat(clips.columns()).containsExactlyInAnyOrder("section", "domain", "split", "label",
        "index", "attributes", "file_name", "path", "n_frames", "n_mels", "logmel", "gwrp",
        "layout", "channel", "sample_rate", "machine");
    assertThat(clips.schema().apply("logmel").dataType())
        .isEqualTo(DataTypes.createArrayType(DataTypes.FloatType, true));
    Row anomaly = clips.where("machine = 'valve' AND label = 'anomaly'").first();
    // 170,000 samples, read whole: 1 + 170000 / 512 frames
    assertThat(anomaly.<Integer>getAs("n_frames")).isEqualTo(333);
    assertThat(anomaly.getList(anomaly.fieldIndex("logmel"))).hasSize(333 * 128);
    assertThat(anomaly.<String>getAs("layout")).isEqualTo("dcase2022");
    assertThat(anomaly.<Integer>getAs("sample_rate")).isEqualTo(16000);
    Row stereo = clips.where("machine = 'valve' AND index = 2").first();
    assertThat(stereo.<Integer>getAs("channel")).isZero();
    assertThat(anomaly.getList(anomaly.fieldIndex("gwrp"))).hasSize(128);
    Row eval = clips.where("machine = 'fan' AND section = '03'").first();
    assertThat(eval.<String>getAs("label")).isNull();
    assertThat(eval.<String>getAs("domain")).isNull();
    assertThat(eval.<String>getAs("file_name")).isEqualTo("section_03_0007.wav");

    Dataset<Row> errors = spark.read().parquet(out.resolve(FeatureStage.ERRORS).toString());
    assertThat(errors.count()).isEqualTo(2);
    assertThat(errors.columns()).containsExactly("path", "reason");
  }

  @Test
  void aZipAndItsUnpackedTreeGiveIdenticalFeatures(@TempDir Path tmp) throws IOException {
    Path data = dataSet(tmp.resolve("unpacked").resolve("dev_fan"));
    Path zips = Files.createDirectories(tmp.resolve("zips"));
    // as downloaded: dev_fan.zip holds dev_fan/fan/… and dev_fan/valve/…
    try (var z = new java.util.zip.ZipOutputStream(Files.newOutputStream(
        zips.resolve("dev_fan.zip")))) {
      try (var files = Files.walk(data)) {
        for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
          z.putNextEntry(new java.util.zip.ZipEntry("dev_fan/"
              + data.relativize(f).toString().replace('\\', '/')));
          z.write(Files.readAllBytes(f));
          z.closeEntry();
        }
      }
    }
    FeatureReport fromTree = FeatureStage.run(spark, settings(tmp.resolve("unpacked"),
        tmp.resolve("f-tree"), 5));
    FeatureReport fromZip = FeatureStage.run(spark, settings(zips.resolve("dev_fan.zip"),
        tmp.resolve("f-zip"), 5));

    assertThat(fromZip.clips()).isEqualTo(fromTree.clips()).isEqualTo(11);
    assertThat(fromZip.bad()).hasSize(2);
    String cols = "machine, split, file_name, n_frames, logmel, gwrp";
    List<Row> tree = spark.read().parquet(tmp.resolve("f-tree").resolve(FeatureStage.CLIPS)
        .toString()).selectExpr(cols.split(", ")).orderBy("machine", "split", "file_name")
        .collectAsList();
    List<Row> zip = spark.read().parquet(tmp.resolve("f-zip").resolve(FeatureStage.CLIPS)
        .toString()).selectExpr(cols.split(", ")).orderBy("machine", "split", "file_name")
        .collectAsList();
    assertThat(zip).isEqualTo(tree);
    assertThat(spark.read().parquet(tmp.resolve("f-zip").resolve(FeatureStage.CLIPS).toString())
        .where("path LIKE '%dev_fan.zip!/dev_fan/fan/train/%'").count()).isEqualTo(3);
  }

  @Test
  void tooManyBadClipsExitNonZeroWithTheCountAfterWritingTheGoodOnes(@TempDir Path tmp)
      throws IOException {
    Path data = dataSet(tmp.resolve("data"));
    Path out = tmp.resolve("features");
    FeatureSettings s = settings(data, out, 0);
    FeatureReport report = FeatureStage.run(spark, s);
    assertThatThrownBy(() -> invokeExitCode(report, s))
        .isInstanceOf(StageFailedException.class)
        .hasMessageContaining("2 bad clips")
        .satisfies(e -> assertThat(((StageFailedException) e).exitCode())
            .isEqualTo(ExitCodes.TOO_MANY_BAD));
    assertThat(spark.read().parquet(out.resolve(FeatureStage.CLIPS).toString()).count())
        .isEqualTo(11);
  }

  private static int invokeExitCode(FeatureReport report, FeatureSettings s) throws Exception {
    var m = FeaturesJob.class.getDeclaredMethod("exitCode", FeatureReport.class,
        FeatureSettings.class);
    m.setAccessible(true);
    try {
      return (int) m.invoke(null, report, s);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  @Test
  void aRerunReplacesTheOutputWithIdenticalFeatures(@TempDir Path tmp) throws IOException {
    Path data = dataSet(tmp.resolve("data"));
    Path out = tmp.resolve("features");
    FeatureStage.run(spark, settings(data, out, 5));
    List<Row> first = spark.read().parquet(out.resolve(FeatureStage.CLIPS).toString())
        .orderBy("machine", "path").select("path", "logmel", "gwrp").collectAsList();
    Files.delete(data.resolve("fan/train").resolve(
        ClipName.dev(0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, 2, "a_1").fileName()));
    FeatureStage.run(spark, settings(data, out, 5));
    List<Row> second = spark.read().parquet(out.resolve(FeatureStage.CLIPS).toString())
        .orderBy("machine", "path").select("path", "logmel", "gwrp").collectAsList();
    assertThat(second).hasSize(first.size() - 1);
    assertThat(first).containsAll(second);
    try (var siblings = Files.list(tmp)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("data", "features");
    }
  }

  @Test
  void aMissingRootIsNamed(@TempDir Path tmp) {
    assertThatThrownBy(() -> FeatureStage.run(spark, settings(tmp.resolve("nope"),
        tmp.resolve("out"), 0)))
        .isInstanceOf(IOException.class).hasMessageContaining("nope");
  }
}
