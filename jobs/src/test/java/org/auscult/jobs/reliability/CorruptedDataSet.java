package org.auscult.jobs.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.auscult.features.audio.WavFixture;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.MachineType;
import org.auscult.features.synth.ClipSynthesizer;
import org.auscult.features.synth.SynthScale;
import org.auscult.jobs.synth.SynthSettings;
import org.auscult.jobs.synth.SynthStage;

/**
 * The tiny synthetic data set of two machine types (fan, ToyCar: 132 clips), with clips replaced by
 * every kind of bad file and bad files added around them. Knows, for each bad path (relative to
 * the root, '/'-separated), a piece of the reason the features stage must give, and which clips
 * are good.
 */
final class CorruptedDataSet {
  /** Machines of the fixture: fan has a 2-component GMM (MLlib), ToyCar a single Gaussian. */
  static final Set<MachineType> MACHINES = Set.of(MachineType.of("fan"), MachineType.of("ToyCar"));
  static final long SEED = ClipSynthesizer.DEFAULT_SEED;

  private static final int RATE = ClipSynthesizer.SAMPLE_RATE;
  private static final int SAMPLES = ClipSynthesizer.SAMPLES;

  final Path root;
  /** Bad path (relative) → a piece of the reason expected in the errors table. */
  final Map<String, String> bad = new LinkedHashMap<>();
  /** Relative paths of the clips the features table must hold, one per clip. */
  final Set<String> good = new TreeSet<>();
  /** Good test clips per machine, as {@code <machine>/<file name>}: what must be scored. */
  final Set<String> goodTests = new TreeSet<>();

  private CorruptedDataSet(Path root) {
    this.root = root;
  }

  /** Renders the tiny set of {@link #MACHINES} under {@code root} and corrupts it. */
  static CorruptedDataSet build(SparkSession spark, Path root) throws IOException {
    SynthStage.run(spark, new SynthSettings(root.toString(), SynthScale.TINY, SEED, MACHINES, 16,
        Duration.ofMinutes(1)));
    CorruptedDataSet d = new CorruptedDataSet(root);
    d.listRendered();
    d.corrupt();
    return d;
  }

  private void listRendered() throws IOException {
    for (MachineType m : MACHINES) {
      for (String split : List.of("train", "test")) {
        try (Stream<Path> files = Files.list(root.resolve(m.dirName()).resolve(split))) {
          // the synth stage writes through Hadoop's local file system: skip its .crc files
          files.map(f -> f.getFileName().toString()).filter(n -> !n.startsWith("."))
              .forEach(n -> good.add(m.dirName() + "/" + split + "/" + n));
        }
      }
    }
  }

  private void corrupt() throws IOException {
    // files that do not decode; the first piece of each reason is the ClipFeaturizer's wording
    String first = clip("fan", "train", "section_00_source_train_normal_0000");
    byte[] wav = Files.readAllBytes(root.resolve(first));
    replace(first, Arrays.copyOf(wav, wav.length / 2), "(truncated data chunk)");
    replace(clip("fan", "train", "section_00_source_train_normal_0001"), new byte[0],
        "unreadable WAV: too short for a RIFF/WAVE header: 0 bytes");
    replace(clip("fan", "test", "section_00_source_test_normal_0000"),
        "hello, this is not a WAV file\n".getBytes(StandardCharsets.US_ASCII),
        "unreadable WAV: not a RIFF/WAVE file: starts with 'hell'");
    replace(clip("fan", "test", "section_01_target_test_anomaly_0000"),
        WavWriter.toPcm16Mono(new float[0], RATE), "empty: the data chunk holds no samples");
    // read as they come, not bad: a stereo clip (its channel 0), a 44.1 kHz clip (resampled)
    Files.write(root.resolve(clip("fan", "test", "section_01_target_test_normal_0000")),
        WavFixture.pcm(16).channels(2).data(new byte[SAMPLES * 4]).build());
    Files.write(root.resolve(clip("ToyCar", "train", "section_01_source_train_normal_0000")),
        WavWriter.toPcm16Mono(new float[441_000], 44_100));
    replace(clip("ToyCar", "test", "section_02_source_test_anomaly_0000"),
        WavWriter.toPcm16Mono(new float[RATE / 2], RATE),
        "too short: 0.500 s, expected at least 1.000 s");
    float[] nan = new float[SAMPLES];
    nan[1000] = Float.NaN;
    replace(clip("ToyCar", "train", "section_02_source_train_normal_0000"),
        WavFixture.ieeeFloat(32).data(WavFixture.float32(nan)).build(),
        "sample 1000 is NaN: expected finite values");
    float[] inf = new float[SAMPLES];
    inf[0] = Float.POSITIVE_INFINITY;
    replace(clip("ToyCar", "test", "section_00_target_test_normal_0000"),
        WavFixture.ieeeFloat(32).data(WavFixture.float32(inf)).build(),
        "sample 0 is Infinity: expected finite values");
    replace(clip("fan", "train", "section_02_source_train_normal_0000"),
        WavFixture.pcm(16).dataSize(0xFFFF_FFF0L).data(new byte[1000]).build(),
        "declares 4294967280 bytes but only 1000 remain (truncated data chunk)");

    // files the catalog leaves out: wrong places and names, duplicates
    String good0 = clip("fan", "train", "section_00_source_train_normal_0002");
    byte[] goodBytes = Files.readAllBytes(root.resolve(good0));
    add("stray/readme.txt", "not audio".getBytes(StandardCharsets.US_ASCII));
    bad.put("stray/readme.txt", "unexpected file in 'stray': expected machine folders");
    add("fan/train/normal_id_00_00000000.wav", goodBytes);
    bad.put("fan/train/normal_id_00_00000000.wav", "a DCASE 2020 (…_id_NN_…) name among");
    add("fan/train/section_0_source_train_normal_0000_m-n_W.wav", goodBytes);
    bad.put("fan/train/section_0_source_train_normal_0000_m-n_W.wav", "section_0_");
    add("fan/test/recording.wav", goodBytes);
    bad.put("fan/test/recording.wav", "expected it to start with section_SS_");
    add("fan/train/notes.txt", "not audio".getBytes(StandardCharsets.US_ASCII));
    bad.put("fan/train/notes.txt", "not a .wav clip");
    String testName = clip("fan", "test", "section_00_source_test_anomaly_0001");
    add("fan/train/" + Path.of(testName).getFileName(), Files.readAllBytes(root.resolve(testName)));
    bad.put("fan/train/" + Path.of(testName).getFileName(),
        "the name says test but the clip is in the train/ folder");
    // the same clip under the zip layout and the baseline's layout: the catalog keeps the first in
    // path order (dev_data/ < dev_fan/ < fan/) and lists the others as duplicates
    String name0 = Path.of(good0).getFileName().toString();
    add("dev_data/fan/train/" + name0, goodBytes);
    add("dev_fan/fan/train/" + name0, goodBytes);
    good.remove(good0);
    good.add("dev_data/fan/train/" + name0);
    bad.put("dev_fan/fan/train/" + name0, "duplicate clip: same machine type, split and file name as");
    bad.put(good0, "duplicate clip: same machine type, split and file name as");

    for (String g : good) {
      String[] parts = g.split("/");
      if (parts[parts.length - 2].equals("test")) {
        goodTests.add(parts[parts.length - 3] + "/" + parts[parts.length - 1]);
      }
    }
  }

  /** The relative path of the rendered clip whose name starts with {@code prefix}. */
  private String clip(String machine, String split, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve(machine).resolve(split))) {
      return machine + "/" + split + "/" + files.map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith(prefix + "_")).findFirst()
          .orElseThrow(() -> new IllegalStateException("no clip " + prefix + " in " + machine));
    }
  }

  private void replace(String relative, byte[] bytes, String reason) throws IOException {
    Files.write(root.resolve(relative), bytes);
    good.remove(relative);
    bad.put(relative, reason);
  }

  private void add(String relative, byte[] bytes) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  /** {@code path} (a Hadoop path string such as file:/tmp/…/fan/x.wav) relative to the root. */
  String relative(String path) {
    String r = root.toUri().getPath();
    int at = path.indexOf(r);
    if (at < 0) {
      throw new IllegalArgumentException(path + " is not under " + r);
    }
    return path.substring(at + r.length());
  }
}
