package org.auscult.jobs.airflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auscult.training.kind.ModelKind;
import org.auscult.training.kind.ModelKinds;
import org.junit.jupiter.api.Test;

/**
 * The Airflow DAG is Python and cannot ask the registry, so it lists the kinds itself: one
 * {@code train_<kind>} task per registered kind, and by default the kinds the demo trains (every
 * kind without a note, i.e. all but label-using references). A kind added without its task fails
 * here, naming the lists the DAG must have.
 */
class DagModelKindsTest {
  private static final Path DAG =
      Path.of(System.getProperty("auscult.root", ".."), "submit", "airflow", "auscult_dag.py");

  @Test
  void theDagHasATrainTaskForEveryRegisteredKind() throws IOException {
    assertThat(pythonList(Pattern.compile("MODEL_KINDS = \\[([^\\]]*)\\]")))
        .as("MODEL_KINDS in %s", DAG)
        .containsExactlyInAnyOrderElementsOf(ModelKinds.names());
  }

  @Test
  void theDagTrainsTheDemosKindsByDefault() throws IOException {
    List<String> demo = ModelKinds.all().stream().filter(k -> k.note() == null)
        .map(ModelKind::name).toList();
    assertThat(pythonList(Pattern.compile("\"models\": Param\\(\\s*\\[([^\\]]*)\\]")))
        .as("the default of the models param in %s", DAG)
        .containsExactlyInAnyOrderElementsOf(demo);
  }

  /** The quoted strings of the first list {@code list} finds in the DAG file. */
  private static List<String> pythonList(Pattern list) throws IOException {
    Matcher m = list.matcher(Files.readString(DAG));
    assertThat(m.find()).as("%s in %s", list, DAG).isTrue();
    return Arrays.stream(m.group(1).split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(s -> s.replaceAll("^\"|\"$", ""))
        .toList();
  }
}
