package org.auscult.features.synth;

import java.util.Arrays;
import java.util.List;
import org.auscult.features.dataset.MachineType;

/**
 * The seven machine types of DCASE 2022 Task 2 that the synthetic generator has sounds for, each
 * with the signal-to-noise ratio its factory background is mixed at (before attributes adjust it;
 * see {@link FactoryBackground}).
 */
public enum SynthMachine {
  FAN("fan", 3.0),
  GEARBOX("gearbox", 4.0),
  BEARING("bearing", 2.0),
  SLIDER("slider", 5.0),
  TOY_CAR("ToyCar", 5.0),
  TOY_TRAIN("ToyTrain", 3.0),
  VALVE("valve", 6.0);

  private final MachineType type;
  private final double snrDb;

  SynthMachine(String dirName, double snrDb) {
    this.type = MachineType.of(dirName);
    this.snrDb = snrDb;
  }

  /** The machine type, e.g. {@code ToyCar}. */
  public MachineType type() {
    return type;
  }

  /** The machine's nominal level against the factory background, dB. */
  double snrDb() {
    return snrDb;
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
