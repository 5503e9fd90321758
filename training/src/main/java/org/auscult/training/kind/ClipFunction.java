package org.auscult.training.kind;

import java.io.Serializable;

/** A function of one clip that can be shipped to tasks. */
@FunctionalInterface
public interface ClipFunction<T> extends Serializable {
  T apply(Clip clip);
}
