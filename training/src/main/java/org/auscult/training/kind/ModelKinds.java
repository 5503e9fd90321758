package org.auscult.training.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/**
 * Every model kind, registered once: the {@link ServiceLoader} entries of {@link ModelKind} (the
 * file {@code META-INF/services/org.auscult.training.kind.ModelKind}), in that file's order. The
 * train stage's {@code --model} choices, the demo's models and the README's table are this list.
 */
public final class ModelKinds {
  private static final List<ModelKind> ALL = load();

  private ModelKinds() {}

  private static List<ModelKind> load() {
    List<ModelKind> kinds = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (ModelKind k : ServiceLoader.load(ModelKind.class, ModelKinds.class.getClassLoader())) {
      if (names.contains(k.name())) {
        throw new IllegalStateException("two model kinds are named " + k.name());
      }
      names.add(k.name());
      kinds.add(k);
    }
    return List.copyOf(kinds);
  }

  /** Every kind, in registration order. */
  public static List<ModelKind> all() {
    return ALL;
  }

  /** Every kind's name, in registration order. */
  public static List<String> names() {
    return ALL.stream().map(ModelKind::name).toList();
  }

  /**
   * The kind named {@code name}.
   *
   * @throws IllegalArgumentException listing the kinds there are
   */
  public static ModelKind named(String name) {
    for (ModelKind k : ALL) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown model kind '" + name + "', expected one of "
        + String.join(", ", names()));
  }
}
