package org.auscult.features.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The {@code attributes_SS.csv} file of a machine type's folder: one row per clip of section SS
 * with its attributes as key/value column pairs.
 *
 * <pre>
 * file_name,d1p,d1v,d2p,d2v
 * valve/train/section_02_source_train_normal_0000_v1pat_04_v2pat_05.wav,v1pat,04,v2pat,05
 * valve/train/section_02_source_train_normal_0001_v1pat_04.wav,v1pat,04
 * </pre>
 *
 * <p>The {@code file_name} column is written as the real files have it,
 * {@code <machine>/<split>/<clip file name>} (see {@link #fileNameOf}); reading accepts any form
 * and {@link Row#clipFileName()} takes the part after the last {@code /}. Rows may have fewer pairs
 * than the header has columns for (the real files mix one- and two-pair rows); they are written
 * without padding, and trailing empty cells are ignored when read. UTF-8, LF (CRLF and a BOM are
 * accepted), RFC 4180 quotes within a line. Anything else fails with an
 * {@link AttributesFormatException} naming the file and the line.
 */
public final class AttributesCsv {

  /** The first column. */
  public static final String FILE_NAME_COLUMN = "file_name";
  /** Files larger than this are refused unread: the real ones are about 100 KB. */
  public static final int MAX_BYTES = 16 << 20;

  /**
   * One row: a clip and its attributes.
   *
   * @param fileName the {@code file_name} cell as written, e.g. {@code fan/train/section_….wav}
   * @param attributes the (dNp, dNv) pairs in column order
   */
  public record Row(String fileName, List<Attribute> attributes) {
    public Row {
      Objects.requireNonNull(fileName, "fileName");
      if (fileName.isEmpty()) {
        throw new IllegalArgumentException("fileName must not be empty");
      }
      attributes = List.copyOf(attributes);
    }

    /** The clip's bare file name: {@code fileName} after its last {@code /}. */
    public String clipFileName() {
      return fileName.substring(fileName.lastIndexOf('/') + 1);
    }
  }

  private AttributesCsv() {}

  /** The file name of section {@code section}'s attributes, e.g. {@code attributes_02.csv}. */
  public static String fileName(int section) {
    return String.format(Locale.ROOT, "attributes_%02d.csv", section);
  }

  /** The {@code file_name} cell of a clip: {@code <machine>/<split>/<clip file name>}. */
  public static String fileNameOf(MachineType machine, ClipName clip) {
    return machine.dirName() + "/" + clip.split().token() + "/" + clip.fileName();
  }

  /**
   * The row of a clip, its attributes taken from its name.
   *
   * @throws IllegalArgumentException if the name has attributes that are not key/value pairs
   */
  public static Row rowOf(MachineType machine, ClipName clip) {
    if (!clip.attributes().isEmpty() && clip.attributePairs().isEmpty()) {
      throw new IllegalArgumentException("attributes '" + clip.attributes() + "' of "
          + clip.fileName() + " are not key_value pairs");
    }
    return new Row(fileNameOf(machine, clip), clip.attributePairs());
  }

  /** Reads and parses a file. */
  public static List<Row> read(FileSystem fs, Path path) throws IOException {
    String source = path.toString();
    long length = fs.getFileStatus(path).getLen();
    if (length > MAX_BYTES) {
      throw new AttributesFormatException(source, 0, "file of " + length
          + " bytes is larger than the limit of " + MAX_BYTES);
    }
    byte[] bytes;
    try (InputStream in = fs.open(path)) {
      bytes = in.readNBytes(MAX_BYTES + 1);
    }
    if (bytes.length > MAX_BYTES) {
      throw new AttributesFormatException(source, 0, "file is larger than the limit of "
          + MAX_BYTES + " bytes");
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new AttributesFormatException(source, 0, "not valid UTF-8");
    }
    return parse(source, text);
  }

  /**
   * Parses the text of a file.
   *
   * @param source what to call the text in messages, usually its path
   */
  public static List<Row> parse(String source, String text) throws AttributesFormatException {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || stripCr(lines[0]).isEmpty()) {
      throw new AttributesFormatException(source, 1, "expected the header " + FILE_NAME_COLUMN
          + ",d1p,d1v[,d2p,d2v…], found an empty line");
    }
    int maxPairs = header(source, cells(source, 1, stripCr(lines[0])));
    List<Row> rows = new ArrayList<>(lines.length - 1);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = stripCr(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      Row row = row(source, lineNo, cells(source, lineNo, line), maxPairs);
      Integer earlier = seen.putIfAbsent(row.fileName(), lineNo);
      if (earlier != null) {
        throw new AttributesFormatException(source, lineNo, "file_name '" + row.fileName()
            + "' already appears on line " + earlier);
      }
      rows.add(row);
    }
    return List.copyOf(rows);
  }

  /**
   * The file's text: a header sized for the row with the most pairs, then the rows in order.
   *
   * @throws IllegalArgumentException if a cell holds a line break
   */
  public static String format(List<Row> rows) {
    int maxPairs = Math.max(1, rows.stream().mapToInt(r -> r.attributes().size()).max().orElse(1));
    StringBuilder out = new StringBuilder(FILE_NAME_COLUMN);
    for (int k = 1; k <= maxPairs; k++) {
      out.append(",d").append(k).append("p,d").append(k).append('v');
    }
    out.append('\n');
    for (Row row : rows) {
      out.append(quoted(row.fileName()));
      for (Attribute a : row.attributes()) {
        out.append(',').append(quoted(a.key())).append(',').append(quoted(a.value()));
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** Writes {@link #format(List)} to {@code path}, replacing any file there. */
  public static void write(FileSystem fs, Path path, List<Row> rows) throws IOException {
    try (OutputStream out = fs.create(path, true)) {
      out.write(format(rows).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Checks the header and returns how many pairs it has columns for. */
  private static int header(String source, List<String> cells) throws AttributesFormatException {
    if (!cells.get(0).equals(FILE_NAME_COLUMN)) {
      throw new AttributesFormatException(source, 1, "expected the first column '"
          + FILE_NAME_COLUMN + "', found '" + cells.get(0) + "'");
    }
    for (int j = 1; j < cells.size(); j++) {
      String expected = "d" + (j + 1) / 2 + (j % 2 == 1 ? "p" : "v");
      if (!cells.get(j).equals(expected)) {
        throw new AttributesFormatException(source, 1, "expected column '" + expected
            + "' at position " + (j + 1) + ", found '" + cells.get(j) + "'");
      }
    }
    if (cells.size() % 2 == 0) {
      int k = cells.size() / 2;
      throw new AttributesFormatException(source, 1, "column 'd" + k + "p' has no 'd" + k
          + "v' after it");
    }
    return (cells.size() - 1) / 2;
  }

  private static Row row(String source, int lineNo, List<String> cells, int maxPairs)
      throws AttributesFormatException {
    int n = cells.size();
    while (n > 1 && cells.get(n - 1).isEmpty()) {
      n--;
    }
    if (cells.get(0).isEmpty()) {
      throw new AttributesFormatException(source, lineNo, "empty file_name");
    }
    int values = n - 1;
    if (values > 2 * maxPairs) {
      throw new AttributesFormatException(source, lineNo, values + " attribute cells, but the "
          + "header has columns for " + maxPairs + " pair(s)");
    }
    if (values % 2 == 1) {
      throw new AttributesFormatException(source, lineNo, "d" + (values + 1) / 2 + "p '"
          + cells.get(n - 1) + "' has no value");
    }
    List<Attribute> pairs = new ArrayList<>(values / 2);
    for (int j = 1; j < n; j += 2) {
      int k = (j + 1) / 2;
      if (cells.get(j).isEmpty() || cells.get(j + 1).isEmpty()) {
        throw new AttributesFormatException(source, lineNo, "empty d" + k
            + (cells.get(j).isEmpty() ? "p" : "v") + " before later attributes");
      }
      pairs.add(new Attribute(cells.get(j), cells.get(j + 1)));
    }
    return new Row(cells.get(0), pairs);
  }

  /** The cells of one line, RFC 4180 quotes undone. */
  private static List<String> cells(String source, int lineNo, String line)
      throws AttributesFormatException {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    int i = 0;
    while (true) {
      if (i < line.length() && line.charAt(i) == '"') {
        i++;
        while (true) {
          if (i >= line.length()) {
            throw new AttributesFormatException(source, lineNo, "unterminated quote in cell "
                + (cells.size() + 1));
          }
          char c = line.charAt(i++);
          if (c != '"') {
            cell.append(c);
          } else if (i < line.length() && line.charAt(i) == '"') {
            cell.append('"');
            i++;
          } else {
            break;
          }
        }
        if (i < line.length() && line.charAt(i) != ',') {
          throw new AttributesFormatException(source, lineNo, "text after the closing quote of "
              + "cell " + (cells.size() + 1));
        }
      } else {
        while (i < line.length() && line.charAt(i) != ',') {
          cell.append(line.charAt(i++));
        }
      }
      cells.add(cell.toString());
      cell.setLength(0);
      if (i >= line.length()) {
        return cells;
      }
      i++; // the comma
    }
  }

  private static String quoted(String cell) {
    if (cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
      // rows are lines: a line break cannot be read back, so it is not written
      throw new IllegalArgumentException("a cell cannot hold a line break: '" + cell + "'");
    }
    if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0) {
      return cell;
    }
    return '"' + cell.replace("\"", "\"\"") + '"';
  }

  private static String stripCr(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }
}
