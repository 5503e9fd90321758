package org.auscult.training.kinds.embedding;

import com.typesafe.config.Config;
import java.io.IOException;
import org.auscult.training.config.ConfigValues;
import org.auscult.training.inputs.StatisticsExchange;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.Trainer;
import org.auscult.training.kinds.NetworkTraining;
import org.auscult.training.model.ModelFiles;
import org.auscult.training.nets.ClipEncoderSettings;
import org.auscult.training.nets.EmbeddingSettings;

/**
 * {@code embedding}: the auxiliary-task recipe of the DCASE winners since 2021. One network for
 * every machine type learns to tell apart every (machine, section, attribute, domain) class of the
 * normal training clips with sub-cluster AdaCos; a clip is anomalous when its embedding is far from
 * its section's normal training clips.
 */
public final class EmbeddingKind implements ModelKind {

  @Override
  public String name() {
    return "embedding";
  }

  @Override
  public String summary() {
    return "auxiliary-task embedding (DL4J, one network for all machine types, sub-cluster "
        + "AdaCos over machine × section × attribute × domain classes): Mahalanobis (or cosine) "
        + "distance to the section's source clips and target clips, per domain in units of their "
        + "spread";
  }

  @Override
  public Trainer trainer(Config c) {
    String p = settingsPath() + ".";
    String loss = ConfigValues.oneOf(c, p + "loss",
        EmbeddingSettings.LOSSES.toArray(String[]::new));
    double mixup = ConfigValues.share(c, p + "mixup");
    if (loss.equals("triplet") && mixup > 0) {
      throw ConfigValues.invalid(c, p + "mixup", "0 with loss = triplet (triplets need one class "
          + "per example)");
    }
    double exchange = ConfigValues.share(c, p + "statistics-exchange");
    if (loss.equals("triplet") && exchange > 0) {
      throw ConfigValues.invalid(c, p + "statistics-exchange", "0 with loss = triplet (triplets "
          + "need one class per example)");
    }
    var axis = StatisticsExchange.Axis.valueOf(ConfigValues.oneOf(c,
        p + "statistics-exchange-axis", "frame", "bin").toUpperCase(java.util.Locale.ROOT));
    NetworkTraining training = NetworkTraining.from(c, p, 2);
    String size = ConfigValues.oneOf(c, p + "size", "quick", "baseline");
    int frames = ConfigValues.intAtLeast(c, p + "frames", 8);
    int subclusters = ConfigValues.intAtLeast(c, p + "subclusters", 1);
    // the embedding's width depends on the size alone; seed, step and mels are placeholders here
    int width = ClipEncoderSettings.of(size, 0, 1, 1, frames).embeddingSize();
    if (loss.equals("adaproj") && subclusters > width) {
      throw ConfigValues.invalid(c, p + "subclusters", "at most the embedding's " + width
          + " dimensions with loss = adaproj (a class subspace of that many directions)");
    }
    return new EmbeddingTrainer(CommonSettings.from(c), training, size, frames, loss,
        subclusters, mixup, exchange, axis,
        ConfigValues.intAtLeast(c, p + "max-repeat", 1),
        ConfigValues.intAtLeast(c, p + "source-centres", 1),
        ConfigValues.oneOf(c, p + "distance", "mahalanobis", "cosine").equals("mahalanobis"));
  }

  @Override
  public AnomalyModel read(ModelFiles files) throws IOException {
    return EmbeddingModel.read(files);
  }
}
