package dev.xmsgen.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.output.IncrementalGeneration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  @TempDir Path dir;

  private Path spec;
  private Path out;
  private final List<GeneratorOptions> calls = new ArrayList<>();
  private SpecException failure;
  private Cli cli;

  private static final SourceRef SKU = new SourceRef("keyvault.json", "/definitions/Sku");

  /** What a generator would give for a spec with one enum and one warning. */
  private GenerationResult result(GeneratorOptions options) {
    ApiModel model =
        new ApiModel(
            new ClientModel("Client", "", "1", null, null, true, "", List.of(), List.of()),
            List.of(
                new EnumModel(
                    "Sku",
                    SKU,
                    "",
                    false,
                    TypeRef.Primitive.STRING,
                    List.of(new EnumModel.EnumValue("a", "A", "")))),
            List.of(),
            List.of(Diagnostic.warning(SKU.child("x-ms-enum"), "name missing; derived 'Sku'")));
    String pkgPath = options.packageName().replace('.', '/');
    return new GenerationResult(
        model,
        List.of(
            new GeneratedFile(pkgPath + "/Client.java", "class Client {}"),
            new GeneratedFile(pkgPath + "/Sku.java", "enum Sku { A }")),
        options.specs());
  }

  @BeforeEach
  void setUp() throws Exception {
    spec = Files.writeString(dir.resolve("keyvault.json"), "{\"swagger\": \"2.0\"}");
    out = dir.resolve("gen");
    cli =
        new Cli(
            new IncrementalGeneration(
                options -> {
                  calls.add(options);
                  if (failure != null) {
                    throw failure;
                  }
                  return result(options);
                },
                "test"));
  }

  private int generate(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "generate",
                "--spec", spec.toString(),
                "--output", out.toString(),
                "--package", "com.example"));
    args.addAll(List.of(extra));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void generatesThenReportsUpToDate() throws Exception {
    assertEquals(0, generate());
    assertTrue(
        cli.out().startsWith("xmsgen: generated " + out + " because there is no previous state: 2 written ("),
        cli.out());
    assertEquals("enum Sku { A }", Files.readString(out.resolve("com/example/Sku.java")));
    assertEquals(
        "warning: keyvault.json#/definitions/Sku/x-ms-enum: name missing; derived 'Sku'\n",
        cli.err());

    assertEquals(0, generate());
    assertTrue(cli.out().startsWith("xmsgen: " + out + " is up to date: 2 files ("), cli.out());
    assertEquals(1, calls.size());
    assertEquals("", cli.err());
  }

  @Test
  void optionsFromAnArgumentFileAreReadByPicocliTheSameWay() throws Exception {
    Path options =
        Files.writeString(
            dir.resolve("options.txt"),
            "--spec " + spec + "\n--output " + out + "\n--package com.example\n--no-clients\n");

    assertEquals(0, cli.run("generate", "@" + options));
    assertTrue(
        cli.out().startsWith("xmsgen: generated " + out + " because there is no previous state: 2 written ("),
        cli.out());
    assertFalse(calls.get(0).clients());

    assertEquals(2, cli.run("generate", "@" + options, "-q", "-v"));
    assertEquals(
        "xmsgen: --quiet and --verbose cannot be used together\n"
            + "Try 'xmsgen generate --help' for more information.\n",
        cli.err());
  }

  @Test
  void specChangeIsNamedAsTheReason() throws Exception {
    generate();
    Files.writeString(spec, "{\"swagger\": \"2.0\", \"info\": {}}");

    assertEquals(0, generate());
    assertTrue(
        cli.out().startsWith("xmsgen: regenerated " + out + " because keyvault.json changed: 0 written, 2 unchanged ("),
        cli.out());
  }

  @Test
  void passesEveryOptionToTheGenerator() {
    assertEquals(0, generate("--no-clients"));

    GeneratorOptions options = calls.get(0);
    assertEquals(List.of(spec.toAbsolutePath()), options.specs());
    assertEquals("com.example", options.packageName());
    assertFalse(options.clients());
    assertFalse(options.flatPackage());
    assertEquals("com.example.models", options.modelPackage());

    assertEquals(0, generate("--flat-package"));
    assertTrue(calls.get(1).flatPackage());
    assertEquals("com.example", calls.get(1).modelPackage());
    assertEquals(List.of(), calls.get(1).readRoots());

    Path shared = dir.resolve("shared");
    assertEquals(0, generate("--force", "--read-root", dir.toString(), "--read-root", shared.toString()));
    assertEquals(List.of(dir, shared), calls.get(2).readRoots());
    assertEquals(null, calls.get(2).clientVersion());

    assertEquals(0, generate("--force", "--client-version", "2.0.1"));
    assertEquals("2.0.1", calls.get(3).clientVersion());
  }

  @Test
  void aClientVersionThatIsNotAProductTokenIsAUsageErrorOfOneLine() {
    assertEquals(2, generate("--client-version", "1.0 (secret)"));

    assertTrue(cli.err().startsWith("xmsgen: --client-version: the client version must be"), cli.err());
    assertFalse(cli.err().contains("secret"), cli.err());
    assertTrue(calls.isEmpty());
  }

  @Test
  void forceRegeneratesEvenWhenUpToDate() {
    generate();

    assertEquals(0, generate("--force"));
    assertTrue(cli.out().contains("because regeneration was forced"), cli.out());
    assertEquals(2, calls.size());
  }

  @Test
  void verboseListsEveryFileAndQuietPrintsNothing() {
    assertEquals(0, generate("-v"));
    assertTrue(
        cli.out().startsWith(
            "  written   com/example/Client.java\n  written   com/example/Sku.java\nxmsgen: generated "),
        cli.out());

    assertEquals(0, generate("--force", "--quiet"));
    assertEquals("", cli.out());
    assertEquals("", cli.err());
  }

  @Test
  void specErrorsExitOneWithOneLinePerDiagnosticAndNoStackTrace() throws Exception {
    generate();
    String before = Files.readString(out.resolve("com/example/Sku.java"));
    Files.writeString(spec, "{\"broken\": true}");
    failure =
        new SpecException(
            List.of(
                Diagnostic.error(
                    new SourceRef("keyvault.json", "/definitions/Vault/properties/sku"),
                    "$ref target #/definitions/Skuu does not exist"),
                Diagnostic.error(
                    new SourceRef("common.json", "/parameters/ApiVersion"), "missing 'in'")));

    assertEquals(1, generate());

    assertEquals(
        "keyvault.json#/definitions/Vault/properties/sku: $ref target #/definitions/Skuu does not exist\n"
            + "common.json#/parameters/ApiVersion: missing 'in'\n"
            + "xmsgen: 2 errors in the specs; "
            + out
            + " was left as it was\n",
        cli.err());
    assertEquals("", cli.out());
    assertEquals(before, Files.readString(out.resolve("com/example/Sku.java")));
  }

  @Test
  void reportIsWritten() throws Exception {
    Path report = dir.resolve("report/xmsgen.json");

    assertEquals(0, generate("--report", report.toString()));

    JsonNode json = new ObjectMapper().readTree(report.toFile());
    assertEquals("xmsgen", json.at("/generator/name").asText());
    assertEquals("dev.xmsgen.runtime.Json#mapper", json.get("jsonMapper").asText());
    assertEquals("keyvault.json#/definitions/Sku", json.at("/models/0/schema").asText());
    assertEquals("com.example.models.Sku", json.at("/models/0/javaType").asText());
    assertEquals("enum", json.at("/models/0/kind").asText());
    assertEquals("/definitions/Sku/x-ms-enum", json.at("/warnings/0/pointer").asText());
  }

  @Test
  void fileInTheWayExitsOneAndSaysWhy() throws Exception {
    Files.createDirectories(out.resolve("com/example"));
    Files.writeString(out.resolve("com/example/Sku.java"), "enum Sku { MINE }");

    assertEquals(1, generate());

    assertTrue(
        cli.err().startsWith("xmsgen: com/example/Sku.java exists, and the generator did not write it\n"),
        cli.err());
    assertEquals("enum Sku { MINE }", Files.readString(out.resolve("com/example/Sku.java")));
  }

  @Test
  void invalidPackageIsAUsageError() {
    assertEquals(
        2,
        cli.run("generate", "--spec", spec.toString(), "--output", out.toString(), "--package", "com.1x"));
    assertEquals(
        "xmsgen: package name 'com.1x' is not valid: '1x' is not a Java identifier\n"
            + "Try 'xmsgen generate --help' for more information.\n",
        cli.err());
    assertTrue(calls.isEmpty());
  }

  @Test
  void aPackageUnderJavaOrJavaxIsAUsageError() {
    for (String pkg : new String[] {"java.util", "javax", "java"}) {
      assertEquals(
          2,
          cli.run("generate", "--spec", spec.toString(), "--output", out.toString(), "--package", pkg));
      assertTrue(
          cli.err().contains("package name '" + pkg + "' is not valid: packages under 'java"),
          cli.err());
    }
    assertTrue(calls.isEmpty());
    assertFalse(Files.exists(out));
  }

  @Test
  void aReportThatWouldOverwriteTheSpecIsAUsageError() throws Exception {
    String before = Files.readString(spec);

    assertEquals(2, generate("--report", spec.toString()));

    assertTrue(
        cli.err().startsWith("xmsgen: the report would overwrite the spec " + spec.toAbsolutePath()),
        cli.err());
    assertEquals(before, Files.readString(spec));
    assertTrue(calls.isEmpty());
  }

  @Test
  void missingSpecFileIsAUsageError() {
    Path missing = dir.resolve("nope.json");

    assertEquals(
        2,
        cli.run("generate", "--spec", missing.toString(), "--output", out.toString(), "--package", "a.b"));
    assertTrue(
        cli.err().startsWith("xmsgen: spec file not found: " + missing.toAbsolutePath() + "\n"),
        cli.err());
    assertFalse(Files.exists(out));
  }

  @Test
  void missingRequiredOptionsAreAUsageError() {
    assertEquals(2, cli.run("generate", "--spec", spec.toString()));
    assertTrue(cli.err().startsWith("xmsgen: Missing required options: '--output=DIR', '--package=PKG'"), cli.err());
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertEquals(2, generate("--colour"));
    assertTrue(cli.err().startsWith("xmsgen: Unknown option: '--colour'"), cli.err());
  }

  @Test
  void quietAndVerboseTogetherIsAUsageError() {
    assertEquals(2, generate("-q", "-v"));
    assertTrue(cli.err().startsWith("xmsgen: --quiet and --verbose cannot be used together"), cli.err());
  }

  @Test
  void specDirTakesItsJsonFilesAndLeavesExamplesOut() throws Exception {
    Path specs = dir.resolve("specs");
    for (String file : List.of("vaults.json", "stable/keys.json", "examples/get.json", "readme.md")) {
      Files.createDirectories(specs.resolve(file).getParent());
      Files.writeString(specs.resolve(file), "{}");
    }

    assertEquals(
        0,
        cli.run("generate", "--spec-dir", specs.toString(), "--output", out.toString(), "--package", "a.b"));

    assertEquals(
        List.of(specs.resolve("stable/keys.json"), specs.resolve("vaults.json")),
        calls.get(0).specs());
  }

  @Test
  void includesAndExcludesReplaceTheDefaultsAndSpecsComeFirst() throws Exception {
    Path specs = dir.resolve("specs");
    for (String file : List.of("a.yaml", "b.yml", "c.json", "old/d.yaml")) {
      Files.createDirectories(specs.resolve(file).getParent());
      Files.writeString(specs.resolve(file), "{}");
    }

    assertEquals(
        0,
        generate(
            "--spec-dir", specs.toString(),
            "--include", "**/*.yaml", "--include=*.yml", "--exclude", "old/"));

    assertEquals(
        List.of(spec.toAbsolutePath(), specs.resolve("a.yaml"), specs.resolve("b.yml")),
        calls.get(0).specs());
  }

  @Test
  void aMissingOrEmptySpecDirIsAUsageError() throws Exception {
    Path missing = dir.resolve("nope");
    assertEquals(
        2, cli.run("generate", "--spec-dir", missing.toString(), "--output", out.toString(), "--package", "a.b"));
    assertEquals(
        "xmsgen: spec folder not found: " + missing + "\n"
            + "Try 'xmsgen generate --help' for more information.\n",
        cli.err());

    Path empty = Files.createDirectories(dir.resolve("empty"));
    assertEquals(
        2, cli.run("generate", "--spec-dir", empty.toString(), "--output", out.toString(), "--package", "a.b"));
    assertTrue(
        cli.err().startsWith(
            "xmsgen: no spec file in " + empty + " matches includes [**/*.json] and excludes [**/examples/**]\n"),
        cli.err());
    assertTrue(calls.isEmpty());
  }

  @Test
  void noSpecAtAllOrPatternsWithoutAFolderAreUsageErrors() {
    assertEquals(2, cli.run("generate", "--output", out.toString(), "--package", "a.b"));
    assertTrue(
        cli.err().startsWith("xmsgen: no spec given: use --spec FILE or --spec-dir FOLDER\n"),
        cli.err());

    assertEquals(2, generate("--include", "*.yaml"));
    assertTrue(
        cli.err().startsWith("xmsgen: --include and --exclude select files of a --spec-dir FOLDER\n"),
        cli.err());
    assertTrue(calls.isEmpty());
  }

  @Test
  void anOutputFolderThatIsAFileExitsWithTheUsageCodeTheHelpGives() throws Exception {
    Files.writeString(out, "not a folder");

    assertEquals(2, generate());

    assertEquals(
        "xmsgen: the output folder is a file: " + out + "\n"
            + "Try 'xmsgen generate --help' for more information.\n",
        cli.err());
    assertEquals("not a folder", Files.readString(out));
    assertTrue(calls.isEmpty());
    assertEquals(0, cli.run("generate", "--help"));
    String help = cli.out().replaceAll("\\s+", " ");
    assertTrue(
        help.contains("2 usage error: an unknown or missing option, or a value that cannot be used")
            && help.contains("an output folder that is a file"),
        help);
  }
}
