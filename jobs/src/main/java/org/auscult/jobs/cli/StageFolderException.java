package org.auscult.jobs.cli;

import java.io.IOException;

/**
 * A stage cannot use a folder it was given: an input that is missing, incomplete or holds nothing
 * to read, or an output folder that holds something else (exit {@link ExitCodes#USAGE}: the
 * command line names the wrong folder), or an output that cannot be written (exit
 * {@link ExitCodes#FAILED}). The message names the folder and what was
 * expected; {@code StageMain} prints it as one line, without a stack trace.
 */
public final class StageFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  private StageFolderException(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  /** An input folder named on the command line that cannot be read as what the stage expects. */
  public static StageFolderException wrongFolder(String message) {
    return new StageFolderException(ExitCodes.USAGE, message, null);
  }

  /** An input folder that cannot be read, with the underlying failure. */
  public static StageFolderException wrongFolder(String message, Throwable cause) {
    return new StageFolderException(ExitCodes.USAGE, message, cause);
  }

  /** An output folder that cannot be written or replaced. */
  public static StageFolderException unwritable(String message, Throwable cause) {
    return new StageFolderException(ExitCodes.FAILED, message, cause);
  }

  /** The process exit status for this failure. */
  public int exitCode() {
    return exitCode;
  }
}
