package org.auscult.jobs.cli;

/** A stage ends on purpose with a non-zero exit status and a one-line reason. */
public final class StageFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public StageFailedException(int exitCode, String message) {
    super(message);
    if (exitCode == ExitCodes.OK) {
      throw new IllegalArgumentException("a failure needs a non-zero exit code");
    }
    this.exitCode = exitCode;
  }

  /** The process exit status for this failure. */
  public int exitCode() {
    return exitCode;
  }
}
