package dev.xmsgen.benchmarks;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.parse.ParsedApi;
import dev.xmsgen.core.parse.SpecParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process generation time: what a build pays when the Maven plugin regenerates. {@code specSet}
 * picks the input: the built-in sample, or the real KeyVault sets from the shared specs folder
 * (system property {@code xmsgen.sharedSpecs}, default {@code ../shared/specs}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GenerateBenchmark {

  @Param({"sample", "keyvault-2021-06-01-preview", "keyvault-2025-05-01"})
  public String specSet;

  private List<Path> specs;
  private GeneratorOptions options;

  @Setup
  public void locate() {
    Path shared = Path.of(System.getProperty("xmsgen.sharedSpecs", "../shared/specs"));
    String kv = "azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/";
    switch (specSet) {
      case "sample":
        specs = List.of(Path.of("specs/keyvault/keyvault.json"));
        break;
      case "keyvault-2021-06-01-preview":
        specs =
            files(
                shared.resolve(kv + "preview/2021-06-01-preview"),
                "keyvault.json", "managedHsm.json", "keys.json", "secrets.json", "providers.json");
        break;
      case "keyvault-2025-05-01":
        specs =
            files(
                shared.resolve(kv + "stable/2025-05-01"),
                "common.json", "keys.json", "keysManagedHsm.json", "keyvault.json",
                "managedHsm.json", "providers.json", "secrets.json");
        break;
      default:
        throw new IllegalArgumentException(specSet);
    }
    for (Path p : specs) {
      if (!Files.isRegularFile(p)) {
        throw new IllegalStateException(p + " is absent; run from the repository root");
      }
    }
    options = new GeneratorOptions(specs, "com.example.keyvault");
  }

  private static List<Path> files(Path folder, String... names) {
    return List.of(names).stream().map(folder::resolve).collect(Collectors.toList());
  }

  /** Parse only: specs to the intermediate model as read, before the transform passes. */
  @Benchmark
  public ParsedApi parse() throws SpecException {
    return new SpecParser().parse(specs);
  }

  /** The whole in-memory pipeline: parse, transform, emit models, enums and clients. */
  @Benchmark
  public GenerationResult generate() throws SpecException {
    return new Generator().generate(options);
  }
}
