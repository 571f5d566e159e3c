package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.report.HandMadeApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A write stopped after each of its durable steps, as an injected I/O failure (the run rolls back)
 * and as a kill (nothing runs after the step: no rollback, no cleanup; the lock is released as the
 * operating system releases a dead process's lock). For every step, the files present afterwards
 * are checked, then the next run must converge to exactly the files its spec produces.
 *
 * <p>The write under test turns an old generation (A1, B1, C1 and a report) into a new one (A2,
 * B2, D2, a new report; C gone), with a foreign file beside them. Its steps: {@code staged},
 * {@code journal}, {@code move 1..5} (A in, B in, D in, C aside, report in: a replaced file is
 * copied aside, then replaced by one rename), then the state's move and {@code state}.
 */
class CrashTest {

  static final List<String> STEPS =
      List.of(
          "staged", "journal", "move 1", "move 2", "move 3", "move 4", "move 5", "state");

  /** What a kill does to the code after it: nothing of it runs. */
  static final class Killed extends Error {
    private static final long serialVersionUID = 1L;

    Killed(String step) {
      super("killed after " + step);
    }
  }

  @TempDir Path dir;
  private Path spec;
  private Path out;
  private Path report;
  /** The package: a new one with the new generation, so that the report changes too. */
  private String pkg = "com.example";
  private final IncrementalGenerationTest.FakeEngine engine =
      new IncrementalGenerationTest.FakeEngine();

  private static final Map<String, String> OLD =
      Map.of("a/A.java", "A1", "b/B.java", "B1", "c/C.java", "C1");
  private static final Map<String, String> NEW =
      Map.of("a/A.java", "A2", "b/B.java", "B2", "d/D.java", "D2");

  static Stream<String> steps() {
    return STEPS.stream();
  }

  @BeforeEach
  void oldGeneration() throws Exception {
    spec = dir.resolve("specs/keyvault.json");
    OutputFolder.write(spec, "{\"version\": 1}");
    out = dir.resolve("out");
    report = dir.resolve("reports/xmsgen.json");
    OutputFolder.write(out.resolve("notes/mine.txt"), "the user's");
    engine.result = result(OLD);
    run(Steps.NONE);
  }

  private GenerationResult result(Map<String, String> files) {
    List<String> pairs = new ArrayList<>();
    new TreeMap<>(files).forEach((rel, content) -> {
      pairs.add(rel);
      pairs.add(content);
    });
    return HandMadeApi.result(List.of(spec), pairs.toArray(String[]::new));
  }

  private Outcome run(Steps steps) throws Exception {
    return new IncrementalGeneration(
            engine, "1.0", new OutputWriter(Moves::replace, steps, Duration.ofSeconds(5)))
        .run(
            new IncrementalGeneration.Request(
                new GeneratorOptions(List.of(spec), pkg), out, report, false));
  }

  /** Switches the spec to the new generation. */
  private void newSpec() throws IOException {
    OutputFolder.write(spec, "{\"version\": 2}");
    engine.result = result(NEW);
    pkg = "com.other";
  }

  /** The generated files present, by path, with their content. */
  private Map<String, String> generated() throws IOException {
    Map<String, String> files = new TreeMap<>();
    for (String rel : List.of("a/A.java", "b/B.java", "c/C.java", "d/D.java")) {
      Path p = out.resolve(rel);
      if (Files.exists(p)) {
        files.put(rel, OutputFolder.read(p));
      }
    }
    return files;
  }

  /** Exactly {@code files}, the user's file, a state listing exactly them, no staging left. */
  private void assertExactly(Map<String, String> files) throws IOException {
    assertEquals(new TreeMap<>(files), generated());
    assertEquals("the user's", OutputFolder.read(out.resolve("notes/mine.txt")));
    GenerationState state = StateFile.read(out);
    assertTrue(state.complete());
    assertEquals(new TreeMap<>(files).keySet(), state.outputs().keySet());
    assertEquals(0, OutputFolder.stagingFolders(out));
    assertEquals(Set.of(), tempFilesBesideReport());
    Set<String> expectedFolders = new java.util.TreeSet<>(Set.of("notes/", ".xmsgen/"));
    files.keySet().forEach(rel -> expectedFolders.add(rel.substring(0, rel.indexOf('/') + 1)));
    Set<String> folders = new java.util.TreeSet<>();
    OutputFolder.snapshot(out).keySet().stream()
        .filter(rel -> rel.endsWith("/") && rel.indexOf('/') == rel.length() - 1)
        .forEach(folders::add);
    assertEquals(expectedFolders, folders, "no folder left empty by a removal");
  }

  private Set<String> tempFilesBesideReport() throws IOException {
    try (Stream<Path> files = Files.list(report.getParent())) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !n.equals("xmsgen.json"))
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  @Test
  void theWriteHasTheseStepsInThisOrder() throws Exception {
    newSpec();
    List<String> seen = new ArrayList<>();

    run(seen::add);

    assertEquals(STEPS, seen);
    assertExactly(NEW);
  }

  @ParameterizedTest(name = "I/O failure after {0}")
  @MethodSource("steps")
  void anIoFailureAfterAnyStepBeforeTheStateLeavesTheFolderExactlyAsItWas(String step)
      throws Exception {
    Map<String, String> before = OutputFolder.snapshot(out);
    String reportBefore = OutputFolder.read(report);
    newSpec();

    Steps failing =
        s -> {
          if (s.equals(step)) {
            throw new IOException("no space left on device (simulated after " + s + ")");
          }
        };
    if (step.equals("state")) {
      // The state is in: the write is done, and only the cleanup after it did not run.
      assertThrows(IOException.class, () -> run(failing));
      assertEquals(new TreeMap<>(NEW), generated());
    } else {
      IOException e = assertThrows(IOException.class, () -> run(failing));
      assertTrue(e.getMessage().contains("simulated after " + step), e.getMessage());
      assertEquals(before, OutputFolder.snapshot(out));
      assertEquals(reportBefore, OutputFolder.read(report));
      assertEquals(Set.of(), tempFilesBesideReport());
    }

    // After the state, the write was whole: the next run finds it up to date.
    assertEquals(step.equals("state"), run(Steps.NONE).upToDate());
    assertExactly(NEW);
    assertTrue(run(Steps.NONE).upToDate());
  }

  @ParameterizedTest(name = "killed after {0}")
  @MethodSource("steps")
  void aKillAfterAnyStepIsFinishedOrForgottenByTheNextRun(String step) throws Exception {
    Map<String, String> before = OutputFolder.userView(out);
    GenerationState stateBefore = StateFile.read(out);
    newSpec();
    Steps kill =
        s -> {
          if (s.equals(step)) {
            throw new Killed(s);
          }
        };

    assertThrows(Killed.class, () -> run(kill));

    // What the kill leaves: before the journal, the folder as it was; after it, each generated
    // path holds its old or its new content, and nothing else is there.
    Map<String, String> left = generated();
    int stepIndex = STEPS.indexOf(step);
    if (stepIndex < STEPS.indexOf("journal")) {
      assertEquals(before, OutputFolder.userView(out));
      assertEquals(stateBefore, StateFile.read(out));
    } else {
      left.forEach(
          (rel, content) ->
              assertTrue(
                  content.equals(OLD.get(rel)) || content.equals(NEW.get(rel)), rel + content));
    }
    assertEquals(1, OutputFolder.stagingFolders(out));

    // Recovery alone (what every run does first) ends the folder as one of the two generations.
    new OutputWriter().recover(out);
    if (stepIndex < STEPS.indexOf("journal")) {
      assertExactly(OLD);
      assertEquals(stateBefore, StateFile.read(out));
    } else {
      assertExactly(NEW);
      assertTrue(run(Steps.NONE).upToDate(), "the finished swap is the new generation");
    }

    // The next run converges to exactly what its spec produces.
    run(Steps.NONE);
    assertExactly(NEW);
  }

  @ParameterizedTest(name = "killed after {0}, then back to the old spec")
  @MethodSource("steps")
  void afterAKillARunWithAnotherSpecLeavesNoStaleFile(String step) throws Exception {
    newSpec();
    assertThrows(
        Killed.class,
        () ->
            run(
                s -> {
                  if (s.equals(step)) {
                    throw new Killed(s);
                  }
                }));

    OutputFolder.write(spec, "{\"version\": 1, \"again\": true}");
    engine.result = result(OLD);
    pkg = "com.example";
    run(Steps.NONE);

    assertExactly(OLD);
  }

  @Test
  void killsAtEveryStepOneAfterAnotherStillConverge() throws Exception {
    for (int i : IntStream.range(0, STEPS.size()).toArray()) {
      String step = STEPS.get(i);
      OutputFolder.write(spec, "{\"round\": " + i + "}");
      engine.result = result(i % 2 == 0 ? NEW : OLD);
      pkg = i % 2 == 0 ? "com.other" : "com.example";
      try {
        run(
            s -> {
              if (s.equals(step)) {
                throw new Killed(s);
              }
            });
      } catch (Killed expected) {
        // As a kill: the next round starts on whatever this one left.
      }
    }
    newSpec();
    run(Steps.NONE);

    assertExactly(NEW);
  }

  static Stream<String> recoverySteps() {
    return Stream.of(
        "recover put 1", "recover put 2", "recover put 3", "recover remove 1",
        "recover report", "recover state", "recover folders");
  }

  @ParameterizedTest(name = "killed after move 2, then its recovery killed after {0}")
  @MethodSource("recoverySteps")
  void aRecoveryKilledAfterAnyOfItsStepsIsFinishedByTheNext(String recoveryStep) throws Exception {
    newSpec();
    assertThrows(
        Killed.class,
        () ->
            run(
                s -> {
                  if (s.equals("move 2")) {
                    throw new Killed(s);
                  }
                }));
    List<String> seen = new ArrayList<>();
    OutputWriter killedWhileRecovering =
        new OutputWriter(
            Moves::replace,
            s -> {
              seen.add(s);
              if (s.equals(recoveryStep)) {
                throw new Killed(s);
              }
            },
            Duration.ofSeconds(5));

    assertThrows(Killed.class, () -> killedWhileRecovering.recover(out));
    assertEquals(recoveryStep, seen.get(seen.size() - 1));
    assertEquals(1, OutputFolder.stagingFolders(out));

    new OutputWriter().recover(out);
    assertExactly(NEW);
    assertTrue(run(Steps.NONE).upToDate());
  }
}
