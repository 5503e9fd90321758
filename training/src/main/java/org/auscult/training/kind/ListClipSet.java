package org.auscult.training.kind;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.auscult.training.inputs.DataFingerprint;

/**
 * Clips held in this JVM. A model is mapped over them through its files, exactly as on Spark (the
 * function sees a copy read back from what the model wrote), so a single-JVM fit runs the same
 * code path.
 */
public final class ListClipSet implements ClipSet {
  private final List<Clip> clips;

  /** {@code clips}, sorted by key; keys must be distinct. */
  public ListClipSet(List<Clip> clips) {
    List<Clip> sorted = new ArrayList<>(clips);
    sorted.sort(Comparator.comparing(Clip::key));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).key().equals(sorted.get(i - 1).key())) {
        throw new IllegalArgumentException("two clips are " + sorted.get(i).key());
      }
    }
    this.clips = List.copyOf(sorted);
  }

  @Override
  public List<String> keys() {
    return clips.stream().map(Clip::key).toList();
  }

  @Override
  public ClipSet filter(Set<String> keys, boolean keep) {
    return new ListClipSet(clips.stream().filter(c -> keys.contains(c.key()) == keep).toList());
  }

  @Override
  public <T> List<Keyed<T>> map(ClipFunction<T> f) {
    List<Keyed<T>> out = new ArrayList<>(clips.size());
    for (Clip c : clips) {
      out.add(Keyed.of(c, f.apply(c)));
    }
    return out;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <M extends AnomalyModel, T> List<Keyed<T>> map(ModelKind kind, M model,
      ModelClipFunction<M, T> f) throws IOException {
    M own = (M) kind.read(FittingModelFiles.of(kind, model));
    List<Keyed<T>> out = new ArrayList<>(clips.size());
    for (Clip c : clips) {
      out.add(Keyed.of(c, f.apply(own, c)));
    }
    return out;
  }

  @Override
  public String fingerprint() {
    List<String> digests = new ArrayList<>(clips.size());
    for (Clip c : clips) {
      digests.add(DataFingerprint.clipDigest(c.key(), c.logMel(), c.gwrp()));
    }
    return DataFingerprint.combine(digests);
  }
}
