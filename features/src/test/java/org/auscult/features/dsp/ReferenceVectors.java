package org.auscult.features.dsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the librosa reference files in the test resources, {@code reference/librosa-0.9.1/} (see
 * its {@code PROVENANCE.md}).
 */
final class ReferenceVectors {

  /** Rows (mel bands) and columns (frames) of each {@code logmel_<sig>.csv}. */
  static final int MELS = 128;
  static final int FRAMES = 32;

  private ReferenceVectors() {
  }

  static Path dir() {
    URL dir = ReferenceVectors.class.getResource("/reference/librosa-0.9.1/");
    if (dir == null) {
      throw new IllegalStateException("no reference vectors reference/librosa-0.9.1/ on the test "
          + "class path (features/src/test/resources)");
    }
    try {
      return Path.of(dir.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot read the reference vectors at " + dir, e);
    }
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
    return rows(lines(file));
  }

  /** A numeric CSV with one header line, as [row][column]. */
  static double[][] matrixAfterHeader(String file) {
    List<String> all = lines(file);
    return rows(all.subList(1, all.size()));
  }

  private static double[][] rows(List<String> lines) {
    return lines.stream()
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
