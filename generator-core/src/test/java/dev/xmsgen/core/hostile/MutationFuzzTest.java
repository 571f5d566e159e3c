package dev.xmsgen.core.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.testing.InMemoryCompiler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutations of the real KeyVault 2025-05-01 specs (and the common types they reach), one
 * change at a time: every run must end either in a {@link SpecException} whose every diagnostic
 * names a file, or in output that compiles (a sample of the successes is compiled with {@code
 * --release 11 -Xlint:all -Werror}). No message may quote the secret files placed beside the
 * specs. Any other exception is a crash and fails the test, listing the mutations that caused it.
 *
 * <p>In the build it runs up to 2,000 mutations but stops at a time budget of 50 s (with a notice
 * of how many ran). {@code -Dxmsgen.fuzz.mutations=20000} runs that many with no budget, unless
 * {@code -Dxmsgen.fuzz.seconds} sets one; {@code -Dxmsgen.fuzz.seed} changes the seed; {@code
 * -Dxmsgen.fuzz.only=N} replays mutation N alone (and compiles its output). Each mutation
 * generates from the mutated API file alone (with the files it references), clients on three
 * times in four; every 50th success is compiled.
 */
class MutationFuzzTest {
  static final String SECRET = "ghp_FuzzSecret0123456789";
  private static final Pattern FILE_REF = Pattern.compile("\"\\$ref\"\\s*:\\s*\"([^\"#]+)");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int COMPILE_EVERY = 50;

  @TempDir Path dir;

  @Test
  void everyMutationEndsInAClearErrorOrCompilingOutput() throws Exception {
    List<Path> originals = SharedSpecs.KEYVAULT_2025_05_01.files();
    int mutations = Integer.getInteger("xmsgen.fuzz.mutations", 2000);
    // CI stops at a time budget; a long run asked for by count runs to its end
    long budget =
        Long.getLong(
            "xmsgen.fuzz.seconds",
            System.getProperty("xmsgen.fuzz.mutations") == null ? 50 : 1_000_000L);
    long seed = Long.getLong("xmsgen.fuzz.seed", 20261206L);
    int only = Integer.getInteger("xmsgen.fuzz.only", -1);

    Map<Path, byte[]> copies = copyWithReferencedFiles(originals);
    Path specDir = dir.resolve(SharedSpecs.root().relativize(originals.get(0).getParent()));
    Files.writeString(specDir.resolve("secret.txt"), SECRET + " is a token\n");
    Files.writeString(specDir.resolve("secret.json"), SECRET + " {\"token\": 1}");
    Files.createDirectories(specDir.resolve("folder.json"));
    List<Path> specs = new ArrayList<>();
    originals.forEach(p -> specs.add(specDir.resolve(p.getFileName())));
    List<Path> mutable = new ArrayList<>(copies.keySet());
    Map<Path, JsonNode> trees = new LinkedHashMap<>();
    for (Path p : mutable) {
      trees.put(p, JSON.readTree(copies.get(p)));
    }

    List<String> crashes = new ArrayList<>();
    int errors = 0;
    int successes = 0;
    int compiled = 0;
    long started = System.nanoTime();
    long generating = 0;
    long compiling = 0;
    int i = only >= 0 ? only : 0;
    for (; i < (only >= 0 ? only + 1 : mutations); i++) {
      if (System.nanoTime() - started > budget * 1_000_000_000L) {
        System.out.printf(
            "NOTICE: fuzz stopped at its time budget of %d s after %d of %d mutations%n",
            budget, i, mutations);
        break;
      }
      Random random = new Random(seed * 31 + i);
      Path target = mutable.get(random.nextInt(mutable.size()));
      ObjectNode tree = (ObjectNode) trees.get(target).deepCopy();
      String what = new SpecMutator(random).mutate(tree);
      String label = "#" + i + " " + dir.relativize(target) + ": " + what;
      // the mutated API file alone (with what it references) keeps each run short
      GeneratorOptions options =
          new GeneratorOptions(
              specs.contains(target) ? List.of(target) : specs, "com.example.fuzz",
              random.nextInt(4) != 0);
      Files.write(target, JSON.writeValueAsBytes(tree));
      long t0 = System.nanoTime();
      try {
        GenerationResult result = new Generator().generate(options);
        generating += System.nanoTime() - t0;
        successes++;
        if (only >= 0 || successes % COMPILE_EVERY == 0) {
          compiled++;
          try {
            long t1 = System.nanoTime();
            InMemoryCompiler.compile(result.files());
            compiling += System.nanoTime() - t1;
          } catch (AssertionError e) {
            crashes.add(label + " -> output does not compile: " + firstLines(e.getMessage(), 6));
          }
        }
      } catch (SpecException e) {
        errors++;
        for (Diagnostic d : e.diagnostics()) {
          if (d.source().file().isEmpty() || d.message().contains("\n")) {
            crashes.add(label + " -> a diagnostic without a file, or on many lines: " + d);
          }
        }
        if (e.getMessage().contains(SECRET) || e.getMessage().contains("ghp_")) {
          crashes.add(label + " -> the message discloses file content: " + e.getMessage());
        }
      } catch (Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        crashes.add(label + " -> " + firstLines(trace.toString(), 8));
      } finally {
        Files.write(target, copies.get(target));
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf(
        "fuzz: %d mutations (seed %d) in %d ms: %d errors, %d successes (%d compiled), %d crashes%n",
        i - (only >= 0 ? only : 0), seed, millis, errors, successes, compiled,
        crashes.size());
    System.out.printf(
        "fuzz: generating successes %d ms, compiling %d ms%n",
        generating / 1_000_000, compiling / 1_000_000);
    assertTrue(crashes.isEmpty(), crashes.size() + " crashes:\n" + String.join("\n", crashes));
  }

  /**
   * Copies {@code originals} and every file their {@code $ref}s reach into {@link #dir}, keeping
   * their places relative to the shared specs folder; returns each copy's bytes.
   */
  private Map<Path, byte[]> copyWithReferencedFiles(List<Path> originals) throws Exception {
    Path root = SharedSpecs.root();
    Map<Path, byte[]> copies = new LinkedHashMap<>();
    Deque<Path> todo = new ArrayDeque<>(originals);
    while (!todo.isEmpty()) {
      Path from = todo.pop().toAbsolutePath().normalize();
      Path to = dir.resolve(root.relativize(from).toString());
      if (copies.containsKey(to) || !Files.isRegularFile(from)) {
        continue;
      }
      byte[] bytes = Files.readAllBytes(from);
      Files.createDirectories(to.getParent());
      Files.write(to, bytes);
      copies.put(to, bytes);
      Matcher m = FILE_REF.matcher(new String(bytes, StandardCharsets.UTF_8));
      while (m.find()) {
        if (!m.group(1).contains("examples/")) {
          todo.add(from.resolveSibling(m.group(1)));
        }
      }
    }
    return copies;
  }

  private static String firstLines(String s, int n) {
    String[] lines = s.split("\n");
    return String.join("\n    ", java.util.Arrays.copyOf(lines, Math.min(n, lines.length)));
  }
}
