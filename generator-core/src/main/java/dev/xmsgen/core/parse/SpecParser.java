package dev.xmsgen.core.parse;

import dev.xmsgen.core.SpecException;
import java.nio.file.Path;
import java.util.List;

/** Reads spec files into the intermediate model. The only place swagger-parser types live. */
public final class SpecParser {

  public ParsedApi parse(List<Path> specs) throws SpecException {
    throw new UnsupportedOperationException("not yet");
  }
}
