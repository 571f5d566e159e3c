package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.TypeRef.Primitive;
import java.util.Set;

/** Maps a Swagger {@code type} and {@code format} to the model's scalar types. */
final class Formats {

  /** String formats that carry no type of their own in Java: read as plain strings, silently. */
  private static final Set<String> PLAIN_STRING_FORMATS =
      Set.of(
          "password", "email", "hostname", "ipv4", "ipv6", "arm-id", "char", "uri-reference",
          "uri-template", "regex", "idn-email", "idn-hostname", "iri", "iri-reference");

  private Formats() {}

  /**
   * The scalar for {@code type} and {@code givenFormat} (either may be {@code null}; the format in
   * any case); an unknown format falls back to its type's plain scalar with a warning on {@code
   * where}.
   */
  static Primitive primitive(String type, String givenFormat, Node where, Diagnostics diagnostics) {
    if (type == null) {
      return Primitive.ANY;
    }
    // formats are matched whatever their case: some specs write Int32
    String format = givenFormat == null ? null : givenFormat.toLowerCase(java.util.Locale.ROOT);
    switch (type) {
      case "string":
        return string(format, where, diagnostics);
      case "integer":
        if (format == null || format.equals("int32")) {
          return Primitive.INT32;
        } else if (format.equals("int64")) {
          return Primitive.INT64;
        } else if (format.equals("unixtime")) {
          return Primitive.UNIX_TIME;
        }
        return unknown(type, format, Primitive.INT64, where, diagnostics);
      case "number":
        if (format == null || format.equals("double")) {
          return Primitive.FLOAT64;
        } else if (format.equals("float")) {
          return Primitive.FLOAT32;
        } else if (format.equals("decimal")) {
          return Primitive.DECIMAL;
        }
        return unknown(type, format, Primitive.FLOAT64, where, diagnostics);
      case "boolean":
        return Primitive.BOOLEAN;
      case "file":
        return Primitive.BINARY;
      default:
        diagnostics.warn(
            where.source(), "unknown type '" + type + "'; any JSON value is accepted here");
        return Primitive.ANY;
    }
  }

  private static Primitive string(String format, Node where, Diagnostics diagnostics) {
    if (format == null || format.isEmpty() || PLAIN_STRING_FORMATS.contains(format)) {
      return Primitive.STRING;
    }
    switch (format) {
      case "date":
        return Primitive.DATE;
      case "date-time":
        return Primitive.DATE_TIME;
      case "date-time-rfc1123":
      case "date-time-rfc7231":
        return Primitive.DATE_TIME_RFC1123;
      case "duration":
        return Primitive.DURATION;
      case "uuid":
        return Primitive.UUID;
      case "byte":
        return Primitive.BYTE_ARRAY;
      case "base64url":
        return Primitive.BASE64_URL;
      case "binary":
      case "file":
        return Primitive.BINARY;
      case "url":
      case "uri":
        return Primitive.URL;
      default:
        return unknown("string", format, Primitive.STRING, where, diagnostics);
    }
  }

  private static Primitive unknown(
      String type, String format, Primitive fallback, Node where, Diagnostics diagnostics) {
    diagnostics.warn(
        where.source(),
        "unknown format '" + format + "' for type '" + type + "'; read as "
            + fallback.name().toLowerCase(java.util.Locale.ROOT));
    return fallback;
  }
}
