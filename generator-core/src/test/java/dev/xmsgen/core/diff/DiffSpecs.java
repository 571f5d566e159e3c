package dev.xmsgen.core.diff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The spec pairs under {@code specs/diff/<case>}, and their diff for package {@code com.example}. */
final class DiffSpecs {
  static final String PACKAGE = "com.example";

  private DiffSpecs() {}

  static Path folder(String name) {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    Path path = Path.of(base, "diff", name);
    assertTrue(Files.isDirectory(path), "missing spec pair " + path);
    return path;
  }

  static ApiDiff diff(String name) throws SpecException {
    Path dir = folder(name);
    return new ApiComparer(new GeneratorOptions(List.of(), PACKAGE))
        .compare(List.of(dir.resolve("old.json")), List.of(dir.resolve("new.json")));
  }
}
