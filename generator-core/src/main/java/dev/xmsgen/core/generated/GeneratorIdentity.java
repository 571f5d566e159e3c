package dev.xmsgen.core.generated;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Which generator made the output: the name and version that generated headers, the report and
 * {@code --version} give, and the build identity incremental generation records.
 */
public final class GeneratorIdentity {

  /** The generator's name, as reports and generated headers give it. */
  public static final String NAME = "xmsgen";

  private GeneratorIdentity() {}

  /** This build's version, from the jar manifest, or {@code dev} when run from classes. */
  public static String version() {
    String v = GeneratorIdentity.class.getPackage().getImplementationVersion();
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
      var source = GeneratorIdentity.class.getProtectionDomain().getCodeSource();
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
          // FileTime's own ISO-8601 text: Instant's goes through java.time.format, a few dozen
          // classes to load before every up-to-date check
          + Files.getLastModifiedTime(codeSource)
          + ")";
    } catch (IOException e) {
      return version;
    }
  }
}
