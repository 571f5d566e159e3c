package dev.xmsgen.core.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The specs cannot be generated from. Carries every error found, each with its file and JSON
 * pointer; the message is one line per error, meant to be shown as it is.
 */
public final class SpecException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public SpecException(List<Diagnostic> diagnostics) {
    super(diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n")));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public SpecException(Diagnostic diagnostic) {
    this(List.of(diagnostic));
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
