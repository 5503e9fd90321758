package org.auscult.training.kinds.supervised;

import java.io.IOException;
import java.util.Map;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.ClipScorer;
import org.auscult.training.model.ModelFiles;

/** The out-of-fold probabilities, by clip key: the reference scores exactly the clips it was cross-validated on. */
final class SupervisedModel implements AnomalyModel {
  /** The scores' file in a model. */
  static final String FILE = "out_of_fold_scores.json";

  private final Map<String, Double> scores;

  SupervisedModel(Map<String, Double> scores) {
    this.scores = Map.copyOf(scores);
  }

  @Override
  public ClipScorer scorer() {
    return clip -> scores.getOrDefault(clip.key(), Double.NaN);
  }

  @Override
  public void write(ModelFiles.Builder files) throws IOException {
    files.putJson(FILE, new Scores(new java.util.TreeMap<>(scores)));
  }

  static SupervisedModel read(ModelFiles files) throws IOException {
    return new SupervisedModel(files.json(FILE, Scores.class).byClip());
  }

  /** What {@value #FILE} holds. */
  record Scores(Map<String, Double> byClip) {}
}
