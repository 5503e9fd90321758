package org.auscult.features.synth;

import java.util.Arrays;
import java.util.List;
import org.auscult.features.dataset.MachineType;

/** The seven machine types of DCASE 2022 Task 2 that the synthetic generator has sounds for. */
public enum SynthMachine {
  FAN("fan"),
  GEARBOX("gearbox"),
  BEARING("bearing"),
  SLIDER("slider"),
  TOY_CAR("ToyCar"),
  TOY_TRAIN("ToyTrain"),
  VALVE("valve");

  private final MachineType type;

  SynthMachine(String dirName) {
    this.type = MachineType.of(dirName);
  }

  /** The machine type, e.g. {@code ToyCar}. */
  public MachineType type() {
    return type;
  }

  /** The seven machine types, in this order. */
  public static List<MachineType> types() {
    return Arrays.stream(values()).map(SynthMachine::type).toList();
  }

  /**
   * The synthetic machine of {@code machine}.
   *
   * @throws IllegalArgumentException for a machine type the generator has no sound for
   */
  public static SynthMachine of(MachineType machine) {
    for (SynthMachine m : values()) {
      if (m.type.equals(machine)) {
        return m;
      }
    }
    throw new IllegalArgumentException("no synthetic sound for machine type '" + machine
        + "', expected one of " + types());
  }
}
