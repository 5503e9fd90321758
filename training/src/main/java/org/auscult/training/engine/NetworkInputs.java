package org.auscult.training.engine;

import java.io.IOException;
import java.util.Objects;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.inputs.Standardizer;
import org.auscult.training.model.ModelFiles;

/**
 * How a network's inputs are made from a clip's log-mel, saved beside it as {@value #FILE}: the
 * frame grouping and the standardisation fitted on its training clips.
 */
public record NetworkInputs(FeatureParameters features, Standardizer standardizer) {
  /** The file name in a model. */
  public static final String FILE = "inputs.json";

  public NetworkInputs {
    Objects.requireNonNull(features, "features");
    Objects.requireNonNull(standardizer, "standardizer");
  }

  /** Adds this to {@code files}. */
  public void write(ModelFiles.Builder files) throws IOException {
    files.putJson(FILE, this);
  }

  /** The inputs saved in {@code files}. */
  public static NetworkInputs read(ModelFiles files) throws IOException {
    return files.json(FILE, NetworkInputs.class);
  }
}
