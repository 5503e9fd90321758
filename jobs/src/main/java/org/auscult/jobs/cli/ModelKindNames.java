package org.auscult.jobs.cli;

import java.util.Iterator;
import org.auscult.training.kind.ModelKinds;

/** The registered model kinds' names, as picocli's choices of {@code --model}. */
public final class ModelKindNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return ModelKinds.names().iterator();
  }
}
