package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Members whose JSON type is fixed and whose wrong type would otherwise be read as if they were
 * absent: a document's sections ({@code "paths": "x"}, {@code "definitions": []}), a schema's
 * {@code allOf}, {@code properties} and {@code enum}. Each wrong one is an error at its pointer
 * naming the type it must have; the value itself is not quoted.
 */
final class MemberTypes {
  /** Top-level members that must be objects. */
  private static final List<String> OBJECT_SECTIONS =
      List.of(
          "info", "paths", "x-ms-paths", "definitions", "parameters", "responses",
          "securityDefinitions", "x-ms-parameterized-host");

  private MemberTypes() {}

  /** Reports each section of the document at {@code root} that is not a JSON object. */
  static void checkSections(Node root, Diagnostics diagnostics) {
    for (String key : OBJECT_SECTIONS) {
      Node section = root.child(key);
      if (section != null && !section.json().isObject()) {
        diagnostics.error(
            section.source(), "'" + key + "' must be a JSON object, not " + kind(section.json()));
      }
    }
  }

  /** Reports each of a schema's {@code allOf}, {@code properties} and {@code enum} of the wrong type. */
  static void checkSchema(Node s, Diagnostics diagnostics) {
    expect(s.child("allOf"), true, diagnostics);
    expect(s.child("enum"), true, diagnostics);
    expect(s.child("properties"), false, diagnostics);
  }

  private static void expect(Node member, boolean array, Diagnostics diagnostics) {
    if (member == null || (array ? member.json().isArray() : member.json().isObject())) {
      return;
    }
    String name = member.pointer().substring(member.pointer().lastIndexOf('/') + 1);
    diagnostics.error(
        member.source(),
        "'" + name + "' must be a JSON " + (array ? "array" : "object") + ", not "
            + kind(member.json()));
  }

  /** The JSON type of {@code value} in words: {@code a string}, {@code an array}, ... */
  static String kind(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isArray()) {
      return "an array";
    }
    if (value.isObject()) {
      return "an object";
    }
    return "null";
  }
}
