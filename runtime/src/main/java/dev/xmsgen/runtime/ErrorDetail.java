package dev.xmsgen.runtime;

import java.util.List;

/** One entry of an error's {@code details}, itself possibly with details. */
public final class ErrorDetail {
  private final String code;
  private final String message;
  private final String target;
  private final List<ErrorDetail> details;

  public ErrorDetail(String code, String message, String target, List<ErrorDetail> details) {
    this.code = code;
    this.message = message;
    this.target = target;
    this.details = details == null ? List.of() : List.copyOf(details);
  }

  /** The service's error code, or {@code null}. */
  public String code() {
    return code;
  }

  /** The service's message, or {@code null}. */
  public String message() {
    return message;
  }

  /** What the error is about, or {@code null}. */
  public String target() {
    return target;
  }

  /** Nested details; empty when there are none. */
  public List<ErrorDetail> details() {
    return details;
  }

  @Override
  public String toString() {
    return code + ": " + message + (target == null ? "" : " (target " + target + ")");
  }
}
