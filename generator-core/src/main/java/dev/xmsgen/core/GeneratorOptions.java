package dev.xmsgen.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the one set of options shared by the CLI and the Maven plugin.
 *
 * @param specs the spec files to load as one API (files they {@code $ref} are read too)
 * @param packageName the Java package of the clients; models and enums go to its {@code models}
 *     subpackage unless {@code flatPackage} is set
 * @param clients whether to generate clients as well as models and enums
 * @param flatPackage whether models and enums share the clients' package instead of {@code
 *     <packageName>.models}
 * @param readRoots the folders a {@code $ref} may read files in (the spec files given are read
 *     wherever they are); none: anywhere
 * @param clientVersion the version the generated client names in its {@code User-Agent} (the
 *     Maven plugin passes the project's); {@code null}: the version of the jar it is packaged in
 */
public record GeneratorOptions(
    List<Path> specs,
    String packageName,
    boolean clients,
    boolean flatPackage,
    List<Path> readRoots,
    String clientVersion) {
  /** The subpackage of {@link #packageName()} that holds models and enums by default. */
  public static final String MODELS_SUBPACKAGE = "models";

  public GeneratorOptions {
    specs = List.copyOf(specs);
    Objects.requireNonNull(packageName, "packageName");
    readRoots = List.copyOf(readRoots);
    if (clientVersion != null && !clientVersion.matches("[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")) {
      throw new IllegalArgumentException(
          "the client version must be 1 to 64 letters, digits and . _ + -, starting with a letter"
              + " or digit");
    }
  }

  /** Options with the client's version from its jar. */
  public GeneratorOptions(
      List<Path> specs,
      String packageName,
      boolean clients,
      boolean flatPackage,
      List<Path> readRoots) {
    this(specs, packageName, clients, flatPackage, readRoots, null);
  }

  /** These options with the client version {@code version} ({@code null}: from its jar). */
  public GeneratorOptions withClientVersion(String version) {
    return new GeneratorOptions(specs, packageName, clients, flatPackage, readRoots, version);
  }

  /** Options whose {@code $ref}s may read spec files anywhere. */
  public GeneratorOptions(
      List<Path> specs, String packageName, boolean clients, boolean flatPackage) {
    this(specs, packageName, clients, flatPackage, List.of());
  }

  /** These options with {@code $ref} reads confined to {@code roots} (none: anywhere). */
  public GeneratorOptions withReadRoots(List<Path> roots) {
    return new GeneratorOptions(specs, packageName, clients, flatPackage, roots, clientVersion);
  }

  /** Options with models and enums in {@code <packageName>.models}. */
  public GeneratorOptions(List<Path> specs, String packageName, boolean clients) {
    this(specs, packageName, clients, false);
  }

  /** Options with clients, and models and enums in {@code <packageName>.models}. */
  public GeneratorOptions(List<Path> specs, String packageName) {
    this(specs, packageName, true);
  }

  /** The Java package of the generated models and enums. */
  public String modelPackage() {
    if (flatPackage) {
      return packageName;
    }
    return packageName.isEmpty() ? MODELS_SUBPACKAGE : packageName + "." + MODELS_SUBPACKAGE;
  }
}
