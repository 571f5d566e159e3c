package dev.xmsgen.core.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.testing.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hand-made broken and hostile specs, one per class of problem (under {@code
 * specs/rules/errors/}, see its README), each pinned to its exact messages: one line per problem
 * with file and pointer, no stack trace, nothing quoted from a file that is not a spec. Deep
 * chains and special files are built in a temporary folder.
 */
class HostileCorpusTest {
  /** What {@code secret-token.txt} and {@code secret-token.json} start with. */
  private static final String TOKEN = "ghp_NotARealToken";

  @TempDir Path dir;

  private static Path errors(String name) {
    return Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "errors", name)
        .toAbsolutePath()
        .normalize();
  }

  /** The messages generating from {@code spec} fails with, one per line. */
  private static List<String> messages(Path spec) {
    SpecException e =
        assertThrows(
            SpecException.class,
            () -> new Generator().generate(new GeneratorOptions(List.of(spec), "com.example.h")));
    String all = e.getMessage();
    assertFalse(all.contains(TOKEN), "a message quotes a file's content: " + all);
    assertFalse(all.contains("Exception") || all.contains("\tat "), all);
    for (Diagnostic d : e.diagnostics()) {
      assertFalse(d.source().file().isEmpty(), d.toString());
      assertFalse(d.toString().contains("\n"), d.toString());
    }
    return e.diagnostics().stream().map(Diagnostic::toString).collect(Collectors.toList());
  }

  private static String folder() {
    return errors("x").getParent().toString();
  }

  @Test
  void aRefToATextFileIsRefusedUnread() {
    assertEquals(
        List.of(
            "ref-to-text-file.json#/definitions/Order/properties/a: $ref 'secret-token.txt' is"
                + " refused: " + folder() + "/secret-token.txt is not a spec file: only files"
                + " ending in .json, .yaml or .yml are read"),
        messages(errors("ref-to-text-file.json")));
  }

  @Test
  void aRefToAFileThatIsNotJsonNamesOnlyLineAndColumn() {
    assertEquals(
        List.of(
            "ref-to-broken-json.json#/definitions/Order/properties/a: $ref"
                + " 'secret-token.json#/definitions/X' points at secret-token.json, which cannot"
                + " be read",
            "secret-token.json#: is not valid JSON at line 1, column 1: a word that is not a JSON"
                + " value (not quoted?) (a YAML spec is read as YAML when its name ends in .yaml"
                + " or .yml)"),
        messages(errors("ref-to-broken-json.json")));
  }

  @Test
  void systemFilesAreRefused() {
    assertEquals(
        List.of(
            "ref-to-system-file.json#/definitions/Order/properties/a: $ref '/etc/passwd' is"
                + " refused: /etc/passwd is not a spec file: only files ending in .json, .yaml or"
                + " .yml are read",
            "ref-to-system-file.json#/definitions/Order/properties/b: $ref '/proc/self/environ'"
                + " is refused: /proc/self/environ is not a spec file: only files ending in .json,"
                + " .yaml or .yml are read"),
        messages(errors("ref-to-system-file.json")));
  }

  @Test
  void specialFilesWithASpecsNameAreRefused() throws Exception {
    Files.createDirectories(dir.resolve("folder.json"));
    Files.createSymbolicLink(dir.resolve("zero.json"), Path.of("/dev/zero"));
    Files.createSymbolicLink(dir.resolve("environ.json"), Path.of("/proc/self/environ"));
    Path spec =
        Files.writeString(
            dir.resolve("special.json"),
            "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
                + " \"definitions\": {\"A\": {\"type\": \"object\", \"properties\": {"
                + "\"a\": {\"$ref\": \"folder.json\"}, \"b\": {\"$ref\": \"zero.json\"},"
                + " \"c\": {\"$ref\": \"environ.json\"}}}}}");
    assertEquals(
        List.of(
            "special.json#/definitions/A/properties/a: $ref 'folder.json' is refused: "
                + dir.resolve("folder.json") + " is a folder, not a file",
            "special.json#/definitions/A/properties/b: $ref 'zero.json' is refused: "
                + dir.resolve("zero.json") + " is in /dev, which holds no specs; it is not read",
            "special.json#/definitions/A/properties/c: $ref 'environ.json' is refused: "
                + dir.resolve("environ.json") + " is in /proc, which holds no specs; it is not read"),
        messages(spec));
  }

  @Test
  void aPipeWithASpecsNameIsRefusedUnopened() throws Exception {
    // Opening a FIFO for reading blocks until a writer comes: were it opened, this test would hang.
    Path pipe = dir.resolve("pipe.json");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertEquals(0, mkfifo.waitFor());
    Path spec =
        Files.writeString(
            dir.resolve("piped.json"),
            "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
                + " \"definitions\": {\"A\": {\"type\": \"object\", \"properties\": {"
                + "\"a\": {\"$ref\": \"pipe.json#/definitions/X\"}}}}}");
    assertEquals(
        List.of(
            "piped.json#/definitions/A/properties/a: $ref 'pipe.json#/definitions/X' is refused: "
                + pipe + " is not a regular file (a device, pipe or socket); it is not read"),
        messages(spec));
    List<String> given = messages(pipe);
    assertEquals(1, given.size(), given.toString());
    assertTrue(given.get(0).contains("is not a regular file"), given.get(0));
  }

  /** A spec in {@code root/api} whose one property is a {@code $ref} to {@code target}. */
  private Path specReferring(Path root, String target) throws Exception {
    Path spec = Files.createDirectories(root.resolve("api")).resolve("inside.json");
    return Files.writeString(
        spec,
        "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
            + " \"definitions\": {\"A\": {\"type\": \"object\", \"properties\": {"
            + "\"a\": {\"$ref\": \"" + target + "\"}}}}}");
  }

  private static Path definingX(Path file) throws Exception {
    Files.createDirectories(file.getParent());
    return Files.writeString(
        file,
        "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
            + " \"definitions\": {\"X\": {\"type\": \"string\"}}}");
  }

  @Test
  void aReadRootConfinesWhatRefsReach() throws Exception {
    Path root = Files.createDirectories(dir.resolve("root"));
    definingX(dir.resolve("outside.json"));
    Path spec = specReferring(root, "../../outside.json#/definitions/X");
    GeneratorOptions options = new GeneratorOptions(List.of(spec), "com.example.h", false);
    SpecException e =
        assertThrows(
            SpecException.class,
            () -> new Generator().generate(options.withReadRoots(List.of(root))));
    assertEquals(
        "inside.json#/definitions/A/properties/a: $ref '../../outside.json#/definitions/X' is"
            + " refused: " + dir.resolve("outside.json") + " is outside " + root.toRealPath()
            + ", where reads are confined; it is not read (make its folder a read root to read"
            + " it)",
        e.getMessage());
    // without a root the same spec generates
    new Generator().generate(options);
  }

  @Test
  void anyOfSeveralReadRootsLetsARefRead() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path common = definingX(dir.resolve("common").resolve("types.json")).getParent();
    Path spec = specReferring(project, "../../common/types.json#/definitions/X");
    GeneratorOptions options = new GeneratorOptions(List.of(spec), "com.example.h", false);
    GenerationResult result =
        new Generator().generate(options.withReadRoots(List.of(project, common)));
    assertTrue(result.model().types().stream().anyMatch(t -> t.name().equals("A")));
    // a symbolic link inside a root that leads out of all of them is outside
    Path link = Files.createSymbolicLink(project.resolve("link.json"), common.resolve("types.json"));
    Path linked = specReferring(dir.resolve("other"), "../../project/link.json#/definitions/X");
    SpecException e =
        assertThrows(
            SpecException.class,
            () ->
                new Generator()
                    .generate(
                        new GeneratorOptions(List.of(linked), "com.example.h", false)
                            .withReadRoots(List.of(project))));
    assertTrue(e.getMessage().contains(link + " is outside " + project.toRealPath()), e.getMessage());
  }

  @Test
  void anInvalidPercentEscapeIsAnError() {
    assertEquals(
        List.of(
            "ref-bad-percent-escape.json#/definitions/Item/properties/a: $ref"
                + " '#/definitions/A%E0%A4' has an invalid percent-escape: % must be followed by"
                + " two hex digits that form UTF-8",
            "ref-bad-percent-escape.json#/definitions/Order/properties/a: $ref"
                + " '#/definitions/%zz' has an invalid percent-escape: % must be followed by two"
                + " hex digits that form UTF-8"),
        messages(errors("ref-bad-percent-escape.json")));
  }

  @Test
  void enumValuesOfAnotherJsonTypeAreErrors() {
    assertEquals(
        List.of(
            "enum-wrong-json-type.json#/definitions/Flag/enum/1: enum value is a string, which is"
                + " not boolean as the schema's type says",
            "enum-wrong-json-type.json#/definitions/Level/enum/1: enum value is a string, which"
                + " is not integer (32-bit) as the schema's type says",
            "enum-wrong-json-type.json#/definitions/Ratio/enum/0: enum value is a string, which"
                + " is not number (64-bit) as the schema's type says"),
        messages(errors("enum-wrong-json-type.json")));
  }

  @Test
  void allOfGivenAsAnObjectIsAnError() {
    assertEquals(
        List.of("allof-object.json#/definitions/Child/allOf: 'allOf' must be a JSON array, not an"
            + " object"),
        messages(errors("allof-object.json")));
  }

  @Test
  void sectionsOfTheWrongTypeAreErrors() {
    assertEquals(
        List.of(
            "section-wrong-type.json#/definitions: 'definitions' must be a JSON object, not an"
                + " array",
            "section-wrong-type.json#/paths: 'paths' must be a JSON object, not a string"),
        messages(errors("section-wrong-type.json")));
  }

  @Test
  void cyclicAllOfIsAnError() {
    assertEquals(
        List.of("allof-self.json#/definitions/A/allOf/0: allOf is cyclic: a schema cannot extend"
            + " itself"),
        messages(errors("allof-self.json")));
    assertEquals(
        List.of("allof-mutual.json#/definitions/A/allOf/0: allOf is cyclic: #/definitions/B"
            + " extends, directly or not, this schema"),
        messages(errors("allof-mutual.json")));
    assertEquals(
        List.of("allof-across-files.json#/definitions/A/allOf/0: allOf is cyclic:"
            + " allof-across-files-other.json#/definitions/B extends, directly or not, this"
            + " schema"),
        messages(errors("allof-across-files.json")));
  }

  @Test
  void aDefinitionThatIsAReferenceToItselfIsAnError() {
    assertEquals(
        List.of(
            "ref-to-itself.json#/definitions/A: $ref chain loops back to"
                + " ref-to-itself.json#/definitions/A without reaching a schema"),
        messages(errors("ref-to-itself.json")));
  }

  @Test
  void longRefChainsEndInAResultOrAnErrorNotAStackOverflow() throws Exception {
    StringBuilder defs = new StringBuilder();
    int n = 1200;
    for (int i = 0; i < n; i++) {
      defs.append(String.format(
          "\"D%d\": {\"type\": \"object\", \"properties\": {\"next\": {\"$ref\": \"#/definitions/D%d\"}}},",
          i, i + 1));
    }
    defs.append(String.format("\"D%d\": {\"type\": \"string\"}", n));
    assertTooDeep(write("chain.json", defs.toString()));
  }

  @Test
  void longAllOfChainsEndInAResultOrAnErrorNotAStackOverflow() throws Exception {
    StringBuilder defs = new StringBuilder();
    int n = 1500;
    for (int i = 0; i < n; i++) {
      defs.append(String.format(
          "\"D%d\": {\"type\": \"object\", \"allOf\": [{\"$ref\": \"#/definitions/D%d\"}],"
              + " \"properties\": {\"p%d\": {\"type\": \"string\"}}},",
          i, i + 1, i));
    }
    defs.append(String.format(
        "\"D%d\": {\"type\": \"object\", \"properties\": {\"p\": {\"type\": \"string\"}}}", n));
    assertTooDeep(write("allof-chain.json", defs.toString()));
  }

  @Test
  void oddCharactersInEveryStringGiveCompilingOutput() throws Exception {
    Path spec =
        Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "hostile",
            "odd-strings.json");
    GenerationResult result =
        new Generator().generate(new GeneratorOptions(List.of(spec), "com.example.odd"));
    InMemoryCompiler.compile(result.files());
    String all = result.files().stream().map(f -> f.content()).collect(Collectors.joining());
    assertFalse(all.contains("\u2028") || all.contains("\u2029"), "separators are escaped");
    assertTrue(all.contains("\\u2028"), "the value is kept, escaped");
  }

  /** Generating from {@code spec} stops at the depth limit, one line per place, no overflow. */
  private static void assertTooDeep(Path spec) {
    List<String> lines = messages(spec);
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).startsWith(spec.getFileName() + "#/definitions/D")
            && lines.get(0).endsWith(": schemas nest more than 256 levels deep here (through $ref,"
                + " allOf, properties or items); that is the most xmsgen reads"),
        lines.get(0));
  }

  private Path write(String name, String definitions) throws Exception {
    return Files.writeString(
        dir.resolve(name),
        "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"}, \"paths\": {},"
            + " \"definitions\": {" + definitions + "}}");
  }
}
