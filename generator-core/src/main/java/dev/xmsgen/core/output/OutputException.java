package dev.xmsgen.core.output;

import java.io.IOException;

/**
 * The output folder cannot take the generated files as they are: a path that would leave the
 * folder, or a file there that the generator did not write and would have to overwrite. Nothing
 * was changed. The message says what to do, one problem per line.
 */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  public OutputException(String message) {
    super(message);
  }
}
