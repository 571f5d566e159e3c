package dev.xmsgen.core.model;

import java.util.Objects;

/**
 * A message about the input, always tied to a file and a JSON pointer.
 *
 * @param severity whether generation can go on
 * @param source where in the specs the problem is
 * @param message what is wrong, in words a person can act on
 */
public record Diagnostic(Severity severity, SourceRef source, String message)
    implements Comparable<Diagnostic> {

  /** How serious a diagnostic is. */
  public enum Severity {
    /** Generation goes on; the report lists it. */
    WARNING,
    /** Generation stops; nothing is written. */
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic warning(SourceRef source, String message) {
    return new Diagnostic(Severity.WARNING, source, message);
  }

  public static Diagnostic error(SourceRef source, String message) {
    return new Diagnostic(Severity.ERROR, source, message);
  }

  @Override
  public int compareTo(Diagnostic other) {
    int c = source.compareTo(other.source);
    return c != 0 ? c : message.compareTo(other.message);
  }

  /** {@code keyvault.json#/definitions/X: message}, the one-line form used by the CLI and plugin. */
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
