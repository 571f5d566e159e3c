package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.report.HandMadeApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IncrementalGenerationTest {

  @TempDir Path dir;

  private Path spec;
  private Path common;
  private Path out;
  private FakeEngine engine;

  /** Returns a prepared result, counting calls; throws a prepared SpecException if set. */
  static final class FakeEngine implements IncrementalGeneration.Engine {
    GenerationResult result;
    SpecException failure;
    int calls;

    @Override
    public GenerationResult generate(GeneratorOptions options) throws SpecException {
      calls++;
      if (failure != null) {
        throw failure;
      }
      return result;
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    spec = dir.resolve("specs/keyvault.json");
    common = dir.resolve("specs/common.json");
    OutputFolder.write(spec, "{\"swagger\": \"2.0\"}");
    OutputFolder.write(common, "{\"definitions\": {}}");
    out = dir.resolve("out");
    engine = new FakeEngine();
    engine.result = files("com/example/Vault.java", "class Vault {}", "com/example/Sku.java", "enum Sku {}");
  }

  private GenerationResult files(String... pathsAndContents) {
    return HandMadeApi.result(List.of(common, spec), pathsAndContents);
  }

  private Outcome run() throws Exception {
    return run("com.example", "1.0", false);
  }

  private Outcome run(String pkg, String version, boolean force) throws Exception {
    return new IncrementalGeneration(engine, version)
        .run(new IncrementalGeneration.Request(
            new GeneratorOptions(List.of(spec), pkg), out, null, force));
  }

  @Test
  void firstRunWritesEveryFileAndRecordsState() throws Exception {
    Outcome outcome = run();

    assertFalse(outcome.upToDate());
    assertTrue(outcome.firstGeneration());
    assertEquals("there is no previous state", outcome.reason());
    assertEquals(List.of("com/example/Sku.java", "com/example/Vault.java"), outcome.files().written());
    assertEquals("class Vault {}", OutputFolder.read(out.resolve("com/example/Vault.java")));
    GenerationState state = StateFile.read(out);
    assertEquals("1.0", state.generatorVersion());
    assertTrue(state.complete());
    assertEquals(
        List.of(common.toString(), spec.toString()), List.copyOf(state.inputs().keySet()));
    assertEquals(
        List.of("com/example/Sku.java", "com/example/Vault.java"),
        List.copyOf(state.outputs().keySet()));
    assertEquals("com.example", state.options().get("packageName"));
    assertEquals(0, OutputFolder.stagingFolders(out));
    assertTrue(
        outcome.summary("out").startsWith("xmsgen: generated out because there is no previous state: 2 written ("),
        outcome.summary("out"));
  }

  @Test
  void secondRunIsUpToDateAndDoesNotGenerate() throws Exception {
    run();
    Map<String, String> before = OutputFolder.snapshot(out);

    Outcome outcome = run();

    assertTrue(outcome.upToDate());
    assertEquals(1, engine.calls);
    assertNull(outcome.result());
    assertEquals(before, OutputFolder.snapshot(out));
    assertTrue(outcome.summary("out").startsWith("xmsgen: out is up to date: 2 files ("));
  }

  @Test
  void touchingASpecWithoutChangingItKeepsTheFolderUpToDate() throws Exception {
    run();
    Files.setLastModifiedTime(spec, FileTime.fromMillis(System.currentTimeMillis() + 60_000));

    assertTrue(run().upToDate());
  }

  @Test
  void changedSpecRegeneratesAndRewritesOnlyChangedFiles() throws Exception {
    run();
    FileTime skuTime = OutputFolder.age(out.resolve("com/example/Sku.java"));
    OutputFolder.age(out.resolve("com/example/Vault.java"));
    // The digests in the state no longer match the aged files' times; that alone must not matter.
    OutputFolder.write(spec, "{\"swagger\": \"2.0\", \"info\": {}}");
    engine.result = files("com/example/Vault.java", "class Vault { int x; }", "com/example/Sku.java", "enum Sku {}");

    Outcome outcome = run();

    assertEquals("keyvault.json changed", outcome.reason());
    assertFalse(outcome.firstGeneration());
    assertEquals(List.of("com/example/Vault.java"), outcome.files().written());
    assertEquals(List.of("com/example/Sku.java"), outcome.files().unchanged());
    assertEquals(skuTime, Files.getLastModifiedTime(out.resolve("com/example/Sku.java")));
    assertEquals("class Vault { int x; }", OutputFolder.read(out.resolve("com/example/Vault.java")));
    assertTrue(
        outcome.summary("out").startsWith(
            "xmsgen: regenerated out because keyvault.json changed: 1 written, 1 unchanged ("),
        outcome.summary("out"));
    assertTrue(run().upToDate());
  }

  @Test
  void specRewrittenWithSameSizeAndTimeIsStillNoticed() throws Exception {
    OutputFolder.write(spec, "{\"swagger\": \"2.0\"}");
    FileTime written = Files.getLastModifiedTime(spec);
    run();
    // A second save within the same clock tick: same size, same time, other content.
    OutputFolder.write(spec, "{\"swagger\": \"3.0\"}");
    Files.setLastModifiedTime(spec, written);

    assertEquals("keyvault.json changed", run().reason());
  }

  @Test
  void settledSpecIsNotReadAgainWhenItsSizeAndTimeMatch() throws Exception {
    FileTime past = OutputFolder.age(spec);
    OutputFolder.age(common);
    run();
    assertEquals(past.to(java.util.concurrent.TimeUnit.NANOSECONDS),
        StateFile.read(out).inputs().get(spec.toString()).modifiedNanos());
    // Proof that the content is not read: it changes, size and time do not.
    OutputFolder.write(spec, "{\"swagger\": \"3.0\"}");
    Files.setLastModifiedTime(spec, past);

    assertTrue(run().upToDate());
  }

  @Test
  void changedReferencedFileRegenerates() throws Exception {
    run();
    OutputFolder.write(common, "{\"definitions\": {\"X\": {}}}");

    assertEquals("common.json changed", run().reason());
  }

  @Test
  void deletedReferencedFileRegenerates() throws Exception {
    run();
    Files.delete(common);
    OutputFolder.write(spec, "{\"swagger\": \"2.0\"}");
    engine.result = HandMadeApi.result(List.of(spec), "com/example/Vault.java", "class Vault {}");

    assertEquals("common.json was deleted", run().reason());
  }

  @Test
  void severalChangedInputsAreCounted() throws Exception {
    run();
    OutputFolder.write(common, "{}");
    OutputFolder.write(spec, "{}");

    assertEquals("common.json changed (and 1 other input)", run().reason());
  }

  @Test
  void changedOptionRegenerates() throws Exception {
    run();

    assertEquals("option packageName changed", run("com.other", "1.0", false).reason());
  }

  @Test
  void newGeneratorVersionRegenerates() throws Exception {
    run();

    assertEquals(
        "the generator version changed (1.0 -> 1.1)", run("com.example", "1.1", false).reason());
  }

  @Test
  void forceRegeneratesAnUpToDateFolder() throws Exception {
    run();

    Outcome outcome = run("com.example", "1.0", true);

    assertFalse(outcome.upToDate());
    assertEquals("regeneration was forced", outcome.reason());
    assertEquals(2, engine.calls);
  }

  @Test
  void deletedGeneratedFileIsNoticedAndRestored() throws Exception {
    run();
    Files.delete(out.resolve("com/example/Vault.java"));

    Outcome outcome = run();

    assertEquals("generated file com/example/Vault.java was deleted", outcome.reason());
    assertEquals(List.of("com/example/Vault.java"), outcome.files().written());
    assertEquals("class Vault {}", OutputFolder.read(out.resolve("com/example/Vault.java")));
  }

  @Test
  void editedGeneratedFileIsNoticedAndRestored() throws Exception {
    run();
    OutputFolder.write(out.resolve("com/example/Sku.java"), "enum Sku { HAND_EDITED }");

    Outcome outcome = run();

    assertEquals("generated file com/example/Sku.java changed", outcome.reason());
    assertEquals("enum Sku {}", OutputFolder.read(out.resolve("com/example/Sku.java")));
  }

  @Test
  void fileNoLongerGeneratedIsDeletedWithItsEmptyFolders() throws Exception {
    engine.result =
        files(
            "com/example/Vault.java", "class Vault {}",
            "com/example/models/Sku.java", "enum Sku {}",
            "com/example/gone/Old.java", "class Old {}");
    run();
    OutputFolder.write(out.resolve("com/example/models/Handwritten.java"), "class Handwritten {}");
    OutputFolder.write(spec, "{\"changed\": true}");
    engine.result = files("com/example/Vault.java", "class Vault {}");

    Outcome outcome = run();

    assertEquals(List.of("com/example/gone/Old.java", "com/example/models/Sku.java"), outcome.files().deleted());
    assertFalse(Files.exists(out.resolve("com/example/gone")));
    assertFalse(Files.exists(out.resolve("com/example/models/Sku.java")));
    assertEquals(
        "class Handwritten {}", OutputFolder.read(out.resolve("com/example/models/Handwritten.java")));
    assertEquals(List.of("com/example/Vault.java"), List.copyOf(StateFile.read(out).outputs().keySet()));
  }

  @Test
  void foreignFilesAreNeverTouched() throws Exception {
    OutputFolder.write(out.resolve("README.txt"), "mine");
    OutputFolder.write(out.resolve("com/example/Extra.java"), "class Extra {}");
    run();
    OutputFolder.write(spec, "{\"changed\": true}");
    engine.result = files("com/example/Vault.java", "class Vault { }");
    Map<String, String> foreign = Map.of(
        "README.txt", OutputFolder.snapshot(out).get("README.txt"),
        "com/example/Extra.java", OutputFolder.snapshot(out).get("com/example/Extra.java"));

    run();

    Map<String, String> after = OutputFolder.snapshot(out);
    foreign.forEach((rel, content) -> assertEquals(content, after.get(rel), rel));
  }

  @Test
  void foreignFileInTheWayStopsGenerationBeforeAnythingIsWritten() throws Exception {
    OutputFolder.write(out.resolve("com/example/Vault.java"), "class Vault { /* mine */ }");
    Map<String, String> before = OutputFolder.snapshot(out);

    OutputException e = assertThrows(OutputException.class, this::run);

    assertTrue(
        e.getMessage().contains("com/example/Vault.java exists, and the generator did not write it"),
        e.getMessage());
    assertTrue(e.getMessage().contains("nothing was written"), e.getMessage());
    assertEquals(before, OutputFolder.snapshot(out));
    assertFalse(Files.exists(out.resolve(".xmsgen/lock")));
    assertEquals(0, OutputFolder.stagingFolders(out));
  }

  @Test
  void failedFirstGenerationLeavesNoFolderBehind() throws Exception {
    out = dir.resolve("new/folder/out");
    FileTransaction.Mover failingSecond =
        new FileTransaction.Mover() {
          int moves;

          @Override
          public void move(Path from, Path to) throws IOException {
            if (++moves == 2) {
              throw new IOException("disk full (simulated)");
            }
            Moves.replace(from, to);
          }
        };
    IncrementalGeneration failing =
        new IncrementalGeneration(engine, "1.0", new OutputWriter(failingSecond));

    assertThrows(
        IOException.class,
        () ->
            failing.run(
                new IncrementalGeneration.Request(
                    new GeneratorOptions(List.of(spec), "com.example"), out, null, false)));

    assertFalse(Files.exists(dir.resolve("new")));
  }

  @Test
  void foreignFileWithTheGeneratedContentIsAdopted() throws Exception {
    OutputFolder.write(out.resolve("com/example/Vault.java"), "class Vault {}");
    FileTime time = OutputFolder.age(out.resolve("com/example/Vault.java"));

    Outcome outcome = run();

    assertEquals(List.of("com/example/Vault.java"), outcome.files().unchanged());
    assertEquals(time, Files.getLastModifiedTime(out.resolve("com/example/Vault.java")));
    assertTrue(StateFile.read(out).outputs().containsKey("com/example/Vault.java"));
  }

  @Test
  void specErrorLeavesThePreviousOutputExactlyAsItWas() throws Exception {
    run();
    Map<String, String> before = OutputFolder.snapshot(out);
    OutputFolder.write(spec, "{\"broken\": true}");
    engine.failure =
        new SpecException(
            Diagnostic.error(new SourceRef("keyvault.json", "/definitions/Vault"), "bad"));

    SpecException e = assertThrows(SpecException.class, this::run);

    assertEquals("keyvault.json#/definitions/Vault: bad", e.getMessage());
    assertEquals(before, OutputFolder.snapshot(out));
  }

  /** Moves: A in, B in, D in, C aside, the state in; 5 in all (replaced files are copied). */
  @ParameterizedTest(name = "move {0} fails")
  @ValueSource(ints = {1, 2, 3, 4, 5})
  void ioErrorWhileSwappingPutsEverythingBack(int failingMove) throws Exception {
    engine.result =
        files("a/A.java", "A1", "b/B.java", "B1", "c/C.java", "C1");
    run();
    Map<String, String> before = OutputFolder.snapshot(out);
    OutputFolder.write(spec, "{\"changed\": true}");
    engine.result = files("a/A.java", "A2", "b/B.java", "B2", "d/D.java", "D2");
    int[] moves = {0};
    FileTransaction.Mover failingOne =
        (from, to) -> {
          if (++moves[0] == failingMove) {
            throw new IOException("disk full (simulated)");
          }
          Moves.replace(from, to);
        };
    IncrementalGeneration failing =
        new IncrementalGeneration(engine, "1.0", new OutputWriter(failingOne));

    IOException e =
        assertThrows(
            IOException.class,
            () ->
                failing.run(
                    new IncrementalGeneration.Request(
                        new GeneratorOptions(List.of(spec), "com.example"), out, null, false)));

    assertTrue(e.getMessage().endsWith(": disk full (simulated)"), e.getMessage());
    assertTrue(moves[0] >= failingMove);
    assertEquals(before, OutputFolder.snapshot(out));
    assertEquals(0, OutputFolder.stagingFolders(out));
    // The next run sees the changed spec and succeeds.
    Outcome outcome = run();
    assertEquals("keyvault.json changed", outcome.reason());
    assertEquals(List.of("c/C.java"), outcome.files().deleted());
  }

  @Test
  void interruptedGenerationIsDetectedAndItsFilesStayOwned() throws Exception {
    run();
    GenerationState state = StateFile.read(out);
    var outputs = new java.util.TreeMap<>(state.outputs());
    outputs.put(
        "com/example/Half.java",
        new FileStamp(Sha256.of("old".getBytes(java.nio.charset.StandardCharsets.UTF_8)), 3, 0));
    StateFile.write(out, state.withOutputs(outputs, false));
    OutputFolder.write(out.resolve("com/example/Half.java"), "old");

    Outcome outcome = run();

    assertEquals("the previous generation was interrupted", outcome.reason());
    assertEquals(List.of("com/example/Half.java"), outcome.files().deleted());
    assertTrue(StateFile.read(out).complete());
  }

  @Test
  void unreadableStateIsReportedAndReplaced() throws Exception {
    run();
    OutputFolder.write(StateFile.location(out), "{ not json");

    Outcome outcome = run();

    assertTrue(outcome.reason().startsWith("the previous state could not be read ("), outcome.reason());
    assertTrue(run().upToDate());
  }

  @Test
  void staleStagingFolderOfADeadRunIsRemovedAndAUsersLookAlikeFolderIsNot() throws Exception {
    run();
    OutputFolder.write(out.resolve(".xmsgen/staging-dead/new/x/X.java"), "class X {}");
    Path users = out.resolveSibling(".xmsgen-staging-out-mine/notes.txt");
    OutputFolder.write(users, "mine");
    OutputFolder.write(spec, "{\"changed\": true}");

    run();

    assertEquals(0, OutputFolder.stagingFolders(out));
    assertEquals("mine", OutputFolder.read(users));
    assertFalse(Files.exists(out.resolve("x/X.java")));
  }

  @Test
  void concurrentRunsOnOneFolderBothSucceedAndAgree() throws Exception {
    var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
    try {
      var first = pool.submit(() -> run("com.example", "1.0", true));
      var second = pool.submit(() -> run("com.example", "1.0", true));
      first.get();
      second.get();
    } finally {
      pool.shutdown();
    }

    GenerationState state = StateFile.read(out);
    assertTrue(state.complete());
    assertEquals(
        List.of("com/example/Sku.java", "com/example/Vault.java"),
        List.copyOf(state.outputs().keySet()));
    assertEquals(0, OutputFolder.stagingFolders(out));
    assertTrue(run().upToDate());
  }

  @Test
  void reportIsWrittenAndTrackedLikeAnOutput() throws Exception {
    Path report = dir.resolve("reports/xmsgen.json");
    IncrementalGeneration generation = new IncrementalGeneration(engine, "1.0");
    IncrementalGeneration.Request request =
        new IncrementalGeneration.Request(
            new GeneratorOptions(List.of(spec), "com.example"), out, report, false);

    generation.run(request);
    assertTrue(OutputFolder.read(report).contains("\"javaType\": \"com.example.models.Vault\""));
    assertTrue(generation.run(request).upToDate());

    Files.delete(report);
    Outcome outcome = generation.run(request);
    assertEquals("the report xmsgen.json was deleted", outcome.reason());
    assertTrue(Files.exists(report));
    assertTrue(generation.run(request).upToDate());
  }
}
