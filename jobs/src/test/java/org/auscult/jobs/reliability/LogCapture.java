package org.auscult.jobs.reliability;

import java.io.StringWriter;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.WriterAppender;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.layout.PatternLayout;

/**
 * Collects what Auscult logs (logger {@code org.auscult}, INFO and above) while open, as the
 * console shows it, so a test can check the lines a user reads.
 */
final class LogCapture implements AutoCloseable {
  private static final String LOGGER = "org.auscult";

  private final StringWriter text = new StringWriter();
  private final WriterAppender appender;
  private final LoggerContext context;

  private LogCapture() {
    context = (LoggerContext) LogManager.getContext(false);
    appender = WriterAppender.newBuilder().setName("capture-" + System.identityHashCode(this))
        .setTarget(text).setLayout(PatternLayout.newBuilder().withPattern("%-5p %c{1}: %m%n")
            .build())
        .build();
    appender.start();
    loggerConfig().addAppender(appender, Level.INFO, null);
    context.updateLoggers();
  }

  /** Starts collecting. */
  static LogCapture start() {
    return new LogCapture();
  }

  /** What was logged so far. */
  String text() {
    synchronized (text) {
      return text.toString();
    }
  }

  @Override
  public void close() {
    loggerConfig().removeAppender(appender.getName());
    context.updateLoggers();
    appender.stop();
  }

  private LoggerConfig loggerConfig() {
    LoggerConfig c = context.getConfiguration().getLoggerConfig(LOGGER);
    if (!c.getName().equals(LOGGER)) {
      throw new IllegalStateException("the log4j2 configuration has no logger " + LOGGER
          + " (conf/log4j2-test.properties defines it)");
    }
    return c;
  }
}
