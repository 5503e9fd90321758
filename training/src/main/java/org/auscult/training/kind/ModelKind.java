package org.auscult.training.kind;

import com.typesafe.config.Config;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.auscult.training.model.ModelFiles;

/**
 * A kind of anomaly model: its name, its trainer made from its own configuration block
 * ({@code auscult.training.<name>}), and how its models are read back from a bundle. Stateless;
 * registered once in {@link ModelKinds}. The train and score stages know kinds only through this
 * interface.
 */
public interface ModelKind {

  /** The name on the command line, in configuration and as the model folder ({@code ae}). */
  String name();

  /** One line for {@code --help}, the demo and the README's table. */
  String summary();

  /**
   * What the score files and the report must say beside this kind's scores (a reference that uses
   * anomaly labels is not a DCASE system), or {@code null}.
   */
  default String note() {
    return null;
  }

  /** The feature columns scoring reads. */
  default Set<ClipQuery.Column> scoringColumns() {
    return EnumSet.of(ClipQuery.Column.LOG_MEL);
  }

  /**
   * The trainer with this kind's settings, read and checked now.
   *
   * @throws com.typesafe.config.ConfigException naming the key of a bad value
   */
  Trainer trainer(Config config);

  /**
   * Reads a model of this kind from the files it wrote.
   *
   * @throws org.auscult.training.model.ModelFormatException when the files are not of this
   *     kind or are damaged, naming them
   */
  AnomalyModel read(ModelFiles files) throws IOException;

  /** The configuration block of this kind's settings. */
  default String settingsPath() {
    return "auscult.training." + name();
  }
}
