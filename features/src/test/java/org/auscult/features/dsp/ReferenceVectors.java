package org.auscult.features.dsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Reads the librosa reference files of {@code ../shared/vectors/logmel/} (see their README). */
final class ReferenceVectors {

  /** Rows (mel bands) and columns (frames) of each {@code logmel_<sig>.csv}. */
  static final int MELS = 128;
  static final int FRAMES = 32;

  private ReferenceVectors() {
  }

  static Path dir() {
    String shared = System.getProperty("auscult.shared");
    if (shared == null) {
      throw new IllegalStateException("system property auscult.shared is not set (the parent pom sets it)");
    }
    Path dir = Paths.get(shared, "vectors", "logmel");
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException("no reference vectors at " + dir);
    }
    return dir;
  }

  static List<String> lines(String file) {
    try {
      return Files.readAllLines(dir().resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read reference file " + file, e);
    }
  }

  /** A headerless numeric CSV as [row][column]. */
  static double[][] matrix(String file) {
    return lines(file).stream()
        .filter(l -> !l.isBlank())
        .map(l -> {
          String[] cells = l.split(",");
          double[] row = new double[cells.length];
          for (int i = 0; i < cells.length; i++) {
            row[i] = Double.parseDouble(cells[i].trim());
          }
          return row;
        })
        .toArray(double[][]::new);
  }

  /** A numeric CSV with one header line, as [row][column]. */
  static double[][] matrixAfterHeader(String file) {
    List<String> all = lines(file);
    return all.subList(1, all.size()).stream()
        .filter(l -> !l.isBlank())
        .map(l -> {
          String[] cells = l.split(",");
          double[] row = new double[cells.length];
          for (int i = 0; i < cells.length; i++) {
            row[i] = Double.parseDouble(cells[i].trim());
          }
          return row;
        })
        .toArray(double[][]::new);
  }
}
