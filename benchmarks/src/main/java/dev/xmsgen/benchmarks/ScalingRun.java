package dev.xmsgen.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Whether generation time grows linearly with the spec: builds synthetic specs of 1, 4, 16 and 64
 * times the definitions and operations of the real KeyVault 2021-06-01-preview keyvault.json
 * (renamed copies in one file: {@code Vault}, {@code VaultC2}, ...; paths under {@code /copy2},
 * ...), warms the JIT, then generates each in process in rounds (one run per scale a round, so
 * that the machine's load hits every scale alike), and prints the CPU time (of the whole process,
 * mean over the rounds) per generated type and per operation, the share of it spent collecting
 * garbage, and how far the largest per-type figure is above the smallest. Run by bench/scaling.sh;
 * {@code -Dxmsgen.rounds=N} sets the rounds (default 10).
 *
 * <p>Arguments: the real keyvault.json, the folder for the synthetic specs, and optionally the
 * scales (default {@code 1 4 16 64}).
 */
public final class ScalingRun {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ScalingRun() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ScalingRun KEYVAULT_JSON OUTPUT_DIR [SCALE...]");
      System.exit(2);
    }
    Path source = Path.of(args[0]).toAbsolutePath().normalize();
    Path out = Path.of(args[1]);
    int[] scales =
        args.length > 2
            ? Arrays.stream(args, 2, args.length).mapToInt(Integer::parseInt).toArray()
            : new int[] {1, 4, 16, 64};
    Files.createDirectories(out);
    JsonNode original = JSON.readTree(source.toFile());

    List<GeneratorOptions> all = new ArrayList<>();
    for (int scale : scales) {
      Path spec = out.resolve("keyvault-x" + scale + ".json");
      JSON.writerWithDefaultPrettyPrinter()
          .writeValue(spec.toFile(), scaled(original, scale, source.getParent()));
      all.add(new GeneratorOptions(List.of(spec), "com.example.scaling"));
    }
    // Warm the JIT on a middle-sized spec first, so that no scale pays for compilation (the CPU
    // time measured is the whole process's, compiler threads included).
    GeneratorOptions warm = all.get(Math.min(1, all.size() - 1));
    long warmFrom = cpu();
    for (int i = 0; i < 10 || cpu() - warmFrom < 20_000_000_000L; i++) {
      new Generator().generate(warm);
    }
    // Rounds of one run per scale, so that a change in the machine's load hits every scale alike.
    int rounds = Integer.getInteger("xmsgen.rounds", 10);
    int[] types = new int[scales.length];
    int[] operations = new int[scales.length];
    long[] cpuNanos = new long[scales.length];
    long[] gcMillis = new long[scales.length];
    List<List<Long>> walls = new ArrayList<>();
    for (int i = 0; i < scales.length; i++) {
      walls.add(new ArrayList<>());
    }
    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < scales.length; i++) {
        long gc = gcMillis();
        long cpu = cpu();
        long start = System.nanoTime();
        GenerationResult result = new Generator().generate(all.get(i));
        walls.get(i).add(System.nanoTime() - start);
        cpuNanos[i] += cpu() - cpu;
        gcMillis[i] += gcMillis() - gc;
        types[i] = result.model().types().size();
        operations[i] =
            result.model().groups().stream().mapToInt(g -> g.operations().size()).sum();
      }
    }

    System.out.printf(
        "%6s %7s %6s %6s %11s %12s %12s %8s %12s%n",
        "scale", "types", "ops", "runs", "cpu ms/run", "us per type", "us per op", "gc share",
        "wall ms/run");
    double[] perType = new double[scales.length];
    for (int i = 0; i < scales.length; i++) {
      double cpuPerRun = cpuNanos[i] / (double) rounds;
      perType[i] = cpuPerRun / 1000.0 / types[i];
      List<Long> w = walls.get(i);
      w.sort(null);
      System.out.printf(
          "%6d %7d %6d %6d %11.1f %12.1f %12.1f %7.0f%% %12.1f%n",
          scales[i],
          types[i],
          operations[i],
          rounds,
          cpuPerRun / 1e6,
          perType[i],
          cpuPerRun / 1000.0 / operations[i],
          100.0 * gcMillis[i] * 1e6 / cpuNanos[i],
          w.get(w.size() / 2) / 1e6);
    }
    double min = Arrays.stream(perType).min().orElse(0);
    double max = Arrays.stream(perType).max().orElse(0);
    double spread = max / min - 1;
    System.out.printf(
        "time per type: largest %.0f%% above smallest: %s%n",
        spread * 100, spread <= 0.25 ? "flat within 25%" : "NOT flat within 25%");
  }

  /** CPU time of the whole process (all threads), in nanoseconds. */
  private static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Time spent collecting garbage so far, in milliseconds (wall time of the collections). */
  private static long gcMillis() {
    long total = 0;
    for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  /** {@code scale} renamed copies of the spec's definitions, parameters and paths, in one spec. */
  static ObjectNode scaled(JsonNode original, int scale, Path sourceFolder) {
    ObjectNode spec = original.deepCopy();
    for (String section : List.of("definitions", "parameters", "responses", "paths", "x-ms-paths")) {
      spec.remove(section);
    }
    for (int copy = 1; copy <= scale; copy++) {
      String suffix = copy == 1 ? "" : "C" + copy;
      JsonNode renamed = renamed(original.deepCopy(), suffix, sourceFolder);
      for (String section : List.of("definitions", "parameters", "responses")) {
        JsonNode members = renamed.get(section);
        if (members != null) {
          ObjectNode target = section(spec, section);
          members.fields().forEachRemaining(e -> target.set(e.getKey() + suffix, e.getValue()));
        }
      }
      for (String section : List.of("paths", "x-ms-paths")) {
        JsonNode paths = renamed.get(section);
        if (paths != null) {
          ObjectNode target = section(spec, section);
          String prefix = copy == 1 ? "" : "/copy" + copy;
          paths.fields().forEachRemaining(e -> target.set(prefix + e.getKey(), e.getValue()));
        }
      }
    }
    return spec;
  }

  /**
   * The spec with local references and enum names given {@code suffix}, operation groups renamed
   * ({@code Vaults_Get} becomes {@code VaultsC2_Get}), and references to other files made absolute.
   */
  private static JsonNode renamed(JsonNode node, String suffix, Path sourceFolder) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      JsonNode ref = object.get("$ref");
      if (ref != null && ref.isTextual()) {
        object.set("$ref", new TextNode(reference(ref.asText(), suffix, sourceFolder)));
      }
      JsonNode enumName = object.path("x-ms-enum").get("name");
      if (enumName != null && enumName.isTextual()) {
        ((ObjectNode) object.get("x-ms-enum")).put("name", enumName.asText() + suffix);
      }
      JsonNode operationId = object.get("operationId");
      if (operationId != null && operationId.isTextual() && isOperation(object)) {
        String id = operationId.asText();
        int underscore = id.indexOf('_');
        object.put(
            "operationId",
            underscore < 0
                ? id + suffix
                : id.substring(0, underscore) + suffix + id.substring(underscore));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("x-ms-examples")) {
          renamed(e.getValue(), suffix, sourceFolder);
        }
      }
    } else if (node.isArray()) {
      node.forEach(element -> renamed(element, suffix, sourceFolder));
    }
    return node;
  }

  private static boolean isOperation(ObjectNode object) {
    return object.has("responses");
  }

  private static String reference(String ref, String suffix, Path sourceFolder) {
    int hash = ref.indexOf('#');
    String file = hash < 0 ? ref : ref.substring(0, hash);
    if (!file.isEmpty()) {
      try {
        return sourceFolder.resolve(file).normalize() + ref.substring(file.length());
      } catch (RuntimeException e) {
        return ref;
      }
    }
    for (String section : List.of("#/definitions/", "#/parameters/", "#/responses/")) {
      if (ref.startsWith(section) && ref.indexOf('/', section.length()) < 0) {
        return ref + suffix;
      }
    }
    return ref;
  }

  private static ObjectNode section(ObjectNode spec, String name) {
    JsonNode existing = spec.get(name);
    return existing instanceof ObjectNode o ? o : spec.putObject(name);
  }
}
