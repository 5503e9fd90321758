package org.auscult.training.kinds.classifier;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.model.ModelFiles;

/**
 * {@code classifier}: a CNN that tells the sections apart; a clip its model cannot place in its own
 * section is anomalous (the DCASE 2022 MobileNetV2 baseline's score).
 */
public final class ClassifierKind implements ModelKind {

  @Override
  public String name() {
    return "classifier";
  }

  @Override
  public String summary() {
    return "section classifier CNN (DL4J): mean log((1 - p) / p) of the clip's own section "
        + "over its patches";
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    return new ClassifierTrainer(CommonSettings.from(c),
        ConfigValues.intAtLeast(c, p + "epochs", 1),
        ConfigValues.intAtLeast(c, p + "batch-size", 1),
        ConfigValues.positive(c, p + "learning-rate"),
        ConfigValues.intAtLeast(c, p + "patch-hop", 1),
        ConfigValues.oneOf(c, p + "scope", "machine", "all").equals("all"),
        ConfigValues.oneOf(c, p + "size", "quick", "baseline"));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return ClassifierModel.read(files);
  }
}
