package org.auscult.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Turns the folders given to {@code evaluate} into score sets. A folder holding
 * {@code anomaly_score_…} files is one system, labelled by the folder's name; a folder without any
 * but with such sub-folders (a run's {@code scores/} with {@code ae/}, {@code gmm/}, …) gives one
 * system per sub-folder. A system's folder may hold {@value #NOTE_FILE}, one line shown beside it
 * wherever it appears (the supervised reference says "uses anomaly labels" there).
 */
public final class ScoreSetDiscovery {
  /** Optional one-line note of a score folder. */
  public static final String NOTE_FILE = "SYSTEM_NOTE.txt";

  private static final String SCORE_PREFIX = "anomaly_score_";

  private ScoreSetDiscovery() {
  }

  /**
   * The score sets under {@code folders}, in the order given (sub-folders sorted by name).
   *
   * @throws IOException naming a folder that does not exist or holds no score files
   */
  public static List<ScoreSet> discover(FileSystem fs, List<Path> folders) throws IOException {
    List<ScoreSet> sets = new ArrayList<>();
    for (Path folder : folders) {
      if (!fs.exists(folder)) {
        throw new IOException("score folder " + folder + " does not exist");
      }
      if (holdsScores(fs, folder)) {
        sets.add(scoreSet(fs, folder));
        continue;
      }
      FileStatus[] children = fs.listStatus(folder);
      Arrays.sort(children, Comparator.comparing(s -> s.getPath().getName()));
      int before = sets.size();
      for (FileStatus child : children) {
        if (child.isDirectory() && holdsScores(fs, child.getPath())) {
          sets.add(scoreSet(fs, child.getPath()));
        }
      }
      if (sets.size() == before) {
        throw new IOException("score folder " + folder + " holds no " + SCORE_PREFIX
            + "<machine>_section_<SS>_test.csv files, nor sub-folders that do");
      }
    }
    return sets;
  }

  private static boolean holdsScores(FileSystem fs, Path folder) throws IOException {
    for (FileStatus s : fs.listStatus(folder)) {
      String n = s.getPath().getName();
      if (s.isFile() && n.startsWith(SCORE_PREFIX) && n.endsWith(".csv")) {
        return true;
      }
    }
    return false;
  }

  private static ScoreSet scoreSet(FileSystem fs, Path folder) throws IOException {
    Path notePath = new Path(folder, NOTE_FILE);
    Optional<String> note = Optional.empty();
    if (fs.exists(notePath)) {
      try (InputStream in = fs.open(notePath)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        if (!text.isEmpty()) {
          note = Optional.of(text.lines().findFirst().orElse(text));
        }
      }
    }
    return new ScoreSet(folder.getName(), folder, note);
  }
}
