package org.auscult.features.dsp;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.auscult.features.dataset.MachineType;

/**
 * The decay r of {@link GlobalWeightedRankPooling} for each machine type: the values configured for
 * the types a configuration names, one default for every other type.
 *
 * @param byType r per machine type name, each in [0, 1]
 * @param defaultDecay r of the types {@code byType} does not name, in [0, 1]
 */
public record GwrpDecays(Map<String, Double> byType, double defaultDecay) implements Serializable {

  /** The LY system's values for the seven DCASE 2022 machine types, 1 (the mean) for the rest. */
  public static final GwrpDecays LY = new GwrpDecays(Map.of("ToyCar", 1.0, "ToyTrain", 0.81,
      "bearing", 1.0, "fan", 1.0, "gearbox", 0.98, "slider", 0.90, "valve", 0.50), 1.0);

  public GwrpDecays {
    byType = java.util.Collections.unmodifiableMap(new TreeMap<>(byType));
    byType.forEach((type, r) -> requireDecay("decay of " + type, r));
    requireDecay("default decay", defaultDecay);
  }

  /** The decay of {@code machine}: its own when configured, the default otherwise. */
  public double decayFor(MachineType machine) {
    Objects.requireNonNull(machine, "machine");
    return byType.getOrDefault(machine.dirName(), defaultDecay);
  }

  private static void requireDecay(String what, Double r) {
    if (r == null || !(r >= 0.0 && r <= 1.0)) {
      throw new IllegalArgumentException(what + " must be in [0, 1], got " + r);
    }
  }
}
