package dev.xmsgen.runtime;

import java.util.Locale;

/** Where a long-running operation stands. */
public enum OperationStatus {
  /** Still running: {@code InProgress}, {@code Accepted}, {@code Creating}, a 202, ... */
  IN_PROGRESS,
  /** Finished well. */
  SUCCEEDED,
  /** Finished with an error. */
  FAILED,
  /** Stopped before finishing. */
  CANCELED;

  /** Whether the operation has finished, well or not. */
  public boolean isTerminal() {
    return this != IN_PROGRESS;
  }

  /**
   * The status a service's text means: {@code Succeeded}, {@code Failed}, {@code Canceled} (or
   * {@code Cancelled}) in any case; anything else is still in progress.
   */
  static OperationStatus fromText(String text) {
    switch (text == null ? "" : text.toLowerCase(Locale.ROOT)) {
      case "succeeded":
        return SUCCEEDED;
      case "failed":
        return FAILED;
      case "canceled":
      case "cancelled":
        return CANCELED;
      default:
        return IN_PROGRESS;
    }
  }
}
