package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.report.HandMadeApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputPathsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/etc/passwd",
        "../Escape.java",
        "com/../../Escape.java",
        "com/./X.java",
        "com//X.java",
        "com/example/",
        "C:/x/X.java",
        "com\\example\\X.java",
        ".xmsgen/state.json",
        ""
      })
  void pathsThatCouldLeaveTheFolderAreRejectedAndNothingIsWritten(String bad) throws Exception {
    Path out = dir.resolve("out");
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, "{}");
    IncrementalGeneration generation =
        new IncrementalGeneration(
            options ->
                HandMadeApi.result(List.of(spec), "com/example/Good.java", "class Good {}", bad, "x"),
            "1.0");

    OutputException e =
        assertThrows(
            OutputException.class,
            () ->
                generation.run(
                    new IncrementalGeneration.Request(
                        new GeneratorOptions(List.of(spec), "com.example"), out, null, false)));

    assertTrue(e.getMessage().startsWith("generated file path '" + bad + "' "), e.getMessage());
    assertFalse(Files.exists(out.resolve("com/example/Good.java")));
    assertFalse(Files.exists(dir.resolve("Escape.java")));
  }

  @Test
  void acceptsOrdinarySourcePaths() throws Exception {
    Path root = dir.toAbsolutePath();
    var targets =
        OutputPaths.resolve(
            root,
            List.of(
                new GeneratedFile("com/example/Vault.java", ""),
                new GeneratedFile("com/example/models/Sku.java", "")));

    assertEquals(root.resolve("com/example/Vault.java"), targets.get("com/example/Vault.java"));
  }

  @Test
  void rejectsDuplicatesAndCaseOnlyDifferences() {
    OutputException e =
        assertThrows(
            OutputException.class,
            () ->
                OutputPaths.resolve(
                    dir,
                    List.of(
                        new GeneratedFile("a/Sku.java", ""),
                        new GeneratedFile("a/SKU.java", ""),
                        new GeneratedFile("a/Sku.java", ""))));

    assertEquals(
        "generated file path 'a/SKU.java' differs from a/Sku.java only in case\n"
            + "generated file path 'a/Sku.java' is generated twice\n"
            + "nothing was written to "
            + dir,
        e.getMessage());
  }

  @Test
  void neverWritesThroughASymbolicLinkInTheFolder() throws Exception {
    Path out = dir.resolve("out");
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createDirectories(out.resolve("com"));
    Files.createSymbolicLink(out.resolve("com/example"), elsewhere);
    Path spec = dir.resolve("spec.json");
    Files.writeString(spec, "{}");
    IncrementalGeneration generation =
        new IncrementalGeneration(
            options -> HandMadeApi.result(List.of(spec), "com/example/X.java", "class X {}"),
            "1.0");

    OutputException e =
        assertThrows(
            OutputException.class,
            () ->
                generation.run(
                    new IncrementalGeneration.Request(
                        new GeneratorOptions(List.of(spec), "com.example"), out, null, false)));

    assertTrue(e.getMessage().startsWith("com/example is a symbolic link"), e.getMessage());
    try (var files = Files.list(elsewhere)) {
      assertEquals(0, files.count());
    }
  }
}
