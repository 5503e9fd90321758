package org.auscult.training.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.auscult.evaluation.report.LossCurveChart;
import org.auscult.training.model.ManifestJson;

/**
 * A network's epoch history as it is kept beside the model: {@value #JSON} (every epoch's losses,
 * time and throughput) and {@value #PNG} (the two loss curves).
 */
public final class TrainingHistory {
  /** The history's file name. */
  public static final String JSON = "history.json";
  /** The loss plot's file name. */
  public static final String PNG = "loss-curve.png";

  private TrainingHistory() {}

  /** The history as JSON, with what was trained and how. */
  public static byte[] json(String kind, String name, String engine, String profile,
      List<EpochRecord> history) throws IOException {
    Map<String, Object> h = new LinkedHashMap<>();
    h.put("model", kind);
    h.put("name", name);
    h.put("engine", engine);
    h.put("profile", profile);
    h.put("epochs", history);
    return ManifestJson.mapper().writeValueAsBytes(h);
  }

  /** The training and validation loss per epoch, as a PNG titled {@code title}. */
  public static byte[] lossCurve(String title, List<EpochRecord> history) throws IOException {
    double[] x = new double[history.size()];
    double[] train = new double[history.size()];
    double[] val = new double[history.size()];
    for (int i = 0; i < history.size(); i++) {
      x[i] = history.get(i).epoch();
      train[i] = history.get(i).trainLoss();
      val[i] = history.get(i).validationLoss();
    }
    return LossCurveChart.png(title, x, train, val);
  }
}
