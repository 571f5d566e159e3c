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
    errors.add(Diagnostic.error(oneLine(source), oneLine(message)));
  }

  void warn(SourceRef source, String message) {
    warnings.add(Diagnostic.warning(oneLine(source), oneLine(message)));
  }

  private static SourceRef oneLine(SourceRef source) {
    return new SourceRef(oneLine(source.file()), oneLine(source.pointer()));
  }

  /**
   * {@code text} with line breaks, other control characters, format characters and line or
   * paragraph separators written as a backslash, u and four hex digits, so a diagnostic quoting a
   * spec's names stays on one line.
   */
  static String oneLine(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int type = Character.getType(c);
      boolean odd =
          type == Character.CONTROL
              || type == Character.LINE_SEPARATOR
              || type == Character.PARAGRAPH_SEPARATOR
              || type == Character.FORMAT;
      if (odd && b == null) {
        b = new StringBuilder(text.substring(0, i));
      }
      if (b != null) {
        if (odd) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? text : b.toString();
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
