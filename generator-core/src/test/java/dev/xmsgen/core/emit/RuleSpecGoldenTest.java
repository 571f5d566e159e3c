package dev.xmsgen.core.emit;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.testing.GoldenFiles;
import dev.xmsgen.core.testing.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each small spec under {@code specs/rules/} (one per rule: allOf, flattening, enums, read-only
 * and required, formats, discriminators, additional properties, names, recursion, operations,
 * parameterized hosts, cross-file references, a byte order mark) goes through the whole pipeline:
 * the Java it produces, models and clients, is kept as golden files under {@code
 * src/test/resources/golden/rules/<spec>/}, and it compiles with {@code --release 11 -Xlint:all
 * -Werror} against the runtime and Jackson alone.
 */
class RuleSpecGoldenTest {

  static Stream<String> ruleSpecs() throws IOException {
    Path rules = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules");
    try (Stream<Path> files = Files.list(rules)) {
      List<String> names =
          files
              .filter(p -> p.getFileName().toString().endsWith(".json"))
              .map(p -> p.getFileName().toString())
              .sorted()
              .collect(Collectors.toList());
      assertFalse(names.isEmpty(), "no rule specs in " + rules);
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("ruleSpecs")
  void generatesTheGoldenJavaAndItCompiles(String spec) throws Exception {
    Path file = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", spec);
    String name = spec.substring(0, spec.length() - ".json".length());
    GenerationResult result =
        new Generator()
            .generate(new GeneratorOptions(List.of(file), "com.example.rules." + name.replace('-', '_')));

    GoldenFiles.assertFiles(GoldenFiles.ROOT.resolve("rules").resolve(name), result.files());
    InMemoryCompiler.compile(result.files());
  }
}
