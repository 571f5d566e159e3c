package dev.xmsgen.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison behind the example round trips finds what is lost, added or sent wrongly. */
class WireComparisonTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SourceRef SRC = new SourceRef("test.json", "/definitions/Thing");
  private static final TypeRef THING = new TypeRef.Named("Thing");

  private static final ApiModel MODEL =
      Models.api(
          "test.json",
          List.of(
              Models.object("Thing")
                  .props(
                      Models.prop("name", Models.string()).at(SRC.child("name")),
                      Models.prop("id", Models.string()).readOnly().at(SRC.child("id")),
                      Models.prop("when", Models.scalar(TypeRef.Primitive.DATE_TIME))
                          .at(SRC.child("when")),
                      Models.prop("note", Models.string()).nullable().at(SRC.child("note")))
                  .build()));

  private static List<String> diff(String expected, String actual) throws Exception {
    JsonNode e = JSON.readTree(expected);
    JsonNode a = JSON.readTree(actual);
    return WireComparison.differences(MODEL, THING, e, a, "$");
  }

  @Test
  void aLostValueIsReportedWithItsPath() throws Exception {
    assertEquals(List.of("$.name: lost (expected \"x\")"), diff("{\"name\":\"x\"}", "{}"));
  }

  @Test
  void anAddedValueIsReported() throws Exception {
    assertEquals(List.of("$.name: added \"x\""), diff("{}", "{\"name\":\"x\"}"));
  }

  @Test
  void aReadOnlyValueIsNotExpectedBackButMustNotBeSent() throws Exception {
    assertEquals(List.of(), diff("{\"id\":\"1\"}", "{}"));
    assertEquals(List.of("$.id: read-only but sent"), diff("{\"id\":\"1\"}", "{\"id\":\"1\"}"));
  }

  @Test
  void aKeyTheTypeDoesNotDeclareIsReported() throws Exception {
    assertEquals(List.of("$.color: not declared by the type"), diff("{\"color\":\"red\"}", "{}"));
  }

  @Test
  void dateTimesInAnotherLexicalFormAreEqualButOtherInstantsAreNot() throws Exception {
    assertEquals(
        List.of(),
        diff("{\"when\":\"2020-01-01T10:00:00.0000000Z\"}", "{\"when\":\"2020-01-01T10:00:00Z\"}"));
    assertEquals(
        List.of("$.when: expected \"2020-01-01T10:00:00Z\" but was \"2020-01-01T10:00:01Z\""),
        diff("{\"when\":\"2020-01-01T10:00:00Z\"}", "{\"when\":\"2020-01-01T10:00:01Z\"}"));
  }

  @Test
  void nullEqualsAbsenceOnlyWhereNullMeansNothing() throws Exception {
    assertEquals(List.of(), diff("{\"name\":null}", "{}"));
    assertEquals(List.of("$.note: lost (expected null)"), diff("{\"note\":null}", "{}"));
  }
}
