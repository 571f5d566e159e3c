package dev.xmsgen.runtime.archfixture;

import dev.xmsgen.core.model.Diagnostic;

/** Breaks a stage edge on purpose: a runtime class that uses a generator type. */
public final class UsesTheGenerator {
  public String describe(Diagnostic diagnostic) {
    return diagnostic.toString();
  }
}
