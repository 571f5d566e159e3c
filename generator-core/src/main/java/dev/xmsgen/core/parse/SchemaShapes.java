package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * What kind of schema a node is, read from its keys alone: a definition, a model class, a
 * reference wrapped in a one-member {@code allOf}, a constant. No reference is followed and nothing
 * is drafted here.
 */
final class SchemaShapes {
  private SchemaShapes() {}

  /** Whether {@code node} sits directly under a document's {@code definitions}. */
  static boolean isDefinition(Node node) {
    String p = node.pointer();
    return p.startsWith("/definitions/") && p.indexOf('/', "/definitions/".length()) < 0;
  }

  /** Whether {@code s} is a model class: it has properties, an {@code allOf} or a discriminator. */
  static boolean isModel(Node s) {
    JsonNode properties = s.json().get("properties");
    JsonNode allOf = s.json().get("allOf");
    return (properties != null && properties.isObject() && properties.size() > 0)
        || (allOf != null && allOf.isArray() && allOf.size() > 0)
        || s.text("discriminator") != null;
  }

  /**
   * The lone {@code $ref} member of {@code {"allOf": [{"$ref": ...}], "description": ...}}, a common
   * way to attach a description to a reference; {@code null} for any other schema.
   */
  static Node singleRefWrapped(Node p) {
    Node allOf = p.child("allOf");
    if (allOf == null || allOf.json().size() != 1 || isModelBesidesAllOf(p)) {
      return null;
    }
    Node only = allOf.elements().get(0);
    return only.isRef() ? only : null;
  }

  private static boolean isModelBesidesAllOf(Node p) {
    JsonNode properties = p.json().get("properties");
    return (properties != null && properties.size() > 0)
        || p.has("additionalProperties")
        || p.text("discriminator") != null;
  }

  /** The names {@code s} lists as {@code required}; none when the key is missing or not a list. */
  static Set<String> requiredNames(Node s) {
    JsonNode required = s.json().get("required");
    if (required == null || !required.isArray()) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    required.forEach(n -> names.add(n.asText()));
    return names;
  }

  /**
   * The one value of {@code node}'s {@code enum} (as wire text) when it lists exactly one value
   * other than {@code null} and {@code x-ms-enum} does not keep it extensible; else {@code null}.
   */
  static String singleValue(Node node) {
    JsonNode values = node.json().get("enum");
    if (values == null || !values.isArray() || values.size() != 1 || values.get(0).isNull()) {
      return null;
    }
    Node xmsEnum = node.child("x-ms-enum");
    if (xmsEnum != null && !Boolean.FALSE.equals(xmsEnum.bool("modelAsString"))) {
      return null;
    }
    return wireText(values.get(0));
  }

  /** Whether an {@code enum} lists a value other than {@code null}. */
  static boolean hasValue(JsonNode values) {
    for (JsonNode value : values) {
      if (!value.isNull()) {
        return true;
      }
    }
    return false;
  }

  /** An enum value as the wire has it: a string's text, any other value's JSON. */
  static String wireText(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
