package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.report.HandMadeApi;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever the state file is (missing, stale, garbled, foreign), the next run ends with exactly the
 * files its spec produces, deletes nothing it cannot prove it wrote, and still refuses to
 * overwrite a file it did not write.
 */
class DamagedStateTest {

  @TempDir Path dir;
  private Path spec;
  private Path out;
  private final IncrementalGenerationTest.FakeEngine engine =
      new IncrementalGenerationTest.FakeEngine();

  @BeforeEach
  void firstGeneration() throws Exception {
    spec = dir.resolve("keyvault.json");
    OutputFolder.write(spec, "{}");
    out = dir.resolve("out");
    OutputFolder.write(out.resolve("README.txt"), "the user's");
    engine.result =
        HandMadeApi.result(List.of(spec), "com/x/A.java", "class A {}", "com/x/B.java", "class B {}");
    run();
  }

  private Outcome run() throws Exception {
    return new IncrementalGeneration(engine, "1.0")
        .run(
            new IncrementalGeneration.Request(
                new GeneratorOptions(List.of(spec), "com.x"), out, null, false));
  }

  private Set<String> files() {
    Set<String> files = new TreeSet<>();
    OutputFolder.userView(out).keySet().stream().filter(r -> !r.endsWith("/")).forEach(files::add);
    return files;
  }

  private void assertConverged() throws Exception {
    assertEquals(Set.of("README.txt", "com/x/A.java", "com/x/B.java"), files());
    assertEquals("the user's", OutputFolder.read(out.resolve("README.txt")));
    assertEquals(
        Set.of("com/x/A.java", "com/x/B.java"), StateFile.read(out).outputs().keySet());
    assertTrue(run().upToDate());
  }

  @ParameterizedTest(name = "state: {0}")
  @ValueSource(
      strings = {
        "",
        "{ not json",
        "{\"format\": 1",
        "\u0000\u0001\u00ff binary",
        "null",
        "[]",
        "{\"format\": 1}",
        "{\"format\": 99999999999999999999999}",
        "{\"format\": 2, \"outputs\": {}}",
        "DEEP"
      })
  void aGarbledStateIsNoStateAndTheSameSpecConverges(String garbage) throws Exception {
    String text = garbage.equals("DEEP") ? "[".repeat(100_000) : garbage;
    Files.write(StateFile.location(out), text.getBytes(StandardCharsets.UTF_8));

    Outcome outcome = run();

    assertTrue(
        outcome.reason().startsWith("the previous state could not be read ("), outcome.reason());
    assertEquals(List.of("com/x/A.java", "com/x/B.java"), outcome.files().unchanged());
    assertConverged();
  }

  @Test
  void aFolderWhereTheStateShouldBeIsNoStateAndIsReplaced() throws Exception {
    Files.delete(StateFile.location(out));
    OutputFolder.write(StateFile.location(out).resolve("x.json"), "{}");

    Outcome outcome = run();

    assertTrue(
        outcome.reason().startsWith("the previous state could not be read ("), outcome.reason());
    assertConverged();
  }

  @Test
  void aMissingStateIsNoStateAndTheSameSpecConverges() throws Exception {
    Files.delete(StateFile.location(out));

    assertEquals("there is no previous state", run().reason());
    assertConverged();
  }

  @Test
  void withoutAStateAChangedFileIsNotOverwrittenNorAnOldOneDeleted() throws Exception {
    Files.writeString(StateFile.location(out), "garbage");
    OutputFolder.write(spec, "{\"changed\": true}");
    engine.result = HandMadeApi.result(List.of(spec), "com/x/A.java", "class A { int x; }");
    Map<String, String> before = OutputFolder.snapshot(out);
    before.remove(StateFile.PATH);

    OutputException e = assertThrows(OutputException.class, this::run);

    assertTrue(
        e.getMessage().startsWith("com/x/A.java exists, and the generator did not write it"),
        e.getMessage());
    Map<String, String> after = OutputFolder.snapshot(out);
    after.remove(StateFile.PATH);
    assertEquals(before, after);

    // Once the user has moved it away, the run goes through, and B (unprovable) stays.
    Files.delete(out.resolve("com/x/A.java"));
    run();
    assertEquals(Set.of("README.txt", "com/x/A.java", "com/x/B.java"), files());
    assertEquals(Set.of("com/x/A.java"), StateFile.read(out).outputs().keySet());
  }

  @Test
  void aForeignStateCannotMakeTheGeneratorDeleteTheUsersFiles() throws Exception {
    GenerationState state = StateFile.read(out);
    Map<String, FileStamp> outputs = new TreeMap<>(state.outputs());
    // Copied from elsewhere: it claims the user's README, with a digest it does not have.
    outputs.put("README.txt", new FileStamp("0".repeat(64), 10, 0));
    StateFile.write(out, state.withOutputs(outputs, true));

    assertEquals("generated file README.txt changed", run().reason());
    assertConverged();
  }

  @Test
  void aStateNamingPathsOutsideTheFolderIsNotUsed() throws Exception {
    String text = OutputFolder.read(StateFile.location(out));
    Files.writeString(
        StateFile.location(out), text.replace("\"com/x/B.java\"", "\"../../escape/B.java\""));

    Outcome outcome = run();

    assertTrue(
        outcome.reason().startsWith("the previous state could not be read ("), outcome.reason());
    assertConverged();
  }

  @Test
  void anOldStateOfAnotherSpecIsReplacedAndItsFilesDeleted() throws Exception {
    OutputFolder.write(spec, "{\"other\": true}");
    engine.result = HandMadeApi.result(List.of(spec), "com/x/C.java", "class C {}");

    Outcome outcome = run();

    assertEquals(List.of("com/x/A.java", "com/x/B.java"), outcome.files().deleted());
    assertEquals(Set.of("README.txt", "com/x/C.java"), files());
  }
}
