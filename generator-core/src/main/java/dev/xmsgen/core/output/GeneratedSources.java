package dev.xmsgen.core.output;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.model.TypeDef;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Which schema each generated file comes from, so that an error about a file (a name too long
 * for the file system) can point at the spec: a file named after a model type comes from that
 * type's definition. Other files (clients) map to nothing.
 */
final class GeneratedSources {

  private GeneratedSources() {}

  /** For a generated path, {@code keyvault.json#/definitions/Vault}, or {@code null}. */
  static Function<String, String> of(GenerationResult result) {
    Map<String, String> byName = new HashMap<>();
    if (result.model() != null) {
      for (TypeDef type : result.model().types()) {
        byName.putIfAbsent(type.name(), type.source().toString());
      }
    }
    return rel -> {
      String name = rel.substring(rel.lastIndexOf('/') + 1);
      return name.endsWith(".java") ? byName.get(name.substring(0, name.length() - 5)) : null;
    };
  }
}
