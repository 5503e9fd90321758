package org.auscult.training.kind;

import java.io.Serializable;

/**
 * A function of one clip under a fitted model, shipped to tasks: each task reads its own copy of
 * the model once (networks are not thread-safe) and applies this to its clips.
 */
@FunctionalInterface
public interface ModelClipFunction<M extends AnomalyModel, T> extends Serializable {
  T apply(M model, Clip clip);
}
