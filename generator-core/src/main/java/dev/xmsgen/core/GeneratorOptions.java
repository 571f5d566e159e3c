package dev.xmsgen.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to generate: the one set of options shared by the CLI and the Maven plugin.
 *
 * @param specs the spec files to load as one API (files they {@code $ref} are read too)
 * @param packageName the Java package of everything generated
 * @param clients whether to generate clients as well as models and enums
 */
public record GeneratorOptions(List<Path> specs, String packageName, boolean clients) {
  public GeneratorOptions {
    specs = List.copyOf(specs);
    Objects.requireNonNull(packageName, "packageName");
  }

  public GeneratorOptions(List<Path> specs, String packageName) {
    this(specs, packageName, true);
  }
}
