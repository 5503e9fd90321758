package org.auscult.training.kinds.embedding;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.ModelFiles;

/**
 * {@code embedding}: a CNN embedding of log-mel patches; a clip far (in cosine distance) from its
 * section's normal training clips is anomalous.
 */
public final class EmbeddingKind implements ModelKind {

  @Override
  public String name() {
    return "embedding";
  }

  @Override
  public String summary() {
    return "embedding CNN (DL4J): cosine distance to the section's k-means centres of source "
        + "training clips and to each target training clip";
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    double margin = c.getDouble(p + "margin");
    if (!(margin >= 0)) {
      throw ConfigValues.invalid(c, p + "margin", "a number >= 0");
    }
    return new EmbeddingTrainer(CommonSettings.from(c),
        ConfigValues.intAtLeast(c, p + "epochs", 1),
        ConfigValues.intAtLeast(c, p + "batch-size", 1),
        ConfigValues.positive(c, p + "learning-rate"),
        ConfigValues.intAtLeast(c, p + "patch-hop", 1),
        ConfigValues.oneOf(c, p + "size", "quick", "baseline"), margin,
        ConfigValues.intAtLeast(c, p + "source-centres", 1));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return EmbeddingModel.read(files);
  }
}
