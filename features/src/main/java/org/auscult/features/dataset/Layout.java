package org.auscult.features.dataset;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The folder layouts and file namings of the data sets Auscult reads, each recognised from the tree
 * (a scan can be told one with {@code --layout} when a tree could be read two ways, and then
 * reports every file that does not fit it). See docs/data.md for the editions and sets of each.
 */
public enum Layout implements NameToken {
  /** DCASE 2020 Task 2: development, additional training and evaluation sets. */
  DCASE2020("<machine>/{train,test}/<normal|anomaly>_id_NN_NNNNNNNN.wav"
      + " (evaluation test: id_NN_NNNNNNNN.wav); no domains, the id plays the section"),
  /**
   * DCASE 2021 Task 2, MIMII DUE as released with it, and the sets ToyADMOS2's mixer makes: separate
   * source and target test folders.
   */
  DCASE2021("<machine>/{train,source_test,target_test}/"
      + "section_SS_<source|target>_<train|test>_<normal|anomaly>_NNNN[_attributes].wav"
      + " (evaluation test: section_SS_<source|target>_test_NNNN.wav; ToyADMOS2's mixer: an index"
      + " of 4 to 8 digits)"),
  /** DCASE 2022 Task 2: several sections per machine type. */
  DCASE2022("<machine>/{train,test}/"
      + "section_SS_<source|target>_<train|test>_<normal|anomaly>_NNNN[_attributes].wav"
      + " (evaluation test: section_SS_NNNN.wav), several sections per machine type"),
  /** DCASE 2023 to 2026 Task 2: the 2022 naming with one section per machine type. */
  DCASE2023("<machine>/{train,test,supplemental}/section_00_…, one section per"
      + " machine type, attributes or noAttribute (2023, 2024, 2025, 2026)"),
  /** MIMII: 8-channel recordings per SNR, machine id and condition, no train/test split. */
  MIMII("[<snr>_<machine>/]<machine>/id_NN/{normal,abnormal}/NNNNNNNN.wav");

  private final String description;

  Layout(String description) {
    this.description = description;
  }

  /** The tree and names, for messages and docs. */
  public String description() {
    return description;
  }

  /** True for the layouts whose files are named section_SS_… (2021 to 2026). */
  public boolean sectionNamed() {
    return this == DCASE2021 || this == DCASE2022 || this == DCASE2023;
  }

  /**
   * The layout {@code --layout NAME} means: a token (the name manifests write), or
   * {@code mimii-due}, {@code toyadmos2} (= dcase2021) or {@code dcase2024}, {@code dcase2025},
   * {@code dcase2026} (= dcase2023); empty for {@code auto}.
   *
   * @throws IllegalArgumentException for any other name, listing the valid ones
   */
  public static Optional<Layout> parse(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    switch (n) {
      case "auto":
        return Optional.empty();
      case "mimii-due":
      case "toyadmos2":
        return Optional.of(DCASE2021);
      case "dcase2024":
      case "dcase2025":
      case "dcase2026":
        return Optional.of(DCASE2023);
      default:
        for (Layout l : values()) {
          if (l.token().equals(n)) {
            return Optional.of(l);
          }
        }
        throw new IllegalArgumentException("unknown layout '" + name + "', expected one of "
            + names());
    }
  }

  /** Every name {@link #parse} accepts. */
  public static List<String> names() {
    List<String> names = new java.util.ArrayList<>(List.of("auto"));
    Arrays.stream(values()).map(Layout::token).forEach(names::add);
    names.addAll(List.of("mimii-due", "toyadmos2", "dcase2024", "dcase2025", "dcase2026"));
    return names;
  }

  @Override
  public String toString() {
    return token();
  }
}
