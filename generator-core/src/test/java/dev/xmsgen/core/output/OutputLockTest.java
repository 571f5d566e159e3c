package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.report.HandMadeApi;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per output folder: across threads, across processes, and what waiting looks like. */
class OutputLockTest {

  @TempDir Path dir;
  private Path spec;
  private Path out;
  private ExecutorService pool;

  @BeforeEach
  void setUp() throws Exception {
    spec = dir.resolve("keyvault.json");
    OutputFolder.write(spec, "{}");
    out = dir.resolve("out");
    Files.createDirectories(out.resolve(StateFile.FOLDER));
    pool = Executors.newFixedThreadPool(2);
  }

  @AfterEach
  void tearDown() {
    pool.shutdownNow();
  }

  private IncrementalGeneration generation(IncrementalGeneration.Engine engine, Duration wait) {
    return new IncrementalGeneration(
        engine, "1.0", new OutputWriter(Moves::replace, Steps.NONE, wait));
  }

  private IncrementalGeneration.Request request(String pkg) {
    return new IncrementalGeneration.Request(
        new GeneratorOptions(List.of(spec), pkg), out, null, false);
  }

  /** Forced, so that both runs of every round generate, whatever the folder holds. */
  private IncrementalGeneration.Request forced(String pkg) {
    return new IncrementalGeneration.Request(
        new GeneratorOptions(List.of(spec), pkg), out, null, true);
  }

  private GenerationResult result(String... pathsAndContents) {
    return HandMadeApi.result(List.of(spec), pathsAndContents);
  }

  @Test
  void aSecondRunWaitsItsTimeThenFailsNamingTheFolderAndTouchingNothing() throws Exception {
    Map<String, String> before = OutputFolder.snapshot(out);
    try (OutputLock held = OutputLock.acquire(out, Duration.ZERO)) {
      long start = System.nanoTime();
      Future<?> second =
          pool.submit(
              () ->
                  generation(o -> result("a/A.java", "A"), Duration.ofMillis(400))
                      .run(request("com.example")));

      Exception e = assertThrows(Exception.class, second::get);

      long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
      assertTrue(e.getCause() instanceof OutputException, String.valueOf(e.getCause()));
      assertEquals(
          "another xmsgen run holds the lock on the output folder "
              + out
              + " (waited 400 ms for it to finish); run again when it has, or choose another output"
              + " folder",
          e.getCause().getMessage());
      assertTrue(waited >= 400, waited + " ms");
    }
    assertEquals(before, OutputFolder.snapshot(out));
  }

  @Test
  void aSecondRunWaitsForTheFirstToFinishThenWrites() throws Exception {
    Future<Outcome> second;
    long start;
    try (OutputLock held = OutputLock.acquire(out, Duration.ZERO)) {
      start = System.nanoTime();
      second =
          pool.submit(
              () ->
                  generation(o -> result("a/A.java", "A"), Duration.ofSeconds(30))
                      .run(request("com.example")));
      Thread.sleep(300);
      assertTrue(!second.isDone(), "the second run waits while the lock is held");
    }

    assertEquals(List.of("a/A.java"), second.get(30, TimeUnit.SECONDS).files().written());
    assertTrue(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) >= 300);
  }

  @Test
  void anotherProcessHoldsTheLockUntilItIsKilled() throws Exception {
    Path locker = dir.resolve("Locker.java");
    Files.writeString(
        locker,
        "import java.nio.channels.FileChannel;\n"
            + "import java.nio.file.*;\n"
            + "public class Locker {\n"
            + "  public static void main(String[] a) throws Exception {\n"
            + "    FileChannel c = FileChannel.open(Path.of(a[0]), StandardOpenOption.CREATE,"
            + " StandardOpenOption.WRITE);\n"
            + "    c.lock();\n"
            + "    System.out.println(\"locked\");\n"
            + "    Thread.sleep(120_000);\n"
            + "  }\n"
            + "}\n");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java, locker.toString(), out.resolve(".xmsgen/lock").toString())
            .redirectErrorStream(true)
            .start();
    try {
      BufferedReader lines =
          new BufferedReader(
              new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", lines.readLine());

      OutputException e =
          assertThrows(OutputException.class, () -> OutputLock.acquire(out, Duration.ofMillis(300)));
      assertTrue(e.getMessage().contains(out.toString()), e.getMessage());

      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      try (OutputLock mine = OutputLock.acquire(out, Duration.ofSeconds(10))) {
        // A killed holder's lock is released by the operating system.
      }
    } finally {
      process.destroyForcibly();
    }
  }

  @Test
  void twoRunsWithDifferentSpecsAtOnceLeaveNoFileTheStateDoesNotList() throws Exception {
    for (int round = 0; round < 4; round++) {
      CyclicBarrier bothGenerated = new CyclicBarrier(2);
      IncrementalGeneration.Engine first =
          o -> {
            await(bothGenerated);
            return result("com/one/One.java", "one", "com/one/Shared.java", "s1");
          };
      IncrementalGeneration.Engine second =
          o -> {
            await(bothGenerated);
            return result("com/two/Two.java", "two", "com/two/Shared.java", "s2");
          };
      Future<Outcome> a =
          pool.submit(() -> generation(first, Duration.ofSeconds(30)).run(forced("com.one")));
      Future<Outcome> b =
          pool.submit(() -> generation(second, Duration.ofSeconds(30)).run(forced("com.two")));
      a.get(60, TimeUnit.SECONDS);
      b.get(60, TimeUnit.SECONDS);

      Set<String> onDisk = new TreeSet<>();
      OutputFolder.userView(out).keySet().stream()
          .filter(rel -> !rel.endsWith("/"))
          .forEach(onDisk::add);
      Set<String> listed = StateFile.read(out).outputs().keySet();
      assertEquals(listed, onDisk, "round " + round);
      assertTrue(
          onDisk.equals(Set.of("com/one/One.java", "com/one/Shared.java"))
              || onDisk.equals(Set.of("com/two/Two.java", "com/two/Shared.java")),
          onDisk.toString());
      assertEquals(0, OutputFolder.stagingFolders(out));
    }
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
