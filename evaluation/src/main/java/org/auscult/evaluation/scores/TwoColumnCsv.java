package org.auscult.evaluation.scores;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.auscult.features.dataset.ClipName;
import org.auscult.features.dataset.MalformedClipNameException;
import org.auscult.features.dataset.Split;

/**
 * The rows of a headerless {@code <clip name>,<value>} file, parsed strictly: exactly two fields,
 * no empty lines, no header, each clip once, each a test clip of the file's section. LF or CRLF
 * line ends; a final newline is optional.
 */
final class TwoColumnCsv {
  /** Plain decimal numbers only: no hex, no "1d", no NaN/Infinity, no surrounding blanks. */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NON_FINITE =
      Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  /** One row: its 1-based line, the clip and the raw value. */
  record Row(int line, ClipName clip, String value) {
    String name() {
      return clip.fileName();
    }
  }

  private final Path file;
  private final List<Row> rows;

  private TwoColumnCsv(Path file, List<Row> rows) {
    this.file = file;
    this.rows = rows;
  }

  /** Reads and checks {@code file}, whose clips must all be test clips of {@code section}. */
  static TwoColumnCsv read(FileSystem fs, Path file, int section) throws ScoreFileException {
    String text;
    try (FSDataInputStream in = fs.open(file)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ScoreFileException(file, "cannot read it: " + e.getMessage(), e);
    }
    if (text.isEmpty()) {
      throw new ScoreFileException(file, "the file is empty");
    }
    String[] lines = text.split("\n", -1);
    int count = lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
    List<Row> rows = new ArrayList<>(count);
    Map<String, Integer> firstLine = new HashMap<>();
    for (int i = 0; i < count; i++) {
      int line = i + 1;
      String l = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      if (l.isEmpty()) {
        throw new ScoreFileException(file, line, "empty line");
      }
      String[] fields = l.split(",", -1);
      if (fields.length != 2) {
        throw new ScoreFileException(file, line, "expected 2 comma-separated fields"
            + " <file_name>,<value>, got " + fields.length + ": '" + l + "'");
      }
      ClipName clip = clip(file, line, fields[0], l, section);
      Integer earlier = firstLine.putIfAbsent(fields[0], line);
      if (earlier != null) {
        throw new ScoreFileException(file, line, "clip " + fields[0] + " is listed twice"
            + " (first on line " + earlier + ")");
      }
      rows.add(new Row(line, clip, fields[1]));
    }
    return new TwoColumnCsv(file, rows);
  }

  Path file() {
    return file;
  }

  List<Row> rows() {
    return rows;
  }

  /** {@code row}'s value as a finite decimal number. */
  double number(Row row, String what) throws ScoreFileException {
    String v = row.value();
    if (!DECIMAL.matcher(v).matches()) {
      throw new ScoreFileException(file, row.line(), what + " '" + v + "' is not "
          + (NON_FINITE.matcher(v.trim()).matches() ? "a finite number" : "a decimal number"));
    }
    double d = Double.parseDouble(v);
    if (!Double.isFinite(d)) {
      throw new ScoreFileException(file, row.line(), what + " '" + v + "' overflows a double");
    }
    return d;
  }

  /** {@code row}'s value as 0 (false) or 1 (true), nothing else. */
  boolean zeroOrOne(Row row, String what) throws ScoreFileException {
    switch (row.value()) {
      case "0":
        return false;
      case "1":
        return true;
      default:
        throw new ScoreFileException(file, row.line(), what + " '" + row.value()
            + "' is not 0 or 1");
    }
  }

  private static ClipName clip(Path file, int line, String name, String wholeLine, int section)
      throws ScoreFileException {
    ClipName clip;
    try {
      clip = ClipName.parse(name);
    } catch (MalformedClipNameException e) {
      if (line == 1 && !name.toLowerCase(Locale.ROOT).endsWith(".wav")) {
        throw new ScoreFileException(file, line, "header row '" + wholeLine + "': these files"
            + " have no header, every row is <file_name>,<value>");
      }
      throw new ScoreFileException(file, line, e.getMessage());
    }
    if (clip.split() != Split.TEST) {
      throw new ScoreFileException(file, line, "training clip " + name + " in a test file");
    }
    if (clip.section() != section) {
      throw new ScoreFileException(file, line, "clip " + name + " is of section "
          + clip.sectionId() + ", the file is for section " + String.format(Locale.ROOT, "%02d",
          section));
    }
    return clip;
  }
}
