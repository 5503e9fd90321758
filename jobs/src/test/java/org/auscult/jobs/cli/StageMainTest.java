package org.auscult.jobs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class StageMainTest {

  @Command(name = "probe", mixinStandardHelpOptions = true)
  static final class Probe implements Callable<Integer> {
    @Option(names = "--fail", description = "what to throw")
    String fail = "";

    @Override
    public Integer call() {
      switch (fail) {
        case "config" -> throw new ConfigException.Missing("auscult.features.n-mels");
        case "bad" -> throw new StageFailedException(ExitCodes.TOO_MANY_BAD, "3 bad clips > 0");
        case "crash" -> throw new IllegalStateException("boom");
        case "arg" -> throw new IllegalArgumentException("--scale must be full, small or tiny");
        default -> {
          return ExitCodes.OK;
        }
      }
    }
  }

  @Test
  void mapsEachOutcomeToItsExitCode() {
    assertThat(StageMain.execute(new Probe())).isEqualTo(ExitCodes.OK);
    assertThat(StageMain.execute(new Probe(), "--fail", "config")).isEqualTo(ExitCodes.CONFIG);
    assertThat(StageMain.execute(new Probe(), "--fail", "bad")).isEqualTo(ExitCodes.TOO_MANY_BAD);
    assertThat(StageMain.execute(new Probe(), "--fail", "crash")).isEqualTo(ExitCodes.FAILED);
    // an IllegalArgumentException outside settings is a defect, not a usage error
    assertThat(StageMain.execute(new Probe(), "--fail", "arg")).isEqualTo(ExitCodes.FAILED);
    assertThat(StageMain.execute(new Probe(), "--no-such-option")).isEqualTo(ExitCodes.USAGE);
    assertThat(StageMain.execute(new Probe(), "--help")).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anUnreachableMasterStopsTheStageBeforeItRunsButNotItsHelp() throws Exception {
    int port;
    try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String before = System.getProperty("spark.master");
    System.setProperty("spark.master", "spark://127.0.0.1:" + port);
    try {
      assertThat(StageMain.execute(new Probe(), "--fail", "crash"))
          .as("the check comes before the command").isEqualTo(ExitCodes.UNREACHABLE);
      assertThat(StageMain.execute(new Probe(), "--help")).isEqualTo(ExitCodes.OK);
      System.setProperty(StageMain.CLUSTER_CHECK_PROPERTY, "false");
      assertThat(StageMain.execute(new Probe())).isEqualTo(ExitCodes.OK);
    } finally {
      System.clearProperty(StageMain.CLUSTER_CHECK_PROPERTY);
      if (before == null) {
        System.clearProperty("spark.master");
      } else {
        System.setProperty("spark.master", before);
      }
    }
  }

  @Test
  void configErrorIsOneLineNamingTheKey() {
    StringWriter out = new StringWriter();
    int code = StageMain.exitCodeOf(new ConfigException.Missing("auscult.features.n-mels"),
        new PrintWriter(out), "features");
    assertThat(code).isEqualTo(ExitCodes.CONFIG);
    assertThat(out.toString().strip()).doesNotContain("\n").contains("auscult.features.n-mels");
  }

  @Test
  void progressLineSaysWhatHowManyHowLong() {
    assertThat(Progress.line("features: log-mel", 25200, "clips", 42.0))
        .isEqualTo("features: log-mel: 25,200 clips in 42.0 s (600.0 clips/s)");
  }
}
