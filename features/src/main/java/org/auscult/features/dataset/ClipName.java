package org.auscult.features.dataset;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a clip's file name says about it, in every naming of DCASE Task 2 (the machine type is not
 * part of the name; it comes from the folder):
 * <pre>
 * section_00_source_test_anomaly_0007_m-n_W.wav   2021–2026 development, additional training
 * section_00_source_train_normal_00001_B1s1.wav   ToyADMOS2's mixer: an index of its recipe's width
 * section_03_0000.wav                             2022–2026 evaluation test: label, domain unknown
 * section_03_source_test_0000.wav                 2021 evaluation test: label unknown
 * anomaly_id_02_00000011.wav                      2020 (and MIMII as 2020 named it): no domain;
 *                                                 train or test from the folder
 * id_01_00000000.wav                              2020 evaluation test: label unknown
 * </pre>
 * A 2020 "id" plays the part of a section: {@link #section()} is the id. Supplemental clips (clean
 * machine or noise only) keep their name as it is, see {@link #supplemental}.
 *
 * @param fileName the bare file name, exactly as on disk
 * @param section section number (or 2020 machine id), 0–99
 * @param domain source or target; {@code null} when unknown or when the set has no domains
 * @param split train, test or supplemental
 * @param label normal or anomaly; {@code null} when unknown (evaluation test names)
 * @param index the clip number within its cell (4 digits, 4 to 8 from ToyADMOS2's mixer; 8 in
 *     2020 names)
 * @param attributes the attribute part after the index, without separators; empty if none
 * @param attributePairs {@code attributes} as key/value pairs, or empty when it is not an even list
 *     of non-empty tokens (the string is then kept as is, never guessed at)
 */
public record ClipName(String fileName, int section, Domain domain, Split split, Label label,
    int index, String attributes, List<Attribute> attributePairs)
    implements java.io.Serializable {

  private static final Pattern DEV = Pattern.compile(
      "section_(\\d{2})_(source|target)_(train|test)_(normal|anomaly)_(\\d{4,8})(?:_([^/\\\\]+))?\\.wav");
  private static final Pattern EVAL_TEST = Pattern.compile("section_(\\d{2})_(\\d{4})\\.wav");
  private static final Pattern DOMAIN_TEST =
      Pattern.compile("section_(\\d{2})_(source|target)_test_(\\d{4})\\.wav");
  private static final Pattern ID = Pattern.compile("(normal|anomaly)_id_(\\d{2})_(\\d{8})\\.wav");
  private static final Pattern ID_TEST = Pattern.compile("id_(\\d{2})_(\\d{8})\\.wav");
  private static final Pattern LEADING_SECTION = Pattern.compile("section_(\\d{2})_.*");
  private static final int MAX_INDEX = 99_999_999;

  public ClipName {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(attributes, "attributes");
    attributePairs = List.copyOf(attributePairs);
    if (section < 0 || section > 99) {
      throw new IllegalArgumentException("section must be 0..99, got " + section);
    }
    if (index < 0 || index > MAX_INDEX) {
      throw new IllegalArgumentException("index must be 0.." + MAX_INDEX + ", got " + index);
    }
    if (split == Split.TRAIN && label != Label.NORMAL) {
      throw new IllegalArgumentException("a training clip is normal, got label " + label);
    }
  }

  /** A development-layout name; attribute pairs are parsed from {@code attributes}. */
  public static ClipName dev(int section, Domain domain, Split split, Label label, int index,
      String attributes) {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(label, "label");
    String name = "section_" + two(section) + "_" + domain.token() + "_" + split.token() + "_"
        + label.token() + "_" + four(index);
    name = attributes.isEmpty() ? name + ".wav" : name + "_" + attributes + ".wav";
    return new ClipName(name, section, domain, split, label, index, attributes,
        pairsOf(attributes));
  }

  /** An evaluation-set test name, {@code section_SS_NNNN.wav}. */
  public static ClipName evalTest(int section, int index) {
    return new ClipName("section_" + two(section) + "_" + four(index) + ".wav", section, null,
        Split.TEST, null, index, "", List.of());
  }

  /** A 2021 evaluation-set test name, {@code section_SS_<domain>_test_NNNN.wav}. */
  public static ClipName domainTest(int section, Domain domain, int index) {
    Objects.requireNonNull(domain, "domain");
    return new ClipName("section_" + two(section) + "_" + domain.token() + "_test_" + four(index)
        + ".wav", section, domain, Split.TEST, null, index, "", List.of());
  }

  /**
   * A 2020 name, {@code <label>_id_NN_NNNNNNNN.wav}, or {@code id_NN_NNNNNNNN.wav} when
   * {@code label} is {@code null}.
   */
  public static ClipName id(Label label, int id, int index, Split split) {
    String tail = "id_" + two(id) + "_" + String.format(Locale.ROOT, "%08d", index) + ".wav";
    return new ClipName(label == null ? tail : label.token() + "_" + tail, id, null, split, label,
        index, "", List.of());
  }

  /**
   * A supplemental clip (clean machine sound or noise only): its name is kept as it is; its
   * section comes from a leading {@code section_SS_}, 0 without one; domain from a
   * {@code _source_}/{@code _target_} token; label unknown.
   */
  public static ClipName supplemental(String fileName) {
    Matcher m = LEADING_SECTION.matcher(fileName);
    int section = m.matches() ? Integer.parseInt(m.group(1)) : 0;
    Domain domain = fileName.contains("_source_") ? Domain.SOURCE
        : fileName.contains("_target_") ? Domain.TARGET : null;
    String stem = fileName.substring(0, fileName.length() - ".wav".length());
    return new ClipName(fileName, section, domain, Split.SUPPLEMENTAL, null, 0, stem, List.of());
  }

  /** Parses a bare file name (no folder); a 2020 name is taken as a test clip. */
  public static ClipName parse(String fileName) {
    return parse(fileName, Split.TEST);
  }

  /**
   * Parses a bare file name found in the folder of {@code folderSplit}. Names that say their split
   * keep it (the caller checks it against the folder); 2020 names take the folder's.
   *
   * @throws MalformedClipNameException naming the file and what is wrong with it
   */
  public static ClipName parse(String fileName, Split folderSplit) {
    Objects.requireNonNull(fileName, "fileName");
    Matcher dev = DEV.matcher(fileName);
    if (dev.matches()) {
      String attributes = dev.group(6) == null ? "" : dev.group(6);
      if (dev.group(3).equals("train") && !dev.group(4).equals("normal")) {
        throw new MalformedClipNameException(fileName, "a training clip named anomalous: expected"
            + " section_SS_<source|target>_train_normal_NNNN[_attributes].wav");
      }
      // The name as on disk, not as dev() would write it: ToyADMOS2's mixer writes as many index
      // digits as its recipe asks for.
      return new ClipName(fileName, Integer.parseInt(dev.group(1)),
          Domain.fromToken(dev.group(2)), Split.fromToken(dev.group(3)),
          Label.fromToken(dev.group(4)), Integer.parseInt(dev.group(5)), attributes,
          pairsOf(attributes));
    }
    Matcher eval = EVAL_TEST.matcher(fileName);
    if (eval.matches()) {
      return evalTest(Integer.parseInt(eval.group(1)), Integer.parseInt(eval.group(2)));
    }
    Matcher domainTest = DOMAIN_TEST.matcher(fileName);
    if (domainTest.matches()) {
      return domainTest(Integer.parseInt(domainTest.group(1)),
          Domain.fromToken(domainTest.group(2)), Integer.parseInt(domainTest.group(3)));
    }
    Matcher id = ID.matcher(fileName);
    if (id.matches()) {
      Label label = Label.fromToken(id.group(1));
      if (folderSplit == Split.TRAIN && label != Label.NORMAL) {
        throw new MalformedClipNameException(fileName, "an anomalous clip in train/: expected"
            + " normal_id_NN_NNNNNNNN.wav there");
      }
      return id(label, Integer.parseInt(id.group(2)), Integer.parseInt(id.group(3)),
          folderSplit == Split.TRAIN ? Split.TRAIN : Split.TEST);
    }
    Matcher idTest = ID_TEST.matcher(fileName);
    if (idTest.matches() && folderSplit != Split.TRAIN) {
      return id(null, Integer.parseInt(idTest.group(1)), Integer.parseInt(idTest.group(2)),
          Split.TEST);
    }
    throw new MalformedClipNameException(fileName, defectOf(fileName));
  }

  /** True when the name does not tell the label: the ground truth must be joined to evaluate. */
  public boolean isEvalTestName() {
    return label == null && split == Split.TEST;
  }

  /** True for a 2020 name, whose "section" is a machine id. */
  public boolean isIdName() {
    return fileName.startsWith("id_") || fileName.startsWith("normal_id_")
        || fileName.startsWith("anomaly_id_");
  }

  /** The section as the two digits of file names, e.g. {@code "02"}. */
  public String sectionId() {
    return two(section);
  }

  @Override
  public String toString() {
    return fileName;
  }

  private static String two(int n) {
    return String.format(Locale.ROOT, "%02d", n);
  }

  private static String four(int n) {
    return String.format(Locale.ROOT, "%04d", n);
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

  /** A short reason for a name that matched no pattern, so the report says what to fix. */
  private static String defectOf(String fileName) {
    if (!fileName.endsWith(".wav")) {
      return "expected a .wav extension";
    }
    if (fileName.startsWith("normal_") || fileName.startsWith("anomaly_")
        || fileName.startsWith("id_")) {
      return "expected a DCASE 2020 name <normal|anomaly>_id_NN_NNNNNNNN.wav (id_NN_NNNNNNNN.wav"
          + " for evaluation test clips) with a two-digit id and an eight-digit index";
    }
    if (!fileName.startsWith("section_")) {
      return "expected it to start with section_SS_ (DCASE 2021–2026) or with normal_id_,"
          + " anomaly_id_ or id_ (DCASE 2020)";
    }
    String[] tokens = fileName.substring(0, fileName.length() - 4).split("_", -1);
    if (tokens.length < 2 || !tokens[1].matches("\\d{2}")) {
      return "expected a two-digit section after section_";
    }
    if (tokens.length == 3) {
      return "expected section_SS_NNNN.wav with a four-digit index";
    }
    if (tokens.length == 5 && tokens[3].equals("test")) {
      return "expected section_SS_<source|target>_test_NNNN.wav with a four-digit index";
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
    if (!tokens[5].matches("\\d{4,8}")) {
      return "expected an index of 4 digits (up to 8 from ToyADMOS2's mixer), got '" + tokens[5]
          + "'";
    }
    return "expected non-empty attributes after the index";
  }
}
