package org.auscult.features.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Constants that file names, folder names, tables, manifests and options write as one lower-case
 * word, their name: the parts of a clip's identity ({@link Domain}, {@link Label}, {@link Split})
 * and the data-set {@link Layout}s.
 */
public interface NameToken {
  /** The constant's name (an enum's). */
  String name();

  /** The word used in file names, tables and manifests: the name in lower case. */
  default String token() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The constant of {@code type} written as {@code token}.
   *
   * @param what what the word names, for the message: {@code domain}, {@code label}…
   * @throws IllegalArgumentException naming the word and the words there are
   */
  static <E extends Enum<E> & NameToken> E parse(Class<E> type, String token, String what) {
    List<String> words = Arrays.stream(type.getEnumConstants()).map(NameToken::token).toList();
    int i = words.indexOf(token);
    if (i < 0) {
      String last = words.get(words.size() - 1);
      throw new IllegalArgumentException("unknown " + what + " '" + token + "', expected "
          + String.join(", ", words.subList(0, words.size() - 1)) + " or " + last);
    }
    return type.getEnumConstants()[i];
  }
}
