package org.auscult.features.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The seven machine types of DCASE 2022 Task 2, named as their folders are (case matters). */
public enum MachineType {
  FAN("fan"),
  GEARBOX("gearbox"),
  BEARING("bearing"),
  SLIDER("slider"),
  TOY_CAR("ToyCar"),
  TOY_TRAIN("ToyTrain"),
  VALVE("valve");

  private final String dirName;

  MachineType(String dirName) {
    this.dirName = dirName;
  }

  /** The folder name and the name used in score files, e.g. {@code ToyCar}. */
  public String dirName() {
    return dirName;
  }

  /** The machine type whose folder is {@code name}, exactly; empty for anything else. */
  public static Optional<MachineType> fromDirName(String name) {
    for (MachineType m : values()) {
      if (m.dirName.equals(name)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Like {@link #fromDirName} but fails with the list of valid names. */
  public static MachineType parse(String name) {
    return fromDirName(name).orElseThrow(() -> new IllegalArgumentException(
        "unknown machine type '" + name + "', expected one of " + allDirNames()));
  }

  /** All folder names, in declaration order. */
  public static List<String> allDirNames() {
    return Arrays.stream(values()).map(MachineType::dirName).collect(Collectors.toUnmodifiableList());
  }

  @Override
  public String toString() {
    return dirName;
  }
}
