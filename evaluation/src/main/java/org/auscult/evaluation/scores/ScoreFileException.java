package org.auscult.evaluation.scores;

import java.io.IOException;
import org.apache.hadoop.fs.Path;

/**
 * A score, decision or ground-truth file (or folder) that cannot be evaluated as it is. The message
 * starts with the file and, where one line is at fault, its 1-based line number
 * ({@code …/anomaly_score_fan_section_00_test.csv:17: score 'nan' is not a finite number}).
 */
public final class ScoreFileException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /** A problem with the file as a whole ({@code line} 0). */
  public ScoreFileException(Path file, String problem) {
    this(file, 0, problem, null);
  }

  /** A problem on one line, 1-based. */
  public ScoreFileException(Path file, int line, String problem) {
    this(file, line, problem, null);
  }

  /** A file that could not be read at all. */
  public ScoreFileException(Path file, String problem, Throwable cause) {
    this(file, 0, problem, cause);
  }

  private ScoreFileException(Path file, int line, String problem, Throwable cause) {
    super(file + (line > 0 ? ":" + line : "") + ": " + problem, cause);
    this.file = file.toString();
    this.line = line;
  }

  /** The file (or folder) at fault. */
  public String file() {
    return file;
  }

  /** The 1-based line at fault, or 0 when the problem is not one line's. */
  public int line() {
    return line;
  }
}
