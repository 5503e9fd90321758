package org.auscult.jobs.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.auscult.training.kind.ModelKinds;

/** The registered model kinds' names, as picocli's choices of {@code --model}. */
public final class ModelKindNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return ModelKinds.names().iterator();
  }

  /**
   * The kinds a user named (as given to {@code --model-kinds} or {@code --models}), each checked.
   *
   * @throws IllegalArgumentException naming the first kind that is not registered
   */
  public static List<String> checked(List<String> names) {
    List<String> kinds = new ArrayList<>();
    for (String name : names) {
      kinds.add(ModelKinds.named(name.strip()).name());
    }
    return kinds;
  }
}
