package dev.xmsgen.core;

import dev.xmsgen.core.emit.JavaEmitter;
import dev.xmsgen.core.parse.ParsedApi;
import dev.xmsgen.core.parse.SpecParser;
import java.util.List;

/**
 * The generator API: specs in, Java sources out (in memory). The CLI and the Maven plugin are thin
 * shells over this class; writing to disk is {@link dev.xmsgen.core.output}'s job.
 */
public final class Generator {

  /** The generator's name, as reports and generated headers give it. */
  public static final String NAME = "xmsgen";

  /** Runs parse, transform and emit. Thread-safe; holds no state between calls. */
  public GenerationResult generate(GeneratorOptions options) throws SpecException {
    ParsedApi parsed = new SpecParser().parse(options.specs());
    List<GeneratedFile> files = new JavaEmitter(options).emit(parsed.model());
    return new GenerationResult(parsed.model(), files, parsed.inputs());
  }

  /** This build's version, from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = Generator.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }
}
