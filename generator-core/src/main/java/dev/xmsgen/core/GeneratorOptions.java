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
 */
public record GeneratorOptions(
    List<Path> specs, String packageName, boolean clients, boolean flatPackage) {
  /** The subpackage of {@link #packageName()} that holds models and enums by default. */
  public static final String MODELS_SUBPACKAGE = "models";

  public GeneratorOptions {
    specs = List.copyOf(specs);
    Objects.requireNonNull(packageName, "packageName");
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
