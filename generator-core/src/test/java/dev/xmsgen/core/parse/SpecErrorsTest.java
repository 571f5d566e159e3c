package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Specs that cannot be generated from: one clear message per problem, with file and pointer. */
class SpecErrorsTest {
  @TempDir Path dir;

  private static SpecException failure(Path... files) {
    return assertThrows(SpecException.class, () -> new SpecParser().parse(List.of(files)));
  }

  private static Diagnostic only(SpecException e) {
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals(d.toString(), e.getMessage(), "the message is the diagnostic, nothing more");
    return d;
  }

  @Test
  void aDanglingReferenceNamesTheReferringSiteAndTheTarget() {
    Diagnostic d = only(failure(TestSpecs.rule("errors/dangling-ref.json")));
    assertEquals(
        new SourceRef("dangling-ref.json", "/definitions/Order/properties/customer"), d.source());
    assertEquals(
        "$ref '#/definitions/Customer' does not resolve: dangling-ref.json has nothing at"
            + " /definitions/Customer",
        d.message());
  }

  @Test
  void aReferenceToAMissingFileNamesTheFile() {
    Diagnostic d = only(failure(TestSpecs.rule("errors/missing-file-ref.json")));
    assertEquals(
        new SourceRef("missing-file-ref.json", "/definitions/Order/properties/customer"),
        d.source());
    assertTrue(d.message().contains("does-not-exist.json"), d.message());
  }

  @Test
  void malformedJsonGivesTheLine() {
    Diagnostic d = only(failure(TestSpecs.rule("errors/malformed.json")));
    assertEquals(new SourceRef("malformed.json", ""), d.source());
    assertTrue(d.message().startsWith("is not valid JSON at line 4, column 3"), d.message());
  }

  @Test
  void openApi3IsNotSwagger2() {
    Diagnostic d = only(failure(TestSpecs.rule("errors/openapi3.json")));
    assertEquals(
        "is not a Swagger 2.0 document: it is OpenAPI 3.0.3, which is not supported",
        d.message());
  }

  @Test
  void aMissingInputFile() {
    Path missing = dir.resolve("absent.json");
    Diagnostic d = only(failure(missing));
    assertEquals(new SourceRef("absent.json", ""), d.source());
    assertEquals("file not found: " + missing.toAbsolutePath().normalize(), d.message());
  }

  @Test
  void aByteOrderMarkIsSkipped() throws Exception {
    Path bom = TestSpecs.rule("bom.json");
    byte[] start = Arrays.copyOf(Files.readAllBytes(bom), 3);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, start);
    assertEquals("ContosoNotesClient", TestSpecs.parse(List.of(bom)).model().client().name());
  }

  @Test
  void otherBrokenDocuments() throws Exception {
    assertEquals(
        "is empty: a Swagger 2.0 document is a JSON object",
        only(failure(write("empty.json", ""))).message());
    assertEquals(
        "is not a Swagger 2.0 document: its top level is not a JSON object",
        only(failure(write("array.json", "[]"))).message());
    assertEquals(
        "is not a Swagger 2.0 document: its \"swagger\" member is \"1.2\", not \"2.0\"",
        only(failure(write("old.json", "{\"swagger\": \"1.2\"}"))).message());
    assertTrue(
        only(failure(write("twice.json", "{\"swagger\": \"2.0\", \"swagger\": \"2.0\"}")))
            .message().contains("Duplicate field 'swagger'"));
    assertTrue(
        only(failure(write("trailing.json", "{\"swagger\": \"2.0\"} {}")))
            .message().startsWith("is not valid JSON"));
  }

  @Test
  void everyErrorIsReportedAtOnceInOrder() throws Exception {
    Path spec =
        write(
            "two.json",
            "{\"swagger\": \"2.0\", \"info\": {\"title\": \"t\", \"version\": \"1\"},"
                + " \"paths\": {\"/a\": {\"get\": {\"operationId\": \"A_Get\", \"parameters\":"
                + " [{\"name\": \"q\", \"in\": \"cookie\", \"type\": \"string\"}],"
                + " \"responses\": {\"200\": {\"description\": \"ok\","
                + " \"schema\": {\"$ref\": \"#/definitions/Missing\"}}}}}},"
                + " \"definitions\": {\"B\": {\"properties\": {\"c\": {\"$ref\": \"other.json\"}}}}}");
    SpecException e = failure(spec);
    assertEquals(
        List.of(
            "two.json#/definitions/B/properties/c: $ref 'other.json' points at a file that does"
                + " not exist: " + dir.resolve("other.json").toAbsolutePath().normalize(),
            "two.json#/paths/~1a/get/parameters/0: parameter 'q' has 'in: cookie'; expected path,"
                + " query, header, body or formData",
            "two.json#/paths/~1a/get/responses/200/schema: $ref '#/definitions/Missing' does not"
                + " resolve: two.json has nothing at /definitions/Missing"),
        e.diagnostics().stream().map(Diagnostic::toString).toList());
    assertEquals(String.join("\n", e.diagnostics().stream().map(Diagnostic::toString).toList()),
        e.getMessage());
  }

  @Test
  void questionableOperationsAreWarnedAboutNotRejected() throws Exception {
    Path spec =
        write(
            "odd.json",
            "{\"swagger\": \"2.0\", \"info\": {\"version\": \"1\"},"
                + " \"paths\": {\"/a/{b}\": {\"post\": {\"parameters\": ["
                + " {\"name\": \"c\", \"in\": \"path\", \"required\": true, \"type\": \"string\"},"
                + " {\"name\": \"body\", \"in\": \"body\", \"x-ms-client-flatten\": true,"
                + " \"schema\": {\"type\": \"object\"}}]}}}}");
    ParsedApi parsed = TestSpecs.parse(List.of(spec));
    assertEquals(
        List.of(
            "odd.json#/info: Swagger 2.0 structure: attribute info.title is missing",
            "odd.json#/paths/~1a~1{b}/post: operation has no operationId; it is named 'postAB'",
            "odd.json#/paths/~1a~1{b}/post: operation postAB declares no responses",
            "odd.json#/paths/~1a~1{b}/post: path parameter 'c' does not appear in the path",
            "odd.json#/paths/~1a~1{b}/post: the path has {b} but no path parameter 'b'",
            "odd.json#/paths/~1a~1{b}/post/parameters/1: x-ms-client-flatten on a body parameter"
                + " is not supported; the body is passed whole"),
        parsed.model().warnings().stream().map(Diagnostic::toString).toList());
    assertEquals("postAB", parsed.model().groups().get(0).operations().get(0).javaName());
    assertEquals("OddClient", parsed.model().client().name(), "named after the file");
  }

  private Path write(String name, String content) throws Exception {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }
}
