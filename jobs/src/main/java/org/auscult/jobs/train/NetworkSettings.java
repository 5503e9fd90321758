package org.auscult.jobs.train;

import com.typesafe.config.Config;
import java.io.Serializable;

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
    return switch (model) {
      case AE -> new NetworkSettings(c.getInt(p + "epochs"), c.getInt(p + "batch-size"),
          c.getDouble(p + "learning-rate"), c.getInt(p + "context-hop"), "machine", "baseline",
          0, 0);
      case CLASSIFIER -> new NetworkSettings(c.getInt(p + "epochs"), c.getInt(p + "batch-size"),
          c.getDouble(p + "learning-rate"), c.getInt(p + "patch-hop"), c.getString(p + "scope"),
          c.getString(p + "size"), 0, 0);
      case EMBEDDING -> new NetworkSettings(c.getInt(p + "epochs"), c.getInt(p + "batch-size"),
          c.getDouble(p + "learning-rate"), c.getInt(p + "patch-hop"), "machine",
          c.getString(p + "size"), c.getDouble(p + "margin"), c.getInt(p + "source-centres"));
      default -> throw new IllegalArgumentException(model + " is not a network");
    };
  }

  private static void positive(String key, int v) {
    if (v < 1) {
      throw new IllegalArgumentException(key + " must be >= 1, got " + v);
    }
  }
}
