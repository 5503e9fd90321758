package org.auscult.features.dataset;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A machine type, named as its folder is (case matters): {@code fan}, {@code ToyCar},
 * {@code 3DPrinter}, {@code BrushlessMotor}, … Any folder of a data set is a machine type; what is
 * known about particular types (gwrp decay, mixture components, …) is configuration with defaults
 * for the types it does not name, never a list in code.
 *
 * <p>A name is letters, digits, {@code .}, {@code _}, {@code +} and {@code -}, starting with a letter
 * or digit: it becomes a folder, a Parquet partition value and part of score file names.
 *
 * @param dirName the folder name and the name used in score files, e.g. {@code ToyCar}
 */
public record MachineType(String dirName) implements Comparable<MachineType>, Serializable {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._+-]*");

  public MachineType {
    Objects.requireNonNull(dirName, "dirName");
    if (!isValidName(dirName)) {
      throw new IllegalArgumentException("'" + dirName + "' is not a machine type name: expected"
          + " letters, digits, '.', '_', '+' or '-', starting with a letter or digit");
    }
  }

  /** The machine type named {@code name}. */
  public static MachineType of(String name) {
    return new MachineType(name);
  }

  /** True when {@code name} can name a machine type. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The machine type named {@code name}; empty when it cannot be one. */
  public static Optional<MachineType> fromDirName(String name) {
    return isValidName(name) ? Optional.of(new MachineType(name)) : Optional.empty();
  }

  /** Like {@link #of} with the reason in the message, for names given on a command line. */
  public static MachineType parse(String name) {
    return of(name);
  }

  /** String order of the names, as the official evaluator's sorted glob ({@code ToyCar} first). */
  @Override
  public int compareTo(MachineType other) {
    return dirName.compareTo(other.dirName);
  }

  @Override
  public String toString() {
    return dirName;
  }
}
