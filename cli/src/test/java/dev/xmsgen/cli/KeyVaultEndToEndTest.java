package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CLI over the real KeyVault specs, as a user runs it: each version generates, the written
 * sources compile with {@code javac --release 11 -Xlint:all -Werror} against the runtime and
 * Jackson alone, the report maps schemas to Java types, and a second run finds everything up to
 * date. Skipped, with a notice, when the shared specs are absent.
 */
class KeyVaultEndToEndTest {
  private static final String KEYVAULT = "specification/keyvault/resource-manager/Microsoft.KeyVault/";

  @TempDir Path dir;

  private final Cli cli = new Cli(new IncrementalGeneration());

  private static Path shared(String relative) {
    Path root = Path.of(System.getProperty("xmsgen.sharedSpecs", "../../shared/specs"));
    if (!Files.isDirectory(root)) {
      System.out.println("NOTICE: shared specs not found at " + root + "; test skipped");
    }
    Assumptions.assumeTrue(Files.isDirectory(root), "shared specs are absent");
    return root.resolve(relative);
  }

  private int generate(Path folder, List<String> files, Path out, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of("generate", "--output", out.toString(), "--package", "com.example.keyvault"));
    for (String file : files) {
      args.add("--spec");
      args.add(folder.resolve(file).toString());
    }
    args.addAll(List.of(extra));
    return cli.run(args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "azure-rest-api-specs/" + KEYVAULT + "preview/2021-06-01-preview,"
        + "keyvault.json managedHsm.json keys.json secrets.json providers.json",
    "azure-rest-api-specs/" + KEYVAULT + "stable/2025-05-01,"
        + "common.json keys.json keysManagedHsm.json keyvault.json managedHsm.json providers.json secrets.json",
    "azure-rest-api-specs-typespec/" + KEYVAULT + "stable/2025-05-01,openapi.json"
  })
  void generatesSourcesThatCompileWithAllLintWarningsAsErrors(String folder, String files)
      throws Exception {
    Path out = dir.resolve("src");
    Path report = dir.resolve("report.json");
    List<String> names = List.of(files.split(" "));

    assertEquals(0, generate(shared(folder), names, out, "--report", report.toString()), cli.err());
    assertTrue(
        cli.out().startsWith("xmsgen: generated " + out + " because there is no previous state: "),
        cli.out());

    List<String> sources;
    try (Stream<Path> all = Files.walk(out)) {
      sources =
          all.filter(p -> p.toString().endsWith(".java"))
              .map(Path::toString)
              .collect(Collectors.toList());
    }
    assertTrue(sources.size() > 50, "sources written: " + sources.size());
    List<String> javac =
        new ArrayList<>(
            List.of(
                "--release", "11", "-Xlint:all", "-Werror", "-d", dir.resolve("classes").toString(),
                "-classpath", System.getProperty("java.class.path")));
    javac.addAll(sources);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int code = compiler.run(null, diagnostics, diagnostics, javac.toArray(String[]::new));
    assertEquals(0, code, diagnostics.toString(StandardCharsets.UTF_8));

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("dev.xmsgen.runtime.Json#mapper", json.get("jsonMapper").asText());
    assertTrue(json.get("models").size() > 50, "models in the report");
    assertTrue(json.get("operations").size() > 20, "operations in the report");

    assertEquals(0, generate(shared(folder), names, out, "--report", report.toString()));
    assertTrue(cli.out().startsWith("xmsgen: " + out + " is up to date: "), cli.out());
  }

  @Test
  void theReportMapsSchemasToJavaTypesAndRecordsReferencedFiles() throws Exception {
    Path out = dir.resolve("src");
    Path report = dir.resolve("report.json");
    Path folder = shared("azure-rest-api-specs/" + KEYVAULT + "preview/2021-06-01-preview");

    assertEquals(
        0,
        generate(
            folder,
            List.of("keyvault.json", "managedHsm.json", "keys.json", "secrets.json", "providers.json"),
            out,
            "--report",
            report.toString()),
        cli.err());

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    boolean vault = false;
    for (JsonNode model : json.get("models")) {
      if (model.get("schema").asText().equals("keyvault.json#/definitions/Vault")) {
        assertEquals("com.example.keyvault.models.Vault", model.get("javaType").asText());
        assertEquals("class", model.get("kind").asText());
        vault = true;
      }
    }
    assertTrue(vault, "the report maps keyvault.json#/definitions/Vault");
    boolean get = false;
    for (JsonNode op : json.get("operations")) {
      if (op.get("operationId").asText().equals("Vaults_Get")) {
        assertEquals("com.example.keyvault.VaultsClient", op.get("client").asText());
        assertEquals("get", op.get("javaMethod").asText());
        assertEquals("com.example.keyvault.models.Vault", op.at("/responses/200").asText());
        get = true;
      }
    }
    assertTrue(get, "the report maps Vaults_Get to its client method");
    assertTrue(json.get("inputs").toString().contains("common.json"), "common.json is $ref'd and recorded");
  }

  @Test
  void aBrokenSpecExitsOneWithFileAndPointer() throws Exception {
    Path spec = dir.resolve("broken.json");
    Files.writeString(
        spec,
        "{\"swagger\": \"2.0\", \"info\": {\"title\": \"Broken\", \"version\": \"1\"}, \"paths\": {},"
            + " \"definitions\": {\"A\": {\"properties\": {\"b\": {\"$ref\": \"#/definitions/Missing\"}}}}}");

    int code =
        cli.run("generate", "--spec", spec.toString(), "--output", dir.resolve("out").toString(), "--package", "a.b");

    assertEquals(1, code, cli.err());
    assertTrue(cli.err().startsWith("broken.json#/definitions/A/properties/b"), cli.err());
    assertFalse(cli.err().contains("\tat "), "no stack trace: " + cli.err());
    assertFalse(Files.exists(dir.resolve("out/a")));
  }
}
