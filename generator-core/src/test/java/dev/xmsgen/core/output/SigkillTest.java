package dev.xmsgen.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real process, writing 150 files at a time, killed with SIGKILL at a random instant; then a
 * run in this process must end with exactly its own files, none of the dead run's left over.
 */
class SigkillTest {

  @TempDir Path dir;

  @Test
  void aRunKilledAtARandomInstantIsRepairedByTheNextRun() throws Exception {
    Path spec = dir.resolve("keyvault.json");
    OutputFolder.write(spec, "{}");
    Random random = new Random(Long.getLong("xmsgen.sigkillSeed", 10));
    String java = ProcessHandle.current().info().command().orElse("java");
    int attempts = Integer.getInteger("xmsgen.sigkillAttempts", 4);
    for (int attempt = 0; attempt < attempts; attempt++) {
      Path out = dir.resolve("out" + attempt);
      Process process =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  KillTarget.class.getName(),
                  out.toString(),
                  spec.toString())
              .redirectErrorStream(true)
              .start();
      try {
        BufferedReader lines =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("writing", lines.readLine());
        Thread.sleep(200 + random.nextInt(1500));
      } finally {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }

      GenerationResult mine = KillTarget.files(spec, "com/three", 20);
      new IncrementalGeneration(options -> mine, "1.0")
          .run(
              new IncrementalGeneration.Request(
                  new GeneratorOptions(List.of(spec), "com.three"), out, null, false));

      Set<String> expected = new TreeSet<>();
      mine.files().forEach(f -> expected.add(f.relativePath()));
      Set<String> onDisk = new TreeSet<>();
      OutputFolder.userView(out).keySet().stream()
          .filter(rel -> !rel.endsWith("/"))
          .forEach(onDisk::add);
      assertEquals(expected, onDisk, "attempt " + attempt);
      assertEquals(expected, StateFile.read(out).outputs().keySet());
      assertEquals(0, OutputFolder.stagingFolders(out));
      assertEquals(Set.of("com/", "com/three/"), folders(out));
    }
  }

  private static Set<String> folders(Path out) {
    Set<String> folders = new TreeSet<>();
    OutputFolder.userView(out).keySet().stream()
        .filter(rel -> rel.endsWith("/"))
        .forEach(folders::add);
    return folders;
  }
}
