package org.auscult.features.synth;

import java.util.ArrayList;
import java.util.List;
import org.auscult.features.dataset.Domain;
import org.auscult.features.dataset.MachineType;

/**
 * The attribute strings of each machine, section and domain, in the style of the real development
 * set. Target values always differ from source values, so the
 * target domain is a shift of the physics the attributes drive. A clip with index {@code i} in a cell
 * gets {@code values.get(i % values.size())}: every cell, normal or anomalous, sees the values in
 * the same proportions, so an attribute never gives a label away.
 */
public final class SectionAttributes {
  /** The three development sections. */
  public static final int SECTIONS = 3;

  private SectionAttributes() {
  }

  /** The attribute strings of one machine/section/domain, in the order clips cycle through them. */
  public static List<String> of(MachineType machine, int section, Domain domain) {
    if (section < 0 || section >= SECTIONS) {
      throw new IllegalArgumentException("synthetic sections are 00..02, got " + section);
    }
    boolean source = domain == Domain.SOURCE;
    switch (SynthMachine.of(machine)) {
      case FAN:
        return switch (section) {
          case 0 -> source ? one("m-n", "W", "X") : one("m-n", "Y", "Z");
          case 1 -> source ? one("f-n", "A", "B") : one("f-n", "C");
          default -> source ? one("n-lv", "L1", "L2") : one("n-lv", "L3", "L4");
        };
      case GEARBOX:
        return switch (section) {
          case 0 -> source ? one("volt", "1.0", "1.5", "2.0", "2.5", "3.0")
              : one("volt", "0.6", "0.8", "1.3", "1.8", "2.3", "2.8", "3.3", "3.5");
          case 1 -> source ? one("wt", "0", "50", "100", "150", "200")
              : one("wt", "30", "80", "130", "180", "230", "250");
          default -> source ? one("id", "05", "08", "13") : one("id", "00", "02", "11");
        };
      case BEARING:
        return switch (section) {
          case 0 -> source ? one("vel", "6", "10", "14", "18", "22")
              : one("vel", "2", "4", "8", "12", "16", "20", "24", "26");
          case 1 -> source ? two("vel", List.of("4", "12"), "loc", List.of("A", "B", "C", "D"))
              : two("vel", List.of("4", "12"), "loc", List.of("E", "F", "G", "H"));
          default -> source ? two("vel", List.of("6", "14"), "f-n", List.of("A", "B"))
              : two("vel", List.of("6", "14"), "f-n", List.of("C"));
        };
      case SLIDER:
        return switch (section) {
          case 0 -> source ? one("vel", "300", "500", "700", "900", "1100")
              : one("vel", "100", "200", "400", "600", "800", "1000", "1200", "1300");
          case 1 -> source ? one("ac", "0.03", "0.05", "0.07", "0.09", "0.11")
              : one("ac", "0.01", "0.02", "0.04", "0.06", "0.08", "0.10", "0.12", "0.14");
          default -> source ? one("f-n", "A", "B") : one("f-n", "C");
        };
      case TOY_CAR:
        return switch (section) {
          case 0 -> source ? toy(List.of("A1", "A2"), CAR_SPEEDS, "1", "1")
              : toy(List.of("B1", "B2"), CAR_SPEEDS, "1", "2");
          case 1 -> source ? toy(List.of("C1", "C2"), List.of("28V", "40V"), "1", "1")
              : toy(List.of("C1", "C2"), List.of("31V", "37V"), "1", "1");
          default -> source ? toy(List.of("D1", "D2"), CAR_SPEEDS, "1", "1")
              : toy(List.of("D1", "D2"), CAR_SPEEDS, "2", "2");
        };
      case TOY_TRAIN:
        return switch (section) {
          case 0 -> source ? toy(List.of("A1", "A2"), List.of("6", "8"), "1", "1")
              : toy(List.of("B1", "B2"), List.of("6", "8"), "1", "2");
          case 1 -> source ? toy(List.of("C1", "C2"), List.of("6", "10"), "1", "1")
              : toy(List.of("C1", "C2"), List.of("7", "9"), "1", "1");
          default -> source ? toy(List.of("D1", "D2"), List.of("8", "10"), "1", "1")
              : toy(List.of("D1", "D2"), List.of("8", "10"), "2", "2");
        };
      case VALVE:
        return switch (section) {
          case 0 -> source ? one("pat", "00", "01") : one("pat", "02", "03");
          case 1 -> source ? two("pat", List.of("04", "05"), "panel", List.of("bs-c", "open"))
              : two("pat", List.of("04", "05"), "panel", List.of("b-c", "s-c"));
          default -> source
              ? List.of("v1pat_04_v2pat_none", "v1pat_05_v2pat_none", "v1pat_none_v2pat_05")
              : List.of("v1pat_04_v2pat_05", "v1pat_05_v2pat_04");
        };
      default:
        throw new IllegalArgumentException("no synthetic attributes for machine " + machine);
    }
  }

  /** The attribute string of the clip with {@code index} in its cell. */
  public static String forIndex(MachineType machine, int section, Domain domain, int index) {
    List<String> values = of(machine, section, domain);
    return values.get(index % values.size());
  }

  private static final List<String> CAR_SPEEDS = List.of("28V", "31V", "34V", "37V", "40V");

  private static List<String> one(String key, String... values) {
    List<String> out = new ArrayList<>(values.length);
    for (String v : values) {
      out.add(key + "_" + v);
    }
    return List.copyOf(out);
  }

  /** The cross product, second key varying fastest. */
  private static List<String> two(String key1, List<String> values1, String key2,
      List<String> values2) {
    List<String> out = new ArrayList<>();
    for (String v1 : values1) {
      for (String v2 : values2) {
        out.add(key1 + "_" + v1 + "_" + key2 + "_" + v2);
      }
    }
    return List.copyOf(out);
  }

  /** ToyADMOS2-style names: {@code car_A1_spd_28V_mic_1_noise_1}, speed varying fastest. */
  private static List<String> toy(List<String> cars, List<String> speeds, String mic,
      String noise) {
    List<String> out = new ArrayList<>();
    for (String car : cars) {
      for (String spd : speeds) {
        out.add("car_" + car + "_spd_" + spd + "_mic_" + mic + "_noise_" + noise);
      }
    }
    return List.copyOf(out);
  }
}
