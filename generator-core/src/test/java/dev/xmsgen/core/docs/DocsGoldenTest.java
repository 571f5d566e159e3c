package dev.xmsgen.core.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.testing.GoldenFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each small spec under {@code specs/docs/} gives the reference pages kept as golden files under
 * {@code src/test/resources/golden/docs/<spec>/}: ARM resources with a parent, a flattened
 * property, ARM-id properties, a long-running and a paged operation and an operation no resource
 * takes; and a data-plane API, one page per operation group. A second run gives the same bytes.
 */
class DocsGoldenTest {

  private static Path specs() {
    return Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "docs");
  }

  static Stream<String> docSpecs() throws IOException {
    try (Stream<Path> files = Files.list(specs())) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
      assertFalse(names.isEmpty(), "no specs in " + specs());
      return names.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("docSpecs")
  void writesTheGoldenPages(String spec) throws Exception {
    String name = spec.substring(0, spec.length() - ".json".length());
    GeneratorOptions options =
        new GeneratorOptions(List.of(specs().resolve(spec)), "com.example.docs");
    List<GeneratedFile> pages = new Generator().docs(options).files();
    GoldenFiles.assertFiles(GoldenFiles.ROOT.resolve("docs").resolve(name), pages);
    assertEquals(pages, new Generator().docs(options).files());
  }
}
