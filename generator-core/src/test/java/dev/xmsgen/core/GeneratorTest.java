package dev.xmsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The options decide what is generated: the clients come on top of the models and enums. */
class GeneratorTest {
  private static final Path SPEC =
      Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "operations.json");

  private static Set<String> paths(boolean clients) throws Exception {
    return new Generator()
        .generate(new GeneratorOptions(List.of(SPEC), "com.example.ops", clients))
        .files()
        .stream()
        .map(GeneratedFile::relativePath)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theClientsComeOnTopOfTheSameModelsAndEnumsOnlyWhenAskedFor() throws Exception {
    Set<String> models = paths(false);
    Set<String> all = paths(true);
    assertTrue(all.containsAll(models), all.toString());
    assertEquals(Set.of(), clientFiles(models));
    Set<String> added = new TreeSet<>(all);
    added.removeAll(models);
    assertEquals(added, clientFiles(all));
    assertTrue(!added.isEmpty());
  }

  private static Set<String> clientFiles(Set<String> paths) {
    return paths.stream()
        .filter(p -> p.endsWith("Client.java") || p.endsWith("ClientBuilder.java"))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
