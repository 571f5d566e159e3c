package dev.xmsgen.core.naming;

import dev.xmsgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which Java type a model type becomes in generated code, named without JavaPoet: the one mapping
 * from wire primitives to JDK classes, which the emitters build their types from and the report
 * names types with.
 */
public final class JavaTypeNames {
  private JavaTypeNames() {}

  /**
   * The JDK class of a value of {@code primitive}, boxed where the primitive has a box: {@code
   * Integer} for {@code int32}, {@code OffsetDateTime} for every date-time format, {@code byte[]}
   * for bytes.
   */
  public static Class<?> javaClass(TypeRef.Primitive primitive) {
    switch (primitive) {
      case STRING:
      case URL:
        return String.class;
      case INT32:
        return Integer.class;
      case INT64:
        return Long.class;
      case FLOAT32:
        return Float.class;
      case FLOAT64:
        return Double.class;
      case DECIMAL:
        return BigDecimal.class;
      case BOOLEAN:
        return Boolean.class;
      case DATE:
        return LocalDate.class;
      case DATE_TIME:
      case DATE_TIME_RFC1123:
      case UNIX_TIME:
        return OffsetDateTime.class;
      case DURATION:
        return Duration.class;
      case UUID:
        return UUID.class;
      case BYTE_ARRAY:
      case BASE64_URL:
      case BINARY:
        return byte[].class;
      case ANY:
        return Object.class;
      default:
        throw new IllegalArgumentException("unmapped primitive " + primitive);
    }
  }

  /**
   * The boxed Java type of {@code type} as source text, for example {@code
   * java.util.List<com.example.Vault>}, with the API's own types in {@code packageName}.
   */
  public static String sourceName(String packageName, TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return packageName.isEmpty() ? n.name() : packageName + "." + n.name();
    }
    if (type instanceof TypeRef.ListOf l) {
      return List.class.getName() + "<" + sourceName(packageName, l.element()) + ">";
    }
    if (type instanceof TypeRef.MapOf m) {
      return Map.class.getName()
          + "<"
          + String.class.getName()
          + ", "
          + sourceName(packageName, m.value())
          + ">";
    }
    return javaClass(((TypeRef.Scalar) type).primitive()).getCanonicalName();
  }
}
