package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spec written in YAML is read as its JSON equal: same model, same Java, same messages. */
class YamlSpecsTest {
  @TempDir Path dir;

  private static final String SPEC =
      String.join(
          "\n",
          "# A YAML spec: comments, unquoted keys and values, block text.",
          "swagger: '2.0'",
          "info:",
          "  title: Notes",
          "  version: 2024-01-01",
          "host: notes.example.com",
          "paths:",
          "  /notes/{id}:",
          "    get:",
          "      operationId: Notes_Get",
          "      description: |",
          "        Reads one note.",
          "        Second line.",
          "      parameters:",
          "        - {name: id, in: path, required: true, type: string}",
          "      responses:",
          "        200:",
          "          description: the note",
          "          schema: {$ref: '#/definitions/Note'}",
          "definitions:",
          "  Note:",
          "    type: object",
          "    properties:",
          "      text: {type: string}",
          "      size: {type: integer, format: int64, maximum: 10}",
          "");

  @Test
  void theKeyVaultSampleInYamlGeneratesTheSameJavaAsInJson() throws Exception {
    Path json = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "keyvault");
    ObjectMapper jsonMapper = new ObjectMapper();
    YAMLMapper yamlMapper = new YAMLMapper();
    for (String name : List.of("keyvault", "common")) {
      String text = Files.readString(json.resolve(name + ".json")).replace("common.json#", "common.yaml#");
      Files.writeString(
          dir.resolve(name + ".yaml"), yamlMapper.writeValueAsString(jsonMapper.readTree(text)));
    }
    assertTrue(Files.readString(dir.resolve("keyvault.yaml")).contains("common.yaml#/"));

    List<GeneratedFile> fromJson =
        new Generator()
            .generate(new GeneratorOptions(List.of(json.resolve("keyvault.json")), "com.example"))
            .files();
    List<GeneratedFile> fromYaml =
        new Generator()
            .generate(new GeneratorOptions(List.of(dir.resolve("keyvault.yaml")), "com.example"))
            .files();

    assertTrue(fromJson.size() > 20, "the sample gives models, enums and clients");
    assertEquals(fromJson.size(), fromYaml.size());
    for (int i = 0; i < fromJson.size(); i++) {
      assertEquals(fromJson.get(i).relativePath(), fromYaml.get(i).relativePath());
      assertEquals(
          fromJson.get(i).content(),
          // Each file's first line names the spec it came from.
          fromYaml.get(i).content().replace(".yaml#/", ".json#/"),
          fromJson.get(i).relativePath());
    }
  }

  @Test
  void yamlOnlyFormsReadAsJsonWouldSayThem() throws Exception {
    ApiModel model = TestSpecs.parse(List.of(write("notes.yaml", SPEC))).model();

    assertEquals("NotesClient", model.client().name());
    assertEquals("2024-01-01", model.client().apiVersion(), "a date-like scalar stays text");
    OperationModel get = model.groups().get(0).operations().get(0);
    assertEquals("Reads one note.\nSecond line.", get.description());
    assertEquals("200", get.responses().get(0).status(), "an integer key is a status code");
    assertEquals(2, TestSpecs.object(model, "Note").properties().size());
  }

  @Test
  void problemsInYamlNameTheSameFileAndPointer() throws Exception {
    Path spec = write("notes.yml", SPEC.replace("'#/definitions/Note'", "'#/definitions/Nope'"));

    SpecException e = assertThrows(SpecException.class, () -> new SpecParser().parse(List.of(spec)));

    assertEquals(
        List.of(
            "notes.yml#/paths/~1notes~1{id}/get/responses/200/schema: $ref '#/definitions/Nope'"
                + " does not resolve: notes.yml has nothing at /definitions/Nope"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void brokenYamlGivesTheLineAndWhatIsWrong() throws Exception {
    assertEquals(
        "is not valid YAML at line 4, column 2: a mapping whose keys do not line up"
            + " (indentation?)",
        message(write("bad.yaml", "swagger: '2.0'\ninfo:\n  title: t\n version: 1\n")));
    assertTrue(
        message(write("twice.yaml", "swagger: '2.0'\nswagger: '2.0'\n"))
            .contains("an object has a member name twice"));
    assertTrue(
        message(write("alias.yaml", "swagger: '2.0'\ninfo: &i {title: t}\nx-copy: *i\n"))
            .startsWith("is not valid YAML at line 3"));
    assertTrue(
        message(write("alias.yaml", "swagger: '2.0'\ninfo: &i {title: t}\nx-copy: *i\n"))
            .contains("YAML aliases (*name) are not supported (write the value out)"));
    assertTrue(
        message(write("two.yaml", "swagger: '2.0'\n---\nswagger: '2.0'\n"))
            .startsWith("is not valid YAML"));
  }

  @Test
  void yamlInAJsonFileGetsAHint() throws Exception {
    String m = message(write("notes.json", SPEC));

    assertTrue(
        m.startsWith("is not valid JSON at line 1, column 1: a character that does not belong"
            + " there"),
        m);
    assertTrue(
        m.endsWith("(a YAML spec is read as YAML when its name ends in .yaml or .yml)"), m);
    assertTrue(
        !message(write("cut.json", "{\"swagger\": ")).contains("YAML"),
        "broken JSON gets no YAML hint");
  }

  private String message(Path spec) {
    SpecException e = assertThrows(SpecException.class, () -> new SpecParser().parse(List.of(spec)));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    return e.diagnostics().get(0).message();
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
