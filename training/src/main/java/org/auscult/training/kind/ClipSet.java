package org.auscult.training.kind;

import java.io.IOException;
import java.util.List;
import java.util.Set;

/**
 * The clips a fit reads, where they are: a Spark dataset in the jobs module, a list in a single
 * JVM. Results come back sorted by clip key, so they do not depend on how the clips are spread.
 */
public interface ClipSet {

  /** The clips' keys, sorted. */
  List<String> keys();

  /** The clips whose key is in {@code keys} (or, with {@code keep} false, is not). */
  ClipSet filter(Set<String> keys, boolean keep);

  /** {@code f} of every clip, computed where the clips are, sorted by clip key. */
  <T> List<Keyed<T>> map(ClipFunction<T> f);

  /**
   * {@code f} of every clip under {@code model}, computed where the clips are (each task reads its
   * own copy of the model once), sorted by clip key.
   */
  <M extends AnomalyModel, T> List<Keyed<T>> map(ModelKind kind, M model,
      ModelClipFunction<M, T> f) throws IOException;

  /** The fingerprint of these clips' data, {@code sha256:…} (see {@code DataFingerprint}). */
  String fingerprint();
}
