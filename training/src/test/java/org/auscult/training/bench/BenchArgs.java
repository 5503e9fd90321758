package org.auscult.training.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code key=value} arguments of a bench main, over its defaults. */
final class BenchArgs {
  private BenchArgs() {}

  /**
   * The defaults with each argument's value in place of its key's.
   *
   * @throws IllegalArgumentException naming an argument that is not {@code key=value} with a known
   *     key
   */
  static Map<String, String> parse(String[] args, Map<String, String> defaults) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq < 0 || !defaults.containsKey(a.substring(0, eq))) {
        throw new IllegalArgumentException("unknown argument '" + a + "', expected key=value with "
            + "key in " + defaults.keySet());
      }
      values.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return values;
  }
}
