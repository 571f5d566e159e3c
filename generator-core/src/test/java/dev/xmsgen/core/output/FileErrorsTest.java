package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.XmlNames;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.report.HandMadeApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file system that says no: the message names the path and the reason, and the schema. */
class FileErrorsTest {

  @TempDir Path dir;
  private Path spec;
  private final IncrementalGenerationTest.FakeEngine engine =
      new IncrementalGenerationTest.FakeEngine();

  @BeforeEach
  void setUp() throws IOException {
    spec = dir.resolve("keyvault.json");
    OutputFolder.write(spec, "{}");
    engine.result = HandMadeApi.result(List.of(spec), "com/x/A.java", "class A {}");
  }

  private Outcome run(Path out) throws Exception {
    return new IncrementalGeneration(engine, "1.0")
        .run(
            new IncrementalGeneration.Request(
                new GeneratorOptions(List.of(spec), "com.x"), out, null, false));
  }

  /** A result with one model type named {@code name}, defined at {@code pointer}. */
  private GenerationResult typeNamed(String name, String rel, String pointer) {
    ApiModel hand = HandMadeApi.model();
    ObjectModel type =
        new ObjectModel(
            name, new SourceRef("keyvault.json", pointer), "", null, List.of(), List.of(), null,
            null, null, List.of(), XmlNames.NONE);
    ApiModel model = new ApiModel(hand.client(), List.of(type), List.of(), List.of());
    return new GenerationResult(model, List.of(new GeneratedFile(rel, "class X {}")), List.of(spec));
  }

  @Test
  void aFileWhereTheOutputFolderMustGoIsNamed() throws Exception {
    Path file = dir.resolve("build");
    Files.writeString(file, "a file");

    IOException e = assertThrows(IOException.class, () -> run(file.resolve("out")));

    assertEquals(
        "cannot create the folder " + file.resolve("out/.xmsgen") + ": " + file
            + " is a file, not a folder",
        e.getMessage());
    assertEquals("a file", Files.readString(file));
  }

  @Test
  void aNameTooLongForTheFileSystemNamesTheSchemaThatMadeIt() throws Exception {
    String name = "Inner".repeat(60);
    String rel = "com/x/models/" + name + ".java";
    engine.result = typeNamed(name, rel, "/definitions/Outer/properties/inner");
    Path out = dir.resolve("out");

    OutputException e = assertThrows(OutputException.class, () -> run(out));

    assertEquals(
        "generated file path '"
            + rel
            + "' has a name of 305 bytes, longer than the 255 that file systems allow; it is"
            + " generated from keyvault.json#/definitions/Outer/properties/inner\nnothing was"
            + " written to "
            + out,
        e.getMessage());
    assertFalse(Files.exists(out));
  }

  @Test
  void aPathTooLongForTheFileSystemNamesTheFileTheReasonAndTheSchema() throws Exception {
    String deep = ("d".repeat(200) + "/").repeat(25);
    String rel = "com/x/" + deep + "Deep.java";
    engine.result = typeNamed("Deep", rel, "/definitions/Deep");
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Map<String, String> before = OutputFolder.snapshot(out);

    IOException e = assertThrows(IOException.class, () -> run(out));

    assertEquals(
        "cannot write the generated file "
            + rel
            + " (generated from keyvault.json#/definitions/Deep): file name too long",
        e.getMessage());
    assertEquals(before, OutputFolder.snapshot(out));
  }

  @Test
  void aFolderThatCannotBeWrittenSaysPermissionDenied() throws Exception {
    Path out = dir.resolve("out");
    run(out);
    Path folder = out.resolve("com/x");
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      // Root writes anyway: the permission cannot be tested as root.
      assumeFalse(Files.isWritable(folder), "running as root");
      OutputFolder.write(spec, "{\"changed\": true}");
      engine.result = HandMadeApi.result(List.of(spec), "com/x/A.java", "class A { int a; }");

      IOException e = assertThrows(IOException.class, () -> run(out));

      assertTrue(e.getMessage().startsWith("cannot "), e.getMessage());
      assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
      assertTrue(e.getMessage().endsWith(": permission denied"), e.getMessage());
      assertEquals("class A {}", OutputFolder.read(folder.resolve("A.java")));
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void theReasonIsSaidEvenWhenJavaGivesOnlyThePathOrOnlyTheReason() {
    Path file = dir.resolve("out/com/x/A.java");

    assertEquals(
        "cannot write " + file + ": permission denied",
        FileErrors.described(
                "write", file, new java.nio.file.AccessDeniedException(file.toString()))
            .getMessage());
    assertEquals(
        "cannot write " + file + ": no space left on device",
        FileErrors.described("write", file, new IOException("No space left on device"))
            .getMessage());
    assertEquals(
        "cannot write " + file + ": read-only file system",
        FileErrors.described(
                "write",
                file,
                new java.nio.file.FileSystemException(file.toString(), null, "Read-only file system"))
            .getMessage());
  }
}
