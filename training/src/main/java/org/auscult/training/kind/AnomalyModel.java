package org.auscult.training.kind;

import java.io.IOException;
import org.auscult.training.model.ModelFiles;

/** A fitted model: scores clips, and writes its files, which its kind reads back. */
public interface AnomalyModel {

  /** A scorer for one thread. */
  ClipScorer scorer();

  /** Writes the model's files (the stage adds the manifest beside them). */
  void write(ModelFiles.Builder files) throws IOException;
}
