package org.auscult.jobs.train;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.auscult.training.inputs.DataFingerprint;
import org.auscult.training.kind.AnomalyModel;
import org.auscult.training.kind.Clip;
import org.auscult.training.kind.ClipFunction;
import org.auscult.training.kind.ClipSet;
import org.auscult.training.kind.FittingModelFiles;
import org.auscult.training.kind.Keyed;
import org.auscult.training.kind.ModelClipFunction;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.ModelKinds;
import org.auscult.training.model.ModelFiles;

/**
 * Clips in a Spark RDD: maps run in the tasks that hold the clips, and a model travels to them as
 * one broadcast of its files, from which each task reads its own copy once.
 */
final class SparkClipSet implements ClipSet {
  private final JavaRDD<Clip> clips;
  private List<String> keys;

  SparkClipSet(JavaRDD<Clip> clips) {
    this.clips = clips;
  }

  /** The clips as an RDD, for the Spark network engine. */
  JavaRDD<Clip> rdd() {
    return clips;
  }

  @Override
  public List<String> keys() {
    if (keys == null) {
      List<String> k = new ArrayList<>(clips.map(Clip::key).collect());
      k.sort(null);
      keys = List.copyOf(k);
    }
    return keys;
  }

  @Override
  public ClipSet filter(Set<String> selected, boolean keep) {
    Broadcast<Set<String>> b = JavaSparkContext.fromSparkContext(clips.context())
        .broadcast(Set.copyOf(selected));
    return new SparkClipSet(clips.filter(c -> b.value().contains(c.key()) == keep));
  }

  @Override
  public <T> List<Keyed<T>> map(ClipFunction<T> f) {
    return sorted(clips.map(c -> Keyed.of(c, f.apply(c))).collect());
  }

  @Override
  @SuppressWarnings("unchecked")
  public <M extends AnomalyModel, T> List<Keyed<T>> map(ModelKind kind, M model,
      ModelClipFunction<M, T> f) throws IOException {
    String name = kind.name();
    Broadcast<ModelFiles> b = JavaSparkContext.fromSparkContext(clips.context())
        .broadcast(FittingModelFiles.of(kind, model));
    try {
      return sorted(clips.mapPartitions(it -> {
        List<Keyed<T>> out = new ArrayList<>();
        if (it.hasNext()) {
          M own = (M) ModelKinds.named(name).read(b.value());
          while (it.hasNext()) {
            Clip c = it.next();
            out.add(Keyed.of(c, f.apply(own, c)));
          }
        }
        return out.iterator();
      }).collect());
    } finally {
      b.destroy();
    }
  }

  @Override
  public String fingerprint() {
    return DataFingerprint.combine(clips.map(c -> DataFingerprint.clipDigest(c.key(), c.logMel(),
        c.gwrp())).collect());
  }

  private static <T> List<Keyed<T>> sorted(List<Keyed<T>> values) {
    List<Keyed<T>> out = new ArrayList<>(values);
    out.sort(Comparator.comparing(Keyed::key));
    return out;
  }
}
