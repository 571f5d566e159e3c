package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.GeneratorOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestProblemsTest {

  @TempDir Path dir;

  private List<String> problems(List<Path> specs, String pkg, Path out) {
    return new IncrementalGeneration.Request(new GeneratorOptions(specs, pkg), out, null, false)
        .problems();
  }

  @Test
  void aGoodRequestHasNoProblems() throws Exception {
    Path spec = Files.writeString(dir.resolve("a.json"), "{}");

    assertEquals(List.of(), problems(List.of(spec), "com.example.keyvault", dir.resolve("out")));
  }

  @Test
  void missingSpecsAndAFileAsOutputFolderAreNamed() throws Exception {
    Path file = Files.writeString(dir.resolve("out"), "x");

    assertEquals(
        List.of(
            "spec file not found: " + dir.resolve("missing.json"),
            "spec is not a file: " + dir,
            "the output folder is a file: " + file),
        problems(List.of(dir.resolve("missing.json"), dir), "com.example", file));
    assertEquals(List.of("no spec file given"), problems(List.of(), "com.example", dir));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "com.1example | '1example' is not a Java identifier",
        "com.example. | it has an empty part",
        "com..example | it has an empty part",
        "com.class.x  | 'class' is a Java keyword",
        "com-example  | 'com-example' is not a Java identifier",
        "com.true     | 'true' is a Java keyword",
      })
  void invalidPackageNamesAreExplained(String pkg, String why) throws Exception {
    Path spec = Files.writeString(dir.resolve("a.json"), "{}");

    assertEquals(
        List.of("package name '" + pkg + "' is not valid: " + why),
        problems(List.of(spec), pkg, dir.resolve("out")));
  }
}
