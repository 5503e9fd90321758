package org.auscult.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Folder trees of small text files for tests: score folders, ground truth, run folders. */
public final class FileTrees {
  private FileTrees() {}

  /** Writes {@code text} to {@code root/relative}, making the folders on the way. */
  public static Path write(Path root, String relative, String text) throws IOException {
    Path p = root.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, text);
  }
}
