package org.auscult.jobs.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.auscult.features.audio.WavWriter;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.Label;
import org.auscult.features.dataset.Split;

/**
 * A data set of a few sine clips in the real layout, for tests about folders rather than sounds:
 * fan, section 00, {@value #TRAIN} normal training clips and one test clip per domain and label.
 */
final class MiniDataSet {
  static final int TRAIN = 3;
  static final int CLIPS = TRAIN + 4;

  private MiniDataSet() {}

  /** Writes the clips under {@code root}; returns {@code root}. */
  static Path write(Path root) throws IOException {
    for (int i = 0; i < TRAIN; i++) {
      write(root, ClipName.dev(0, Domain.SOURCE, Split.TRAIN, Label.NORMAL, i, "a_1"),
          300 + 40 * i);
    }
    int n = 0;
    for (Domain d : Domain.values()) {
      for (Label l : Label.values()) {
        write(root, ClipName.dev(0, d, Split.TEST, l, 0, "a_1"), 500 + 70 * n++);
      }
    }
    return root;
  }

  /** Writes a file where a clip of {@code name} belongs, with {@code bytes} as its content. */
  static void write(Path root, ClipName name, byte[] bytes) throws IOException {
    Path p = root.resolve("fan").resolve(name.split().token()).resolve(name.fileName());
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
  }

  private static void write(Path root, ClipName name, double hz) throws IOException {
    float[] x = new float[160_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (0.2 * Math.sin(2 * Math.PI * hz * i / 16_000.0));
    }
    write(root, name, WavWriter.toPcm16Mono(x, 16_000));
  }
}
