package dev.xmsgen.runtime;

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
}
