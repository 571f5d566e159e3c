package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.report.HandMadeApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the report may go, and that it is written whole or not at all. */
class ReportFileTest {

  @TempDir Path dir;
  private Path spec;
  private Path common;
  private Path out;
  private final IncrementalGenerationTest.FakeEngine engine =
      new IncrementalGenerationTest.FakeEngine();

  @BeforeEach
  void setUp() throws Exception {
    spec = dir.resolve("specs/keyvault.json");
    common = dir.resolve("specs/common.json");
    OutputFolder.write(spec, "{}");
    OutputFolder.write(common, "{}");
    out = dir.resolve("out");
    engine.result = result("com/x/A.java", "class A {}");
  }

  private GenerationResult result(String... pathsAndContents) {
    return HandMadeApi.result(List.of(common, spec), pathsAndContents);
  }

  private IncrementalGeneration.Request request(Path report) {
    return new IncrementalGeneration.Request(
        new GeneratorOptions(List.of(spec), "com.x"), out, report, false);
  }

  private Outcome run(Path report) throws Exception {
    return new IncrementalGeneration(engine, "1.0").run(request(report));
  }

  @Test
  void aReportThatIsTheSpecIsAUsageProblem() throws Exception {
    assertEquals(
        List.of("the report would overwrite the spec " + spec), request(spec).problems());
    assertThrows(IllegalArgumentException.class, () -> run(spec));
    assertEquals("{}", OutputFolder.read(spec));
  }

  @Test
  void aReportThatIsAReferencedSpecIsRefusedAndNothingIsWritten() throws Exception {
    OutputException e = assertThrows(OutputException.class, () -> run(common));

    assertEquals(
        "the report " + common + " is a spec file that the generation read\nnothing was written to "
            + out,
        e.getMessage());
    assertEquals("{}", OutputFolder.read(common));
    assertFalse(Files.exists(out));
  }

  @Test
  void aReportInsideTheOutputFolderIsAUsageProblem() {
    Path inside = out.resolve("com/x/A.java");

    assertEquals(
        List.of(
            "the report "
                + inside
                + " is inside the output folder "
                + out
                + "; write it outside, for example beside the folder"),
        request(inside).problems());
  }

  @Test
  void anExistingFileTheGeneratorDidNotWriteIsNotOverwritten() throws Exception {
    Path report = dir.resolve("notes.json");
    OutputFolder.write(report, "my notes");

    OutputException e = assertThrows(OutputException.class, () -> run(report));

    assertTrue(
        e.getMessage().startsWith("the report " + report + " exists, and the generator did not write it"),
        e.getMessage());
    assertEquals("my notes", OutputFolder.read(report));
    assertFalse(Files.exists(out));
  }

  @Test
  void itsOwnReportIsReplacedButNotOnceTheUserEditedIt() throws Exception {
    Path report = dir.resolve("reports/xmsgen.json");
    run(report);
    String first = OutputFolder.read(report);
    assertTrue(first.contains("\"javaType\": \"com.x.models.Vault\""), first);
    assertTrue(StateFile.read(out).report() != null);

    OutputFolder.write(spec, "{\"changed\": 1}");
    engine.result = result("com/x/A.java", "class A { int a; }");
    run(report);
    assertEquals(first, OutputFolder.read(report));

    OutputFolder.write(report, "edited by hand");
    OutputFolder.write(spec, "{\"changed\": 2}");
    Map<String, String> before = OutputFolder.userView(out);
    assertThrows(OutputException.class, () -> run(report));
    assertEquals("edited by hand", OutputFolder.read(report));
    assertEquals(before, OutputFolder.userView(out));
  }

  @Test
  void theReportIsWrittenThroughATemporaryFileThatDoesNotStay() throws Exception {
    Path report = dir.resolve("reports/xmsgen.json");
    FileTransaction.Mover failOnReport =
        (from, to) -> {
          if (to.equals(report)) {
            throw new java.io.IOException("no space left on device (simulated)");
          }
          Moves.replace(from, to);
        };

    assertThrows(
        java.io.IOException.class,
        () -> new IncrementalGeneration(engine, "1.0", new OutputWriter(failOnReport)).run(request(report)));

    try (Stream<Path> files = Files.list(report.getParent())) {
      assertEquals(List.of(), files.toList());
    }
    run(report);
    try (Stream<Path> files = Files.list(report.getParent())) {
      assertEquals(List.of(report), files.toList());
    }
  }
}
