package org.auscult.jobs.cli;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --machines} as the stages that read or write a whole data set take it (synth, features),
 * one declaration so they describe it alike.
 */
public final class MachineTypesOption {
  @Option(names = "--machines", split = ",", paramLabel = "M[,M…]",
      description = "Only these machine types (folder names, e.g. fan,ToyCar).")
  private List<String> names;

  /** The machine types given, or null when the option is absent (every type). */
  public List<String> names() {
    return names;
  }
}
