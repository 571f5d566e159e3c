package dev.xmsgen.core.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One seeded change to a spec's JSON tree: deletes a node, changes a {@code type}, replaces a
 * value with another JSON type, breaks or redirects a {@code $ref}, duplicates a name, or puts odd
 * characters into a string or a key. {@link #mutate} says in words what it did, so a failure can
 * be reproduced by hand.
 */
final class SpecMutator {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings that have broken generated Java, or could: separators, comment ends, escapes. */
  static final List<String> ODD_STRINGS =
      List.of(
          "a\u2028b",
          "line\u2029para",
          "end */ of /* comment",
          "back\\slash\\u0041",
          "quote\"d",
          "tab\there\r\nnewline",
          "nul\u0000byte",
          "bell\u0007\u001b[31m",
          "\u00a0nbsp\u200b\u200e\u202e",
          "emoji \ud83d\ude00",
          "lone \ud800 surrogate",
          "class",
          "1leading digit",
          "",
          " ",
          "@Deprecated",
          "</p><script>",
          "{@code x} @param y",
          "\\",
          "$ {x} %s %n",
          "Ünïcödé-名前",
          "x".repeat(300));

  /** Targets a broken {@code $ref} may get; {@code SECRET} files sit beside the specs. */
  static final List<String> BROKEN_REFS =
      List.of(
          "#/definitions/%zz",
          "#/definitions/%",
          "%E0%A4%A#/x",
          "#/definitions/Nope",
          "#",
          "",
          "#definitions",
          "missing.json#/definitions/X",
          "secret.txt",
          "secret.txt#/x",
          "secret.json#/token",
          "folder.json",
          "/etc/passwd",
          "/proc/self/environ",
          "../../../../../../../../../etc/hostname",
          "http://example.com/x.json#/y",
          "#/paths",
          "#/definitions/A~2B",
          "#/info/title");

  private final Random random;

  SpecMutator(Random random) {
    this.random = random;
  }

  /** Changes {@code root} in place once; returns what was done. */
  String mutate(ObjectNode root) {
    List<Slot> slots = new ArrayList<>();
    collect(root, "", slots);
    int kind = random.nextInt(8);
    switch (kind) {
      case 0:
        return delete(pick(slots));
      case 1:
        return changeType(slots);
      case 2:
        return replace(pick(slots));
      case 3:
        return breakRef(slots);
      case 4:
        return redirectRef(root, slots);
      case 5:
        return duplicateName(slots);
      case 6:
        return oddString(slots);
      default:
        return oddKey(slots);
    }
  }

  private String delete(Slot s) {
    s.remove();
    return "delete " + s.pointer();
  }

  private String changeType(List<Slot> slots) {
    List<Slot> types = filter(slots, s -> s.key().equals("type") && s.value().isTextual());
    if (types.isEmpty()) {
      return replace(pick(slots));
    }
    Slot s = pick(types);
    String[] choices = {"string", "integer", "number", "boolean", "object", "array", "file", "null",
      "Bogus"};
    String to = choices[random.nextInt(choices.length)];
    s.set(NODES.textNode(to));
    return "type at " + s.pointer() + " := " + to;
  }

  private String replace(Slot s) {
    JsonNode[] values = {
      NODES.textNode("x"),
      NODES.numberNode(random.nextInt(2) == 0 ? 1 : -7),
      NODES.numberNode(1.5e300),
      NODES.numberNode(new java.math.BigInteger("123456789012345678901234567890")),
      NODES.booleanNode(random.nextBoolean()),
      NODES.nullNode(),
      NODES.arrayNode(),
      NODES.arrayNode().add("a").add(1),
      NODES.objectNode(),
      NODES.objectNode().put("x", 1)
    };
    JsonNode v = values[random.nextInt(values.length)];
    s.set(v);
    return "replace " + s.pointer() + " := " + v;
  }

  private String breakRef(List<Slot> slots) {
    List<Slot> refs = refs(slots);
    if (refs.isEmpty()) {
      return delete(pick(slots));
    }
    Slot s = pick(refs);
    String to =
        random.nextInt(4) == 0
            ? "#" + s.parentPointer() // the schema refers to itself
            : BROKEN_REFS.get(random.nextInt(BROKEN_REFS.size()));
    s.set(NODES.textNode(to));
    return "$ref at " + s.pointer() + " := " + to;
  }

  private String redirectRef(ObjectNode root, List<Slot> slots) {
    List<Slot> refs = refs(slots);
    JsonNode definitions = root.get("definitions");
    if (refs.isEmpty() || definitions == null || !definitions.isObject() || definitions.isEmpty()) {
      return breakRef(slots);
    }
    List<String> names = new ArrayList<>();
    definitions.fieldNames().forEachRemaining(names::add);
    Slot s = pick(refs);
    String to = "#/definitions/" + escape(names.get(random.nextInt(names.size())));
    s.set(NODES.textNode(to));
    return "$ref at " + s.pointer() + " := " + to;
  }

  private String duplicateName(List<Slot> slots) {
    List<Slot> named =
        filter(
            slots,
            s ->
                s.parent().isObject()
                    && (s.parentPointer().endsWith("/definitions")
                        || s.parentPointer().endsWith("/properties")));
    List<Slot> ids = filter(slots, s -> s.key().equals("operationId") && s.value().isTextual());
    if (!ids.isEmpty() && random.nextInt(3) == 0) {
      Slot a = pick(ids);
      Slot b = pick(ids);
      b.set(a.value().deepCopy());
      return "operationId at " + b.pointer() + " := " + a.value();
    }
    if (named.isEmpty()) {
      return oddString(slots);
    }
    Slot s = pick(named);
    String[] twins = {
      s.key().toLowerCase(java.util.Locale.ROOT),
      s.key().toUpperCase(java.util.Locale.ROOT),
      s.key() + "_",
      "_" + s.key(),
      s.key().replace("", "-").replaceAll("^-|-$", ""),
      s.key() + "Enum",
      s.key() + "s"
    };
    String twin = twins[random.nextInt(twins.length)];
    ObjectNode parent = (ObjectNode) s.parent();
    parent.set(twin, s.value().deepCopy());
    return "copy " + s.pointer() + " as " + twin;
  }

  private String oddString(List<Slot> slots) {
    List<Slot> texts = filter(slots, s -> s.value().isTextual() && !s.key().equals("$ref"));
    if (texts.isEmpty()) {
      return replace(pick(slots));
    }
    Slot s = pick(texts);
    String odd = ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
    s.set(NODES.textNode(random.nextBoolean() ? odd : s.value().asText() + odd));
    return "string at " + s.pointer() + " := " + printable(odd);
  }

  private String oddKey(List<Slot> slots) {
    List<Slot> keyed = filter(slots, s -> s.parent().isObject() && !s.key().startsWith("$"));
    if (keyed.isEmpty()) {
      return oddString(slots);
    }
    Slot s = pick(keyed);
    String odd = ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
    String key = random.nextBoolean() ? odd : s.key() + odd;
    ObjectNode parent = (ObjectNode) s.parent();
    if (parent.has(key)) {
      return oddString(slots);
    }
    // keep the member's place: rebuild the object in order with the new key
    List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
    parent.fields().forEachRemaining(members::add);
    parent.removeAll();
    for (Map.Entry<String, JsonNode> e : members) {
      parent.set(e.getKey().equals(s.key()) ? key : e.getKey(), e.getValue());
    }
    return "key " + s.pointer() + " := " + printable(key);
  }

  private List<Slot> refs(List<Slot> slots) {
    return filter(slots, s -> s.key().equals("$ref"));
  }

  private Slot pick(List<Slot> slots) {
    return slots.get(random.nextInt(slots.size()));
  }

  private static List<Slot> filter(List<Slot> slots, java.util.function.Predicate<Slot> p) {
    List<Slot> out = new ArrayList<>();
    for (Slot s : slots) {
      if (p.test(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** Every member and element under {@code node}, outside {@code x-ms-examples}. */
  private static void collect(JsonNode node, String pointer, List<Slot> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (e.getKey().equals("x-ms-examples")) {
          continue;
        }
        String p = pointer + "/" + escape(e.getKey());
        out.add(new Slot(node, e.getKey(), -1, p, pointer));
        collect(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = pointer + "/" + i;
        out.add(new Slot(node, "", i, p, pointer));
        collect(node.get(i), p, out);
      }
    }
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /** {@code s} with characters outside printable ASCII as {@code \\uXXXX}, for the log. */
  static String printable(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f) {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.length() > 40 ? b.substring(0, 40) + "..." : b.toString();
  }

  /** A member ({@code index < 0}) or an element of {@code parent}. */
  private record Slot(JsonNode parent, String key, int index, String pointer, String parentPointer) {
    JsonNode value() {
      return index < 0 ? parent.get(key) : parent.get(index);
    }

    void set(JsonNode v) {
      if (index < 0) {
        ((ObjectNode) parent).set(key, v);
      } else {
        ((ArrayNode) parent).set(index, v);
      }
    }

    void remove() {
      if (index < 0) {
        ((ObjectNode) parent).remove(key);
      } else {
        ((ArrayNode) parent).remove(index);
      }
    }
  }
}
