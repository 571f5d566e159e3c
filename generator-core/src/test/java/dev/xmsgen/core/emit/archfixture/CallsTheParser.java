package dev.xmsgen.core.emit.archfixture;

import dev.xmsgen.core.parse.SpecParser;

/** Breaks a stage edge on purpose: an emitter that reaches back into the parse stage. */
public final class CallsTheParser {
  public SpecParser parser() {
    return new SpecParser();
  }
}
