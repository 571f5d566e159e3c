package dev.xmsgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.core.testing.JavadocLint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Everything generated from the real KeyVault specs, models and clients, compiles with {@code
 * --release 11 -Xlint:all -Werror} against nothing but the runtime and Jackson, and is the same
 * byte for byte when generated again.
 */
class RealSpecsCompileTest {

  @ParameterizedTest
  @EnumSource(SharedSpecs.class)
  void modelsAndClientsCompileWithoutWarnings(SharedSpecs specs) throws Exception {
    GeneratorOptions options = new GeneratorOptions(specs.files(), "com.example.keyvault");
    GenerationResult result = new Generator().generate(options);
    CompiledClasses classes = InMemoryCompiler.compile(result.files());
    assertTrue(
        result.files().stream().anyMatch(f -> f.relativePath().endsWith("Client.java")),
        "clients are generated");
    assertTrue(classes.names().size() >= result.files().size());
    JavadocLint.check(result.files());

    GenerationResult again = new Generator().generate(options);
    assertEquals(
        result.files().stream().map(GeneratedFile::content).toList(),
        again.files().stream().map(GeneratedFile::content).toList(),
        "output is byte-identical from run to run");
    System.out.printf(
        "%s: %d files, %d types, %d operation groups, %d warnings%n",
        specs,
        result.files().size(),
        result.model().types().size(),
        result.model().groups().size(),
        result.model().warnings().size());
  }
}
