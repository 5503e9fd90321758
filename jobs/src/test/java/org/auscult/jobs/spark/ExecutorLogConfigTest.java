package org.auscult.jobs.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutorLogConfigTest {
  @TempDir
  Path tmp;

  private final LoggerContext context = (LoggerContext) LogManager.getContext(false);
  private final java.net.URI before = context.getConfigLocation();

  @AfterEach
  void restore() {
    context.setConfigLocation(before);
  }

  @Test
  void loadsTheShippedFileOnceItIsThereAndOnlyOnce() throws Exception {
    Path file = tmp.resolve("log4j2.properties");
    assertThat(ExecutorLogConfig.apply(file.toString())).isFalse();
    Files.writeString(file, """
        status = error
        appender.console.type = Console
        appender.console.name = console
        appender.console.layout.type = PatternLayout
        appender.console.layout.pattern = %m%n
        rootLogger.level = error
        rootLogger.appenderRef.console.ref = console
        logger.netlib.name = dev.ludovic.netlib
        logger.netlib.level = off
        """);
    assertThat(ExecutorLogConfig.apply(file.toString())).isTrue();
    assertThat(LogManager.getLogger("dev.ludovic.netlib.InstanceBuilder").getLevel())
        .isEqualTo(Level.OFF);
    assertThat(ExecutorLogConfig.apply(file.toString())).as("already loaded").isFalse();
  }

  @Test
  void leavesUrisListsAndNothingAlone() {
    assertThat(ExecutorLogConfig.apply(null)).isFalse();
    assertThat(ExecutorLogConfig.apply("classpath:log4j2.properties")).isFalse();
    assertThat(ExecutorLogConfig.apply("a.properties,b.properties")).isFalse();
  }

  @Test
  void theLogPluginJoinsAnyOtherPlugins() {
    String mine = ExecutorLogConfig.class.getName();
    assertThat(Sessions.withLogPlugin("")).isEqualTo(mine);
    assertThat(Sessions.withLogPlugin("a.B, " + mine + ",c.D")).isEqualTo("a.B,c.D," + mine);
  }
}
