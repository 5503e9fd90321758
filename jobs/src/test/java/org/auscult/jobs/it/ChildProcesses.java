package org.auscult.jobs.it;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a test class's processes and ends all of them (and theirs) after the class, pass or
 * fail, and at JVM shutdown should the test JVM be stopped first (failsafe's fork timeout).
 * Register as {@code @RegisterExtension static final ChildProcesses PROCESSES = new ChildProcesses();}.
 */
final class ChildProcesses implements AfterAllCallback {
  private static final Logger LOG = LoggerFactory.getLogger(ChildProcesses.class);

  private final List<ChildProcess> started = Collections.synchronizedList(new ArrayList<>());

  ChildProcesses() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::closeAll, "it-child-processes"));
  }

  /** Starts a process that this registry will end. */
  ChildProcess start(String name, List<String> command, Map<String, String> env, Path dir,
      Path log) {
    ChildProcess p = ChildProcess.start(name, command, env, dir, log);
    started.add(p);
    LOG.info("started {}", p);
    return p;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    closeAll();
  }

  /** Ends every process started here, the latest first (drivers before workers before master). */
  void closeAll() {
    List<ChildProcess> all;
    synchronized (started) {
      all = new ArrayList<>(started);
      started.clear();
    }
    Collections.reverse(all);
    for (ChildProcess p : all) {
      p.close();
    }
  }
}
