package dev.xmsgen.core.model;

/**
 * The type of a property, parameter, header or body, as the wire sees it.
 *
 * <p>A {@link Named} reference points at a {@link TypeDef} of the same {@link ApiModel} by its Java
 * simple name; the model guarantees that the name exists.
 */
public sealed interface TypeRef {

  /** A scalar that maps to a JDK type. */
  record Scalar(Primitive primitive) implements TypeRef {
    // equals and hashCode written out, as in the other records here: a record's own go through an
    // invokedynamic bootstrap the first time, which costs a short run more than all its calls
    @Override
    public boolean equals(Object o) {
      return o instanceof Scalar s && primitive == s.primitive;
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(primitive);
    }

    @Override
    public String toString() {
      return primitive.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A model or enum defined in the {@link ApiModel}, by Java simple name. */
  record Named(String name) implements TypeRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof Named n && java.util.Objects.equals(name, n.name);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(name);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A JSON array. */
  record ListOf(TypeRef element) implements TypeRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof ListOf l && java.util.Objects.equals(element, l.element);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(element);
    }

    @Override
    public String toString() {
      return "list<" + element + ">";
    }
  }

  /** A JSON object with arbitrary keys ({@code additionalProperties}). */
  record MapOf(TypeRef value) implements TypeRef {
    @Override
    public boolean equals(Object o) {
      return o instanceof MapOf m && java.util.Objects.equals(value, m.value);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hashCode(value);
    }

    @Override
    public String toString() {
      return "map<" + value + ">";
    }
  }

  static TypeRef of(Primitive primitive) {
    return new Scalar(primitive);
  }

  /** The scalar types, each named for its Swagger type and format. */
  enum Primitive {
    /** {@code string}. */
    STRING,
    /** {@code integer}, {@code int32} or no format. */
    INT32,
    /** {@code integer}, {@code int64}. */
    INT64,
    /** {@code number}, {@code float}. */
    FLOAT32,
    /** {@code number}, {@code double} or no format. */
    FLOAT64,
    /** {@code number}, {@code decimal}. */
    DECIMAL,
    /** {@code boolean}. */
    BOOLEAN,
    /** {@code string}, {@code date}. */
    DATE,
    /** {@code string}, {@code date-time} (RFC 3339). */
    DATE_TIME,
    /** {@code string}, {@code date-time-rfc1123}. */
    DATE_TIME_RFC1123,
    /** {@code integer}, {@code unixtime}: seconds since the epoch. */
    UNIX_TIME,
    /** {@code string}, {@code duration} (ISO 8601). */
    DURATION,
    /** {@code string}, {@code uuid}. */
    UUID,
    /** {@code string}, {@code byte}: base64. */
    BYTE_ARRAY,
    /** {@code string}, {@code base64url}. */
    BASE64_URL,
    /** {@code file}, or {@code string} with format {@code binary}: a raw stream. */
    BINARY,
    /** {@code string}, {@code url} or {@code uri}: kept as a string. */
    URL,
    /** An object with no declared properties, or a schema with no type: any JSON value. */
    ANY
  }
}
