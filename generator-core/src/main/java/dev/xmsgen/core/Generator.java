package dev.xmsgen.core;

import dev.xmsgen.core.emit.JavaEmitter;
import dev.xmsgen.core.emit.client.ClientEmitter;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.parse.ParsedApi;
import dev.xmsgen.core.parse.SpecParser;
import java.util.List;

/**
 * The generator API: specs in, Java sources out (in memory). The CLI and the Maven plugin are thin
 * shells over this class; writing to disk is {@link dev.xmsgen.core.output}'s job.
 */
public final class Generator {

  /** Runs parse, transform and emit. Thread-safe; holds no state between calls. */
  public GenerationResult generate(GeneratorOptions options) throws SpecException {
    ParsedApi parsed = new SpecParser(options.readRoot()).parse(options.specs());
    List<GeneratedFile> files = emitter(options).emit(parsed.model());
    return new GenerationResult(parsed.model(), files, parsed.inputs());
  }

  /** The emitter the options ask for: models and enums, and the clients unless they are off. */
  private static JavaEmitter emitter(GeneratorOptions options) {
    return options.clients()
        ? new JavaEmitter(
            options.packageName(), options.modelPackage(), ClientEmitter.fileEmitter())
        : new JavaEmitter(options.packageName(), options.modelPackage(), null);
  }
}
