package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Collects what the parser finds wrong while it reads: errors stop it, warnings ride along. */
final class Diagnostics {
  private final TreeSet<Diagnostic> errors = new TreeSet<>();
  private final TreeSet<Diagnostic> warnings = new TreeSet<>();

  void error(SourceRef source, String message) {
    errors.add(Diagnostic.error(source, message));
  }

  void warn(SourceRef source, String message) {
    warnings.add(Diagnostic.warning(source, message));
  }

  void addWarnings(List<Diagnostic> more) {
    warnings.addAll(more);
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Throws every error found so far, sorted by file and pointer, if there is any. */
  void throwIfErrors() throws SpecException {
    if (!errors.isEmpty()) {
      throw new SpecException(new ArrayList<>(errors));
    }
  }

  /** The warnings, sorted and without duplicates. */
  List<Diagnostic> warnings() {
    return List.copyOf(warnings);
  }
}
