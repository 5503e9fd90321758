package org.auscult.training.kind;

import java.io.IOException;
import org.auscult.training.model.ModelFiles;

/**
 * A model being fitted, written out as its files: what every clip set reads its own copy from
 * before it maps the model over its clips, so a function sees exactly what the model wrote (in
 * this JVM as on Spark) and never the object being fitted.
 */
public final class FittingModelFiles {
  private FittingModelFiles() {}

  /** The files {@code model} of {@code kind} writes, named for messages as being fitted. */
  public static ModelFiles of(ModelKind kind, AnomalyModel model) throws IOException {
    ModelFiles.Builder files = new ModelFiles.Builder();
    model.write(files);
    return files.build("the " + kind.name() + " model being fitted");
  }
}
