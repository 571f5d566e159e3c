package dev.xmsgen.core.examples;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compares the JSON an example holds with the JSON our generated types write back, guided by the
 * intermediate model: read-only properties are not sent, so they are left aside; values equal in
 * another lexical form (a date-time with other fraction digits, {@code 1.0} and {@code 1}) count as
 * equal; an explicit {@code null} for a property that is not {@code x-nullable} equals its absence.
 * Everything else must match exactly, in both directions: nothing lost, nothing added.
 */
public final class WireComparison {
  private final ApiModel model;
  private final boolean readOnlyCompared;
  private final List<String> differences = new ArrayList<>();

  private WireComparison(ApiModel model, boolean readOnlyCompared) {
    this.model = model;
    this.readOnlyCompared = readOnlyCompared;
  }

  /** The differences between {@code expected} and {@code actual}, each with its JSON path. */
  public static List<String> differences(
      ApiModel model, TypeRef type, JsonNode expected, JsonNode actual, String path) {
    WireComparison c = new WireComparison(model, false);
    c.compare(type, expected, actual, path);
    return c.differences;
  }

  /**
   * As {@link #differences}, but read-only properties are compared like all others: for what a
   * client read from a response, written out with its read-only properties included, so that a
   * read-only value lost on the way counts.
   */
  public static List<String> differencesIncludingReadOnly(
      ApiModel model, TypeRef type, JsonNode expected, JsonNode actual, String path) {
    WireComparison c = new WireComparison(model, true);
    c.compare(type, expected, actual, path);
    return c.differences;
  }

  private void compare(TypeRef type, JsonNode expected, JsonNode actual, String path) {
    if (expected == null || expected.isMissingNode()) {
      return;
    }
    if (actual == null || actual.isMissingNode()) {
      differences.add(path + ": lost (expected " + abbreviate(expected) + ")");
      return;
    }
    if (expected.isNull() || actual.isNull()) {
      if (expected.isNull() != actual.isNull()) {
        differences.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
      }
      return;
    }
    if (type instanceof TypeRef.ListOf list && expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        differences.add(path + ": expected " + expected.size() + " items but was " + abbreviate(actual));
        return;
      }
      for (int i = 0; i < expected.size(); i++) {
        compare(list.element(), expected.get(i), actual.get(i), path + "[" + i + "]");
      }
      return;
    }
    if (type instanceof TypeRef.MapOf map && expected.isObject()) {
      compareEntries(expected, actual, path, key -> new Slot(map.value(), false, true));
      return;
    }
    if (type instanceof TypeRef.Named named) {
      TypeDef def = model.type(named.name()).orElseThrow();
      if (def instanceof EnumModel) {
        compareScalar(TypeRef.Primitive.STRING, expected, actual, path);
      } else {
        compareObject((ObjectModel) def, expected, actual, path);
      }
      return;
    }
    if (type instanceof TypeRef.Scalar scalar) {
      compareScalar(scalar.primitive(), expected, actual, path);
      return;
    }
    if (!expected.equals(actual)) {
      differences.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
    }
  }

  private void compareObject(ObjectModel declared, JsonNode expected, JsonNode actual, String path) {
    if (!expected.isObject()) {
      if (!expected.equals(actual)) {
        differences.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
      }
      return;
    }
    ObjectModel type = concreteType(declared, expected);
    Map<String, PropertyModel> properties = wireProperties(type);
    TypeRef additional = additionalProperties(type);
    compareEntries(
        expected,
        actual,
        path,
        key -> {
          PropertyModel p = properties.get(key);
          if (p != null) {
            return new Slot(p.type(), p.readOnly(), p.nullable());
          }
          return additional == null ? null : new Slot(additional, false, true);
        });
  }

  /**
   * What a JSON key holds.
   *
   * @param type the value's type
   * @param readOnly never sent, so not compared
   * @param nullable an explicit {@code null} means something ({@code x-nullable}, or a map value);
   *     elsewhere a {@code null} and an absent key say the same and count as equal
   */
  private record Slot(TypeRef type, boolean readOnly, boolean nullable) {}

  private interface KeyTypes {
    /** What the key holds; {@code null} for a key the type does not declare. */
    Slot slotOf(String key);
  }

  private void compareEntries(JsonNode expected, JsonNode actual, String path, KeyTypes types) {
    if (!actual.isObject()) {
      differences.add(path + ": expected an object but was " + abbreviate(actual));
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String child = path + "." + e.getKey();
      Slot slot = types.slotOf(e.getKey());
      if (slot == null) {
        differences.add(child + ": not declared by the type");
        continue;
      }
      if (slot.readOnly() && !readOnlyCompared) {
        if (actual.has(e.getKey())) {
          differences.add(child + ": read-only but sent");
        }
        continue;
      }
      if (e.getValue().isNull() && !slot.nullable() && !actual.has(e.getKey())) {
        continue;
      }
      compare(slot.type(), e.getValue(), actual.get(e.getKey()), child);
    }
    for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!expected.has(key)) {
        differences.add(path + "." + key + ": added " + abbreviate(actual.get(key)));
      }
    }
  }

  /** The subtype that the discriminator value in {@code json} selects, else {@code declared}. */
  private ObjectModel concreteType(ObjectModel declared, JsonNode json) {
    String discriminator = discriminator(declared);
    if (discriminator == null || !json.hasNonNull(discriminator)) {
      return declared;
    }
    String value = json.get(discriminator).asText();
    ObjectModel found = findSubtype(declared, value);
    return found != null ? found : declared;
  }

  private ObjectModel findSubtype(ObjectModel type, String value) {
    if (value.equals(type.discriminatorValue())) {
      return type;
    }
    for (String sub : type.subtypes()) {
      ObjectModel found = findSubtype((ObjectModel) model.type(sub).orElseThrow(), value);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private String discriminator(ObjectModel type) {
    for (ObjectModel t = type; t != null; t = parent(t)) {
      if (t.discriminator() != null) {
        return t.discriminator();
      }
    }
    return null;
  }

  private ObjectModel parent(ObjectModel type) {
    return type.parent() == null ? null : (ObjectModel) model.type(type.parent()).orElseThrow();
  }

  private Map<String, PropertyModel> wireProperties(ObjectModel type) {
    Map<String, PropertyModel> all = new LinkedHashMap<>();
    for (ObjectModel t = type; t != null; t = parent(t)) {
      for (PropertyModel p : t.properties()) {
        all.putIfAbsent(p.wireName(), p);
      }
    }
    return all;
  }

  private TypeRef additionalProperties(ObjectModel type) {
    for (ObjectModel t = type; t != null; t = parent(t)) {
      if (t.additionalProperties() != null) {
        return t.additionalProperties();
      }
    }
    return null;
  }

  private void compareScalar(TypeRef.Primitive primitive, JsonNode expected, JsonNode actual, String path) {
    if (expected.equals(actual) || sameValue(primitive, expected, actual)) {
      return;
    }
    differences.add(path + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
  }

  private static boolean sameValue(TypeRef.Primitive primitive, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
    }
    if (!expected.isTextual() || !actual.isTextual()) {
      return false;
    }
    String e = expected.asText();
    String a = actual.asText();
    try {
      switch (primitive) {
        case DATE_TIME:
          return dateTime(e).isEqual(dateTime(a));
        case DATE_TIME_RFC1123:
          return OffsetDateTime.parse(e, DateTimeFormatter.RFC_1123_DATE_TIME)
              .isEqual(OffsetDateTime.parse(a, DateTimeFormatter.RFC_1123_DATE_TIME));
        case DURATION:
          return Duration.parse(e).equals(Duration.parse(a));
        case UUID:
          return e.toLowerCase(Locale.ROOT).equals(a.toLowerCase(Locale.ROOT));
        default:
          return false;
      }
    } catch (DateTimeParseException ex) {
      return false;
    }
  }

  private static OffsetDateTime dateTime(String s) {
    try {
      return OffsetDateTime.parse(s);
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(s).atOffset(ZoneOffset.UTC);
    }
  }

  private static String abbreviate(JsonNode node) {
    String s = String.valueOf(node);
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
