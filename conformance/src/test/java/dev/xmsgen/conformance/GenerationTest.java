package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Swagger file the test server ships was generated into its own package and every file
 * generated from it compiled: the build generates one package per file ({@code pom.xml}) and
 * compiles them with {@code -Xlint:all -Werror}; this test checks that none was left out.
 */
class GenerationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static List<Path> swaggerFiles() throws IOException {
    Path folder = Path.of(System.getProperty("conformance.testserver"), "swagger");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void everySwaggerFileIsGeneratedAndEveryGeneratedClassLoads() throws Exception {
    Path reports = Path.of(System.getProperty("conformance.reports"));
    List<Path> specs = swaggerFiles();
    assertEquals(74, specs.size(), "the test server's Swagger files: " + specs);
    List<String> problems = new ArrayList<>();
    int classes = 0;
    int warnings = 0;
    for (Path spec : specs) {
      String name = spec.getFileName().toString();
      Path report = reports.resolve(name);
      if (!Files.isRegularFile(report)) {
        problems.add(name + ": not generated (no execution in pom.xml?)");
        continue;
      }
      JsonNode root = JSON.readTree(report.toFile());
      assertTrue(
          root.path("inputs").toString().contains(name), name + " report names other inputs");
      warnings += root.path("warnings").size();
      JsonNode files = root.path("files");
      if (files.isEmpty()) {
        problems.add(name + ": no file generated");
      }
      for (JsonNode file : files) {
        String className = file.asText().replaceAll("\\.java$", "").replace('/', '.');
        try {
          Class.forName(className, false, getClass().getClassLoader());
          classes++;
        } catch (ClassNotFoundException e) {
          problems.add(name + ": " + className + " was not compiled");
        }
      }
    }
    assertEquals(List.of(), problems);
    assertFalse(classes == 0);
    System.out.println(
        "conformance: "
            + specs.size()
            + " Swagger files generated, "
            + classes
            + " classes compiled, "
            + warnings
            + " warnings (target/xmsgen-reports)");
  }
}
