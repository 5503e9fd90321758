package org.auscult.features.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clip's file name says about it.
 *
 * <p>Development names carry everything: {@code section_00_source_test_anomaly_0007_m-n_W.wav}.
 * Evaluation-set test clips are renamed {@code section_03_0000.wav}: for those {@link #domain()} and
 * {@link #label()} are {@code null} (unknown until ground truth is joined) and the attributes empty.
 * The machine type is not part of the name; it comes from the folder.
 *
 * @param section section number, 0–99 (00–02 dev, 03–05 eval)
 * @param domain source or target; {@code null} for evaluation test names
 * @param split train or test
 * @param label normal or anomaly; {@code null} for evaluation test names
 * @param index the 4-digit clip number within its cell
 * @param attributes the attribute part after the index, without separators; empty if none
 * @param attributePairs {@code attributes} as key/value pairs, or empty when it is not an even list
 *     of non-empty tokens (the string is then kept as is, never guessed at)
 */
public record ClipName(int section, Domain domain, Split split, Label label, int index,
    String attributes, List<Attribute> attributePairs) implements java.io.Serializable {

  private static final Pattern DEV = Pattern.compile(
      "section_(\\d{2})_(source|target)_(train|test)_(normal|anomaly)_(\\d{4})(?:_([^/\\\\]+))?\\.wav");
  private static final Pattern EVAL_TEST = Pattern.compile("section_(\\d{2})_(\\d{4})\\.wav");

  public ClipName {
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(attributes, "attributes");
    attributePairs = List.copyOf(attributePairs);
    if (section < 0 || section > 99) {
      throw new IllegalArgumentException("section must be 0..99, got " + section);
    }
    if (index < 0 || index > 9999) {
      throw new IllegalArgumentException("index must be 0..9999, got " + index);
    }
    if ((domain == null) != (label == null)) {
      throw new IllegalArgumentException("domain and label are either both known or both unknown");
    }
  }

  /** A development-layout name; attribute pairs are parsed from {@code attributes}. */
  public static ClipName dev(int section, Domain domain, Split split, Label label, int index,
      String attributes) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(label, "label");
    return new ClipName(section, domain, split, label, index, attributes, pairsOf(attributes));
  }

  /** An evaluation-set test name, {@code section_SS_NNNN.wav}. */
  public static ClipName evalTest(int section, int index) {
    return new ClipName(section, null, Split.TEST, null, index, "", List.of());
  }

  /**
   * Parses a bare file name (no folder).
   *
   * @throws MalformedClipNameException naming the file and what is wrong with it
   */
  public static ClipName parse(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    Matcher dev = DEV.matcher(fileName);
    if (dev.matches()) {
      String attributes = dev.group(6) == null ? "" : dev.group(6);
      return dev(Integer.parseInt(dev.group(1)), Domain.fromToken(dev.group(2)),
          Split.fromToken(dev.group(3)), Label.fromToken(dev.group(4)),
          Integer.parseInt(dev.group(5)), attributes);
    }
    Matcher eval = EVAL_TEST.matcher(fileName);
    if (eval.matches()) {
      return evalTest(Integer.parseInt(eval.group(1)), Integer.parseInt(eval.group(2)));
    }
    throw new MalformedClipNameException(fileName, defectOf(fileName));
  }

  /** True for {@code section_SS_NNNN.wav}: no domain, label or attributes in the name. */
  public boolean isEvalTestName() {
    return domain == null;
  }

  /** The section as the two digits of file names, e.g. {@code "02"}. */
  public String sectionId() {
    return String.format(Locale.ROOT, "%02d", section);
  }

  /** The file name this record stands for; {@code parse(n.fileName())} equals {@code n}. */
  public String fileName() {
    String sid = sectionId();
    String idx = String.format(Locale.ROOT, "%04d", index);
    if (isEvalTestName()) {
      return "section_" + sid + "_" + idx + ".wav";
    }
    String name = "section_" + sid + "_" + domain.token() + "_" + split.token() + "_"
        + label.token() + "_" + idx;
    return attributes.isEmpty() ? name + ".wav" : name + "_" + attributes + ".wav";
  }

  @Override
  public String toString() {
    return fileName();
  }

  private static List<Attribute> pairsOf(String attributes) {
    if (attributes.isEmpty()) {
      return List.of();
    }
    String[] tokens = attributes.split("_", -1);
    if (tokens.length % 2 != 0) {
      return List.of();
    }
    List<Attribute> pairs = new ArrayList<>(tokens.length / 2);
    for (int i = 0; i < tokens.length; i += 2) {
      if (tokens[i].isEmpty() || tokens[i + 1].isEmpty()) {
        return List.of();
      }
      pairs.add(new Attribute(tokens[i], tokens[i + 1]));
    }
    return pairs;
  }

  /** A short reason for a name that matched neither pattern, so the report says what to fix. */
  private static String defectOf(String fileName) {
    if (!fileName.endsWith(".wav")) {
      return "expected a .wav extension";
    }
    if (!fileName.startsWith("section_")) {
      return "expected it to start with section_SS_";
    }
    String[] tokens = fileName.substring(0, fileName.length() - 4).split("_", -1);
    if (tokens.length < 2 || !tokens[1].matches("\\d{2}")) {
      return "expected a two-digit section after section_";
    }
    if (tokens.length == 3) {
      return "expected section_SS_NNNN.wav with a four-digit index";
    }
    if (tokens.length < 6) {
      return "expected section_SS_<source|target>_<train|test>_<normal|anomaly>_NNNN[_attributes].wav";
    }
    if (!tokens[2].equals("source") && !tokens[2].equals("target")) {
      return "expected domain source or target, got '" + tokens[2] + "'";
    }
    if (!tokens[3].equals("train") && !tokens[3].equals("test")) {
      return "expected split train or test, got '" + tokens[3] + "'";
    }
    if (!tokens[4].equals("normal") && !tokens[4].equals("anomaly")) {
      return "expected label normal or anomaly, got '" + tokens[4] + "'";
    }
    if (!tokens[5].matches("\\d{4}")) {
      return "expected a four-digit index, got '" + tokens[5] + "'";
    }
    return "expected non-empty attributes after the index";
  }
}
