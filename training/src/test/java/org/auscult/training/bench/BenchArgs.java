package org.auscult.training.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/** {@code key=value} arguments of a bench main, over its defaults, read as numbers or paths. */
final class BenchArgs {
  private final Map<String, String> values;

  private BenchArgs(Map<String, String> values) {
    this.values = values;
  }

  /**
   * The defaults with each argument's value in place of its key's.
   *
   * @throws IllegalArgumentException naming an argument that is not {@code key=value} with a known
   *     key
   */
  static BenchArgs parse(String[] args, Map<String, String> defaults) {
    Map<String, String> values = new LinkedHashMap<>(defaults);
    for (String a : args) {
      int eq = a.indexOf('=');
      if (eq < 0 || !defaults.containsKey(a.substring(0, eq))) {
        throw new IllegalArgumentException("unknown argument '" + a + "', expected key=value with "
            + "key in " + defaults.keySet());
      }
      values.put(a.substring(0, eq), a.substring(eq + 1));
    }
    return new BenchArgs(values);
  }

  /** The value of {@code key} as an int; fails naming the key. */
  int integer(String key) {
    return (int) number(key, Integer::parseInt);
  }

  /** The value of {@code key} as a long; fails naming the key. */
  long longInteger(String key) {
    return number(key, Long::parseLong);
  }

  private long number(String key, ToLongFunction<String> parser) {
    String v = values.get(key);
    try {
      return parser.applyAsLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + "=" + v + ": expected an integer", e);
    }
  }

  /** The value of {@code key} as a path. */
  Path path(String key) {
    return Path.of(values.get(key));
  }
}
