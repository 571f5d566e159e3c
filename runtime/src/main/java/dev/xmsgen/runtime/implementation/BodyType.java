package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.runtime.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The Java type a response body is read as: a class, a generic type, or {@link #none()} for
 * operations without a body, optionally in a {@link WireFormat}. A body that is not JSON is
 * returned as it is when the type is {@code byte[]} or {@code String}; an XML body of any other
 * type is read by {@link XmlBodies}.
 *
 * @param <T> the body's Java type
 */
public final class BodyType<T> {
  private static final BodyType<Void> NONE = new BodyType<>(null, null);

  private final JavaType javaType;
  private final WireFormat format;

  private BodyType(JavaType javaType, WireFormat format) {
    this.javaType = javaType;
    this.format = format;
  }

  /** A body of class {@code type}. */
  public static <T> BodyType<T> of(Class<T> type) {
    return new BodyType<>(Json.mapper().getTypeFactory().constructType(type), null);
  }

  /** A body of a generic type, for example {@code new TypeReference<List<Vault>>() {}}. */
  public static <T> BodyType<T> of(TypeReference<T> type) {
    return new BodyType<>(Json.mapper().getTypeFactory().constructType(type), null);
  }

  /**
   * This type with its date-times or bytes in {@code format}, for example a {@code
   * List<OffsetDateTime>} of HTTP dates.
   */
  public BodyType<T> in(WireFormat format) {
    Objects.requireNonNull(javaType, "no body type");
    return new BodyType<>(javaType, Objects.requireNonNull(format, "format"));
  }

  private ObjectMapper mapper() {
    return format == null ? Json.mapper() : format.mapper();
  }

  /** No body: the value is always {@code null}. */
  public static BodyType<Void> none() {
    return NONE;
  }

  boolean isNone() {
    return javaType == null;
  }

  /** The body as {@code T}; {@code null} when there is none. */
  @SuppressWarnings("unchecked")
  T decode(byte[] body, String contentType) {
    if (javaType == null || body == null || body.length == 0) {
      return null;
    }
    boolean json = isJson(contentType);
    if (!json && javaType.getRawClass() == byte[].class) {
      return (T) body.clone();
    }
    if (!json && contentType != null && javaType.getRawClass() == String.class) {
      return (T) new String(body, StandardCharsets.UTF_8);
    }
    if (isXml(contentType)) {
      return XmlBodies.read(body, javaType);
    }
    try {
      return mapper().readValue(body, javaType);
    } catch (IOException e) {
      throw new UncheckedIOException("the response body is not a valid " + this, e);
    }
  }

  /** One JSON value (a page item) as {@code T}. */
  T fromTree(JsonNode node) {
    Objects.requireNonNull(javaType, "no body type");
    try {
      return mapper().readerFor(javaType).readValue(node);
    } catch (IOException e) {
      throw new UncheckedIOException("a page item is not a valid " + this, e);
    }
  }

  /** Whether a content type is JSON; a missing one counts as JSON. */
  static boolean isJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/json") || media.endsWith("+json") || media.equals("text/json");
  }

  /** Whether a content type is XML: {@code application/xml}, {@code text/xml} or {@code +xml}. */
  static boolean isXml(String contentType) {
    if (contentType == null) {
      return false;
    }
    String media = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    return media.equals("application/xml") || media.equals("text/xml") || media.endsWith("+xml");
  }

  @Override
  public String toString() {
    if (javaType == null) {
      return "no body";
    }
    return format == null ? javaType.toCanonical() : javaType.toCanonical() + " in " + format;
  }
}
