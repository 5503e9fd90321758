package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * conf/java17.jvmopts is the one list of Java 17 options: submit/auscult passes it to drivers and
 * executors, and the parent pom's test argLine must hold every one of them (Maven cannot read the
 * file), which this test JVM's own arguments show.
 */
class Java17OptionsTest {
  @Test
  void everyTestJvmRunsWithTheProjectsJava17Options() throws IOException {
    Path file = Path.of(System.getProperty("auscult.root"), "conf", "java17.jvmopts");
    List<String> listed = List.of(Files.readString(file).trim().split("\\s+"));
    assertThat(listed).contains("-Djdk.reflect.useDirectMethodHandle=false")
        .contains("--add-opens=java.base/sun.nio.ch=ALL-UNNAMED");
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(listed);
  }
}
