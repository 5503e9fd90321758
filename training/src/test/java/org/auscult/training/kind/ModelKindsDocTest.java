package org.auscult.training.kind;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The table of kinds in {@code docs/models.md} is the registry's list: a kind added or renamed
 * without its row (or a row without its kind) fails here, printing the rows the table must have.
 */
class ModelKindsDocTest {
  private static final String START = "<!-- kinds:";
  private static final String END = "<!-- /kinds -->";

  @org.junit.jupiter.api.Test
  void theDocsTableListsEveryRegisteredKindWithItsSummary() throws IOException {
    Path doc = Path.of(System.getProperty("auscult.root", ".."), "docs", "models.md");
    List<String> lines = Files.readAllLines(doc);
    int start = indexOf(lines, START);
    int end = indexOf(lines, END);
    List<String> rows = lines.subList(start + 3, end);
    List<String> expected = ModelKinds.all().stream()
        .map(k -> "| `" + k.name() + "` | " + k.summary() + " |").toList();
    assertThat(rows).as("rows of the kinds table in %s; it must read:%n%s", doc,
        String.join("\n", expected)).containsExactlyElementsOf(expected);
  }

  private static int indexOf(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    throw new AssertionError("docs/models.md has no line starting " + prefix);
  }
}
