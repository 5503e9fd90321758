package org.auscult.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Collections;

/**
 * The official evaluator's reference cases, {@code reference/dcase2022-task2-evaluator/<case>/} in
 * the test resources (their {@code PROVENANCE.md} says where they come from). The jobs module's
 * tests see the same folder among their own test resources.
 */
public final class ReferenceCases {
  private static final String ROOT = "reference/dcase2022-task2-evaluator/";

  private ReferenceCases() {}

  /** The folder of case {@code name}, e.g. {@code c1_1m3s_noties}. */
  public static Path dir(String name) {
    try {
      // a folder on the class path, not a copy inside a test jar: the cases are read as files
      for (URL url : Collections.list(ReferenceCases.class.getClassLoader().getResources(ROOT))) {
        if ("file".equals(url.getProtocol())) {
          Path dir = Path.of(url.toURI()).resolve(name);
          if (dir.toFile().isDirectory()) {
            return dir;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    throw new IllegalStateException("no reference case " + ROOT + name + " in a test-resource "
        + "folder on the class path (evaluation/src/test/resources)");
  }
}
