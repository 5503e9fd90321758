package org.auscult.jobs.train;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.auscult.jobs.features.FeatureRow;
import org.auscult.training.model.ModelBundle;
import org.auscult.training.scoring.AutoencoderScorer;
import org.auscult.training.scoring.ClassifierScorer;
import org.auscult.training.scoring.EmbeddingScorer;

/**
 * Scores clips with a DL4J model bundle, distributed over the clips: the bundle travels as a
 * broadcast and each partition restores its own network once.
 */
public final class ClipScoring {
  private ClipScoring() {}

  /** The anomaly score of every row of {@code clips}. */
  public static JavaRDD<ScoredClip> score(Dataset<FeatureRow> clips, Broadcast<BundleBytes> model) {
    return clips.javaRDD().mapPartitions(rows -> scorePartition(rows, model.value()));
  }

  private static Iterator<ScoredClip> scorePartition(Iterator<FeatureRow> rows, BundleBytes bytes) {
    List<ScoredClip> out = new ArrayList<>();
    if (!rows.hasNext()) {
      return out.iterator();
    }
    ModelBundle bundle = bytes.restore();
    Scorer scorer = scorerOf(bundle);
    while (rows.hasNext()) {
      FeatureRow r = rows.next();
      out.add(new ScoredClip(r.getMachine(), r.getSection(), r.getFileName(), r.getDomain(),
          r.getSplit(), scorer.score(r)));
    }
    return out.iterator();
  }

  /** One clip's score under a loaded bundle. */
  private interface Scorer {
    double score(FeatureRow row);
  }

  private static Scorer scorerOf(ModelBundle bundle) {
    return switch (bundle.manifest().kind()) {
      case AUTOENCODER -> {
        AutoencoderScorer s = AutoencoderScorer.of(bundle);
        yield r -> s.score(r.getLogmel());
      }
      case CLASSIFIER -> {
        ClassifierScorer s = ClassifierScorer.of(bundle);
        boolean all = bundle.manifest().machineType() == null;
        yield r -> s.score(r.getLogmel(), bundle.manifest().classIndex(
            ClassKeys.classifier(all, r.getMachine(), r.getSection())));
      }
      case EMBEDDING -> {
        EmbeddingScorer s = EmbeddingScorer.of(bundle);
        yield r -> s.score(r.getLogmel(), r.getSection());
      }
    };
  }
}
