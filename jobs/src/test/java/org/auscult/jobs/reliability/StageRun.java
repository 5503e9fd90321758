package org.auscult.jobs.reliability;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.auscult.jobs.cli.StageMain;

/**
 * A stage main run in this JVM through {@link StageMain#execute}: its exit code and the non-blank
 * lines it printed on stderr (where stage mains print their one-line errors; the log's console
 * appender keeps the stream it started with, so log lines are not among them).
 */
record StageRun(int exitCode, List<String> stderr) {

  static StageRun of(Callable<Integer> main, String... args) {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    int code;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      code = StageMain.execute(main, args);
    } finally {
      System.setErr(err);
    }
    return new StageRun(code, captured.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> !l.isBlank()).toList());
  }
}
