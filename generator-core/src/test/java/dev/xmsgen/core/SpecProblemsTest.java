package dev.xmsgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.SpecException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Specs the emitters used to fail on with an internal error: each now fails the whole pipeline
 * with one diagnostic that names the file, the JSON pointer and the problem, and nothing is
 * emitted.
 */
class SpecProblemsTest {

  private static Path spec(String name) {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    Path path = Path.of(base, "rules", "errors", name);
    assertTrue(Files.isRegularFile(path), "missing project spec " + path);
    return path;
  }

  /** The one error generating {@code name} gives, with clients. */
  private static Diagnostic only(String name) {
    GeneratorOptions options = new GeneratorOptions(List.of(spec(name)), "com.example.bad", true);
    SpecException e = assertThrows(SpecException.class, () -> new Generator().generate(options));
    assertEquals(1, e.diagnostics().size(), e.getMessage());
    Diagnostic d = e.diagnostics().get(0);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    assertEquals(d.toString(), e.getMessage());
    return d;
  }

  private static void assertProblem(String expected, Diagnostic d) {
    assertEquals(expected, d.toString());
  }

  @Test
  void anEnumWhoseValuesAllLackAValue() {
    assertProblem(
        "enum-without-values.json#/definitions/Light/properties/color: enum Color has no"
            + " values: none of x-ms-enum.values has a 'value'",
        only("enum-without-values.json"));
  }

  @Test
  void anEnumValueOfAnotherType() {
    assertProblem(
        // the parser checks enum values against the schema's type before any pass runs
        "enum-value-type.json#/definitions/Disk/properties/sizeGb/enum/2: enum value is a number,"
            + " which is not integer (32-bit) as the schema's type says",
        only("enum-value-type.json"));
  }

  @Test
  void aDiscriminatorValueAClosedEnumDoesNotList() {
    assertProblem(
        "discriminator-closed-enum.json#/definitions/Square: the discriminator value"
            + " 'square' of Square is not a value of enum ShapeKind"
            + " (discriminator-closed-enum.json#/definitions/Shape/properties/kind), which is"
            + " closed ('kind' of Shape has that type); list the value in the enum or make it"
            + " modelAsString",
        only("discriminator-closed-enum.json"));
  }

  @Test
  void aDiscriminatorValueOfAnotherType() {
    assertProblem(
        "discriminator-value-type.json#/definitions/EventV2: the discriminator value 'two'"
            + " of EventV2 is not an int32 value, as 'version' of Event is",
        only("discriminator-value-type.json"));
  }

  @Test
  void aFormatNestedMoreThanOneListDeep() {
    assertProblem(
        "nested-format.json#/definitions/Schedule/properties/grid: Schedule.grid is"
            + " list<list<unix_time>>, which nests a date-time-rfc1123, unixtime or base64url"
            + " value more than one list or map deep; only one level can be annotated",
        only("nested-format.json"));
  }

  @Test
  void aConstantBodyOfAnotherType() {
    assertProblem(
        "constant-body-type.json#/paths/~1switches~1{name}/put/parameters/1: the constant"
            + " body 'on' of parameter state is not a boolean value",
        only("constant-body-type.json"));
  }

  @Test
  void anXmlAttributeThatIsAModel() {
    assertProblem(
        "xml-attribute.json#/definitions/Shelf/properties/owner/xml/attribute: an XML attribute"
            + " must be a primitive or an enum, not Owner",
        only("xml-attribute.json"));
  }

  @Test
  void anXmlWrapperAroundAString() {
    assertProblem(
        "xml-wrapped.json#/definitions/Shelf/properties/label/xml/wrapped: xml.wrapped applies"
            + " only to arrays",
        only("xml-wrapped.json"));
  }
}
