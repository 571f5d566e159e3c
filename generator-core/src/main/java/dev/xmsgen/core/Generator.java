package dev.xmsgen.core;

import dev.xmsgen.core.emit.JavaEmitter;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.parse.ParsedApi;
import dev.xmsgen.core.parse.SpecParser;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /**
   * Parses and transforms the specs into the model that generation would emit, without emitting:
   * what API comparison ({@link dev.xmsgen.core.diff}) reads.
   */
  public ApiModel model(List<Path> specs) throws SpecException {
    return new SpecParser().parse(specs).model();
  }

  /** This build's version, from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = Generator.class.getPackage().getImplementationVersion();
    return v != null ? v : "dev";
  }

  /**
   * What incremental generation records as "the generator": the version, and for a snapshot also
   * the size and modification time of the jar the generator runs from, so that rebuilding the
   * generator during development counts as a change although the version stays the same.
   */
  public static String buildIdentity() {
    Path jar = null;
    try {
      var source = Generator.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        jar = Path.of(source.getLocation().toURI());
      }
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      jar = null;
    }
    return buildIdentity(version(), jar);
  }

  /**
   * The build identity of {@code version} running from {@code codeSource} (a jar, a folder of
   * classes, or {@code null}); see {@link #buildIdentity()}.
   */
  static String buildIdentity(String version, Path codeSource) {
    boolean snapshot = version.endsWith("-SNAPSHOT") || version.equals("dev");
    if (!snapshot || codeSource == null || !Files.isRegularFile(codeSource)) {
      return version;
    }
    try {
      return version
          + " (jar of "
          + Files.size(codeSource)
          + " bytes, "
          + Files.getLastModifiedTime(codeSource).toInstant()
          + ")";
    } catch (IOException e) {
      return version;
    }
  }
}
