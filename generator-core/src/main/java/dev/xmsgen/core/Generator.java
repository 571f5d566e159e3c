package dev.xmsgen.core;

import dev.xmsgen.core.docs.ReferenceDocs;
import dev.xmsgen.core.emit.JavaEmitter;
import dev.xmsgen.core.emit.client.ClientEmitter;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.parse.ParsedApi;
import dev.xmsgen.core.parse.SpecParser;
import dev.xmsgen.core.transform.Pass;
import dev.xmsgen.core.transform.Passes;
import java.nio.file.Path;
import java.util.List;

/**
 * The generator API: specs in, Java sources out (in memory). The CLI and the Maven plugin are thin
 * shells over this class; writing to disk is {@link dev.xmsgen.core.output}'s job.
 */
public final class Generator {

  /**
   * Runs the pipeline: parse reads the specs into a model, the passes of {@link Passes#ALL} rewrite
   * and check it in order ({@code naming}, {@code enum merging}, {@code flattening}, {@code
   * validation}), and emit renders it. Thread-safe; holds no state between calls.
   *
   * @throws SpecException when parse or a pass finds errors in the specs: every error of that stage,
   *     each with file and JSON pointer
   */
  public GenerationResult generate(GeneratorOptions options) throws SpecException {
    ParsedApi parsed = new SpecParser(options.readRoots()).parse(options.specs());
    ApiModel model = transform(parsed.model());
    List<GeneratedFile> files = emitter(options).emit(model);
    return new GenerationResult(model, files, parsed.inputs());
  }

  /**
   * The passes of {@link Passes#ALL} applied to a parsed model, as {@link #generate} applies them:
   * the model the emitters are given.
   *
   * @throws SpecException when a pass finds errors
   */
  public static ApiModel transform(ApiModel parsed) throws SpecException {
    Pass.Outcome outcome = Passes.run(Passes.ALL, parsed);
    if (!outcome.errors().isEmpty()) {
      throw new SpecException(outcome.errors());
    }
    return outcome.model();
  }

  /**
   * The model that {@link #generate} would emit for {@code specs} with {@code $ref} reads confined
   * to {@code readRoots} (none: anywhere), parsed and transformed but not emitted: what API
   * comparison ({@link dev.xmsgen.core.diff}) reads.
   *
   * @throws SpecException when parse or a pass finds errors
   */
  public ApiModel model(List<Path> specs, List<Path> readRoots) throws SpecException {
    return transform(new SpecParser(readRoots).parse(specs).model());
  }

  /**
   * Reference pages ({@link dev.xmsgen.core.docs}) for specs, as in-memory Markdown files: the
   * same parse and passes as {@link #generate}, then pages instead of Java. The result's files are
   * the pages ({@code index.md} and one per resource or group), so the output machinery writes them
   * as it writes sources.
   *
   * @throws SpecException when parse or a pass finds errors
   */
  public GenerationResult docs(GeneratorOptions options) throws SpecException {
    ParsedApi parsed = new SpecParser(options.readRoots()).parse(options.specs());
    ApiModel model = transform(parsed.model());
    List<GeneratedFile> pages =
        ReferenceDocs.files(model, options.packageName(), options.modelPackage());
    return new GenerationResult(model, pages, parsed.inputs());
  }

  /** The emitter the options ask for: models and enums, and the clients unless they are off. */
  private static JavaEmitter emitter(GeneratorOptions options) {
    return options.clients()
        ? new JavaEmitter(
            options.packageName(),
            options.modelPackage(),
            ClientEmitter.fileEmitter(options.clientVersion()))
        : new JavaEmitter(options.packageName(), options.modelPackage(), null);
  }
}
