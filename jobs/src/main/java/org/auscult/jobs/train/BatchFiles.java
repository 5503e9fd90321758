package org.auscult.jobs.train;

import java.io.Serializable;
import java.util.List;

/** Minibatch files written for one training run: their paths and how many examples they hold. */
public record BatchFiles(String directory, List<String> paths, long examples)
    implements Serializable {
  public BatchFiles {
    paths = List.copyOf(paths);
  }

  /** Number of minibatch files. */
  public int count() {
    return paths.size();
  }
}
