package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI over the real generator: the KeyVault 2021-06-01-preview specs (skipped, with a notice,
 * when the shared specs are absent), and a broken spec. Both skip, with a notice, while the
 * generator pipeline still throws {@code UnsupportedOperationException("not yet")}.
 */
class KeyVaultEndToEndTest {

  @TempDir Path dir;

  private Path specs;
  private final Cli cli = new Cli(new IncrementalGeneration());

  private void findSpecs() {
    String shared = System.getProperty("xmsgen.sharedSpecs", "");
    specs =
        Path.of(shared)
            .resolve(
                "azure-rest-api-specs/specification/keyvault/resource-manager/"
                    + "Microsoft.KeyVault/preview/2021-06-01-preview");
    if (!Files.isDirectory(specs)) {
      System.out.println("NOTICE: KeyVault specs not found at " + specs + "; test skipped");
    }
    Assumptions.assumeTrue(Files.isDirectory(specs), "shared KeyVault specs are absent");
  }

  private int generate(Path out, String... extra) {
    List<String> args =
        new ArrayList<>(List.of("generate", "--output", out.toString(), "--package", "com.example.keyvault"));
    for (String file : List.of("keyvault", "managedHsm", "keys", "secrets", "providers")) {
      args.add("--spec");
      args.add(specs.resolve(file + ".json").toString());
    }
    args.addAll(List.of(extra));
    int code = cli.run(args.toArray(String[]::new));
    if (cli.err().contains("UnsupportedOperationException: not yet")) {
      System.out.println("NOTICE: the generator pipeline is not complete yet; test skipped");
      Assumptions.abort("the generator pipeline is not complete yet");
    }
    return code;
  }

  @Test
  void generatesTheKeyVaultSetThenFindsItUpToDate() throws Exception {
    findSpecs();
    Path out = dir.resolve("src");
    Path report = dir.resolve("report.json");

    assertEquals(0, generate(out, "--report", report.toString()), cli.err());
    assertTrue(cli.out().startsWith("xmsgen: generated " + out + " because there is no previous state: "), cli.out());
    assertTrue(Files.isRegularFile(out.resolve("com/example/keyvault/Vault.java")));

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    boolean vault = false;
    for (JsonNode model : json.get("models")) {
      if (model.get("schema").asText().equals("keyvault.json#/definitions/Vault")) {
        assertEquals("com.example.keyvault.Vault", model.get("javaType").asText());
        assertEquals("class", model.get("kind").asText());
        vault = true;
      }
    }
    assertTrue(vault, "the report maps keyvault.json#/definitions/Vault");
    assertTrue(json.get("inputs").toString().contains("common.json"), "common.json is $ref'd and recorded");

    assertEquals(0, generate(out, "--report", report.toString()));
    assertTrue(cli.out().startsWith("xmsgen: " + out + " is up to date: "), cli.out());
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
    if (cli.err().contains("UnsupportedOperationException: not yet")) {
      System.out.println("NOTICE: the generator pipeline is not complete yet; test skipped");
      Assumptions.abort("the generator pipeline is not complete yet");
    }

    assertEquals(1, code, cli.err());
    assertTrue(cli.err().startsWith("broken.json#/definitions/A/properties/b"), cli.err());
    assertTrue(!cli.err().contains("\tat "), "no stack trace: " + cli.err());
    assertTrue(!Files.exists(dir.resolve("out/a")));
  }
}
