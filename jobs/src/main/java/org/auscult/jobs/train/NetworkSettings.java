package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.io.Serializable;
import org.auscult.jobs.config.StageConfig;

/**
 * A network's training settings from {@code auscult.training.<model>}.
 *
 * @param hop frames between training context vectors (ae) or patches (classifier, embedding)
 * @param scope classifier only: {@code machine} (3 sections per model) or {@code all} (21 classes)
 * @param size {@code quick} or {@code baseline} network size (CNNs)
 * @param margin embedding only: triplet margin
 * @param sourceCentres embedding only: k-means centres of a section's source training embeddings
 */
public record NetworkSettings(int epochs, int batchSize, double learningRate, int hop, String scope,
    String size, double margin, int sourceCentres) implements Serializable {

  public NetworkSettings {
    positive("epochs", epochs);
    positive("batch-size", batchSize);
    positive("hop", hop);
    if (!(learningRate > 0)) {
      throw new IllegalArgumentException("learning-rate must be > 0, got " + learningRate);
    }
    if (!scope.equals("machine") && !scope.equals("all")) {
      throw new IllegalArgumentException("auscult.training.classifier.scope must be machine or "
          + "all, got " + scope);
    }
    if (!size.equals("quick") && !size.equals("baseline")) {
      throw new IllegalArgumentException("network size must be quick or baseline, got " + size);
    }
  }

  /** Reads {@code auscult.training.<model>}. */
  public static NetworkSettings from(Config c, ModelChoice model) {
    String p = "auscult.training." + model.token() + ".";
    if (!model.isNetwork()) {
      throw new IllegalArgumentException(model + " is not a network");
    }
    // each value checked with its key's name, so a bad one is a configuration error (exit 3)
    int epochs = StageConfig.intAtLeast(c, p + "epochs", 1);
    int batch = StageConfig.intAtLeast(c, p + "batch-size", 1);
    double rate = c.getDouble(p + "learning-rate");
    if (!(rate > 0)) {
      throw StageConfig.invalid(c, p + "learning-rate", "a number > 0");
    }
    return switch (model) {
      case AE -> new NetworkSettings(epochs, batch, rate,
          StageConfig.intAtLeast(c, p + "context-hop", 1), "machine", "baseline", 0, 0);
      case CLASSIFIER -> new NetworkSettings(epochs, batch, rate,
          StageConfig.intAtLeast(c, p + "patch-hop", 1),
          StageConfig.oneOf(c, p + "scope", "machine", "all"),
          StageConfig.oneOf(c, p + "size", "quick", "baseline"), 0, 0);
      default -> new NetworkSettings(epochs, batch, rate,
          StageConfig.intAtLeast(c, p + "patch-hop", 1), "machine",
          StageConfig.oneOf(c, p + "size", "quick", "baseline"), c.getDouble(p + "margin"),
          StageConfig.intAtLeast(c, p + "source-centres", 1));
    };
  }

  private static void positive(String key, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(key + " must be >= 1, got " + v);
    }
  }
}
