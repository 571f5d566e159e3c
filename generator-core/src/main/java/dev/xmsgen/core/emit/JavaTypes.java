package dev.xmsgen.core.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Maps the model's types to Java types: the one place that decides how a wire type looks in
 * generated code, for models and clients alike.
 */
public final class JavaTypes {
  private final String packageName;

  public JavaTypes(String packageName) {
    this.packageName = packageName;
  }

  /** The Java type of a model or enum of this API. */
  public ClassName named(String simpleName) {
    return ClassName.get(packageName, simpleName);
  }

  /** The boxed Java type for a value that may be absent (fields, optional parameters). */
  public TypeName boxed(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return named(n.name());
    }
    if (type instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(ClassName.get(List.class), boxed(l.element()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), boxed(m.value()));
    }
    return scalar(((TypeRef.Scalar) type).primitive());
  }

  /** The unboxed type where one exists, for values that are always present. */
  public TypeName unboxed(TypeRef type) {
    TypeName boxed = boxed(type);
    return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  private static TypeName scalar(TypeRef.Primitive primitive) {
    switch (primitive) {
      case STRING:
      case URL:
        return ClassName.get(String.class);
      case INT32:
        return TypeName.INT.box();
      case INT64:
        return TypeName.LONG.box();
      case FLOAT32:
        return TypeName.FLOAT.box();
      case FLOAT64:
        return TypeName.DOUBLE.box();
      case DECIMAL:
        return ClassName.get(BigDecimal.class);
      case BOOLEAN:
        return TypeName.BOOLEAN.box();
      case DATE:
        return ClassName.get(LocalDate.class);
      case DATE_TIME:
      case DATE_TIME_RFC1123:
      case UNIX_TIME:
        return ClassName.get(OffsetDateTime.class);
      case DURATION:
        return ClassName.get(Duration.class);
      case UUID:
        return ClassName.get(UUID.class);
      case BYTE_ARRAY:
      case BASE64_URL:
      case BINARY:
        return ArrayTypeName.of(TypeName.BYTE);
      case ANY:
        return ClassName.get(Object.class);
      default:
        throw new IllegalArgumentException("unmapped primitive " + primitive);
    }
  }
}
