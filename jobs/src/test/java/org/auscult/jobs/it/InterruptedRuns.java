package org.auscult.jobs.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.auscult.features.dataset.MachineType;

/**
 * What the tests that kill part of a running stage share (a driver, a worker): the stage time
 * limit, the machine type of their tiny synthetic set, the autoencoder's epochs and what a model
 * trained through the kill must show.
 */
final class InterruptedRuns {
  static final Duration STAGE_LIMIT = Duration.ofMinutes(6);
  static final MachineType MACHINE = MachineType.of("fan");
  /** Killed after epoch 2: two epochs (seconds each) are left, enough to see training go on. */
  static final int AE_EPOCHS = 4;

  private InterruptedRuns() {}

  /** Asserts that {@code model}'s history lists epochs 1 … {@value #AE_EPOCHS}, losses finite. */
  static void assertEveryEpochTrained(Path model) throws IOException {
    List<Integer> epochs = new ArrayList<>();
    for (JsonNode e : new ObjectMapper().readTree(model.resolve("history.json").toFile())
        .get("epochs")) {
      epochs.add(e.get("epoch").asInt());
      assertThat(Double.isFinite(e.get("train_loss").asDouble())).as("loss of %s", e).isTrue();
    }
    assertThat(epochs).containsExactlyElementsOf(
        IntStream.rangeClosed(1, AE_EPOCHS).boxed().toList());
  }
}
