package org.auscult.training.kinds.embedding;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.auscult.features.dsp.FrameWindows;
import org.auscult.training.engine.TrainedNetwork;
import org.auscult.training.fit.Thresholds;
import org.auscult.training.inputs.FeatureParameters;
import org.auscult.training.kind.ClassIndex;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipSet;
import org.auscult.training.kind.CommonSettings;
import org.auscult.training.kind.FitContext;
import org.auscult.training.kind.Fitted;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.Trainer;
import org.auscult.training.nets.EmbeddingSettings;

/**
 * Trains the embedding per machine type over its (section, attribute) classes. A training clip is
 * its own nearest reference (distance 0), so the references come from the clips the network
 * fitted and the threshold from the scores of the clips it held out for validation.
 */
record EmbeddingTrainer(CommonSettings common, int epochs, int batchSize, double learningRate,
    int patchHop, String size, double margin, int sourceCentres) implements Trainer {

  /** A clip's class: its section and attribute string. */
  static String classKey(Clip clip) {
    return clip.section() + "|" + (clip.attributes() == null ? "" : clip.attributes());
  }

  @Override
  public Fitted fit(FitContext context) throws IOException {
    ClipSet clips = context.clips();
    ClassIndex classes = ClassIndex.of(clips.map(EmbeddingTrainer::classKey).stream()
        .map(Keyed::value).toList());
    if (classes.size() < 2) {
      throw new IllegalStateException("embedding " + context.name() + " needs at least 2 classes "
          + "in the training clips, found " + classes);
    }
    var logMel = context.logMel();
    FeatureParameters features = new FeatureParameters(logMel.sampleRate(), logMel.nFft(),
        logMel.hopLength(), logMel.nMels(), FrameWindows.CONTEXT_FRAMES, 1,
        FrameWindows.PATCH_FRAMES, patchHop);
    EmbeddingSettings s = size.equals("quick") ? EmbeddingSettings.quick(common.seed())
        : EmbeddingSettings.baseline(common.seed());
    EmbeddingRecipe recipe = new EmbeddingRecipe(new EmbeddingSettings(s.seed(), learningRate,
        s.embeddingSize(), margin, s.trunk()), features, classes);
    TrainedNetwork trained = context.networks().train(recipe, clips, epochs, batchSize);
    EmbeddingModel embedder = new EmbeddingModel(trained.network(), trained.standardizer(),
        features, Map.of());
    boolean held = !trained.validationKeys().isEmpty();
    ClipSet referenceClips = held ? clips.filter(trained.validationKeys(), false) : clips;
    ClipSet thresholdClips = held ? clips.filter(trained.validationKeys(), true) : clips;
    List<Keyed<float[]>> embedded = referenceClips.map(new EmbeddingKind(), embedder,
        (m, clip) -> m.embedding(clip));
    EmbeddingModel model = embedder.withReferences(references(embedded));
    List<Keyed<Double>> scores = thresholdClips.map(new EmbeddingKind(), model,
        (m, clip) -> m.scorer().score(clip));
    return new Fitted(model, Thresholds.gamma(scores.stream().mapToDouble(Keyed::value).toArray(),
        common.thresholdQuantile()), trained.history());
  }

  /** Each section's references: k-means centres of its source clips, every target clip. */
  private Map<String, ReferenceSet> references(List<Keyed<float[]>> embedded) {
    Map<String, List<float[]>> source = new TreeMap<>();
    Map<String, List<float[]>> target = new TreeMap<>();
    for (Keyed<float[]> e : embedded) {
      source.computeIfAbsent(e.section(), k -> new ArrayList<>());
      target.computeIfAbsent(e.section(), k -> new ArrayList<>());
      (e.isTarget() ? target : source).get(e.section()).add(e.value());
    }
    Map<String, ReferenceSet> refs = new LinkedHashMap<>();
    for (String section : source.keySet()) {
      refs.put(section, ReferenceSetFitter.fit(source.get(section), target.get(section),
          sourceCentres, common.seed()));
    }
    return refs;
  }
}
