package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A JSON value together with where it is: its document and its JSON pointer. Every reader works
 * on nodes, so every diagnostic and every {@code source} can name the exact place in the specs.
 *
 * @param doc the document holding the value
 * @param pointer the RFC 6901 pointer of the value in that document ({@code ""} for the root)
 * @param json the value itself
 */
record Node(SpecDocument doc, String pointer, JsonNode json) {

  /** The member {@code key} of this object, or {@code null} when there is none. */
  Node child(String key) {
    JsonNode value = json.isObject() ? json.get(key) : null;
    return value == null ? null : new Node(doc, pointer + "/" + escape(key), value);
  }

  /** The elements of this array (none when this is not an array). */
  List<Node> elements() {
    List<Node> out = new ArrayList<>(json.size());
    if (json.isArray()) {
      for (int i = 0; i < json.size(); i++) {
        out.add(new Node(doc, pointer + "/" + i, json.get(i)));
      }
    }
    return out;
  }

  /** The members of this object in spec order, as {@code (key, node)} pairs. */
  List<Map.Entry<String, Node>> fields() {
    List<Map.Entry<String, Node>> out = new ArrayList<>(json.size());
    if (json.isObject()) {
      for (Map.Entry<String, JsonNode> e : json.properties()) {
        String key = e.getKey();
        out.add(Map.entry(key, new Node(doc, pointer + "/" + escape(key), e.getValue())));
      }
    }
    return out;
  }

  boolean has(String key) {
    return json.isObject() && json.has(key);
  }

  /** The text of member {@code key}, or {@code null} when it is absent or not a string. */
  String text(String key) {
    JsonNode value = json.isObject() ? json.get(key) : null;
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /**
   * Documentation text ({@code description}, {@code summary}) of member {@code key} without
   * surrounding white space, or an empty string.
   */
  String doc(String key) {
    String t = text(key);
    return t == null ? "" : t.strip();
  }

  /** Member {@code key} as a boolean, or {@code null} when it is absent or not a boolean. */
  Boolean bool(String key) {
    JsonNode value = json.isObject() ? json.get(key) : null;
    return value != null && value.isBoolean() ? value.asBoolean() : null;
  }

  /** Whether member {@code key} is the boolean {@code true}. */
  boolean isTrue(String key) {
    return Boolean.TRUE.equals(bool(key));
  }

  /** Whether this is an object with a {@code $ref}. */
  boolean isRef() {
    return json.isObject() && json.has("$ref");
  }

  /** Where this node is, for diagnostics and the model's {@code source}. */
  SourceRef source() {
    return new SourceRef(doc.fileName(), pointer);
  }

  /** The identity of this place across all documents: absolute file path and pointer. */
  String key() {
    return doc.path() + "#" + pointer;
  }

  /** The last token of the pointer, unescaped: a definition's name, a property's name. */
  String name() {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.replace("~1", "/").replace("~0", "~");
  }

  /** {@code file.json#/pointer}, as messages show a place. */
  @Override
  public String toString() {
    return source().toString();
  }

  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}
