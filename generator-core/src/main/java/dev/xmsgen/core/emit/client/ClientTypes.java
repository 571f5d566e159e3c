package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.emit.JavaTypes;
import dev.xmsgen.core.emit.RuntimeTypes;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Java types of operation arguments and results, and the runtime's body type for each. */
final class ClientTypes {
  private final JavaTypes types;

  ClientTypes(JavaTypes types) {
    this.types = types;
  }

  /** A required argument unboxed where it can be; an optional one boxed, so it can be null. */
  TypeName argument(ParameterModel p) {
    return p.required() ? types.unboxed(p.type()) : types.boxed(p.type());
  }

  /** A client-level parameter's type: boxed, as it may be unset until the builder builds. */
  TypeName clientParameter(ParameterModel p) {
    return types.boxed(p.type());
  }

  /** The declared parameters for {@code arguments}, in order. */
  List<ParameterSpec> parameters(List<ParameterModel> arguments) {
    return arguments.stream()
        .map(p -> ParameterSpec.builder(argument(p), p.javaName()).build())
        .collect(Collectors.toList());
  }

  /** The type of a body, {@link Void} for none: usable as a type argument. */
  TypeName result(TypeRef body) {
    return body == null ? ClassName.get(Void.class) : types.boxed(body);
  }

  /** The class of a model or error type, or {@code null} if it is not a plain class. */
  ClassName errorClass(TypeRef body) {
    return body != null && types.boxed(body) instanceof ClassName c ? c : null;
  }

  /** Whether a media type is JSON (what the runtime serializes); a missing one counts as JSON. */
  static boolean isJson(String mediaType) {
    String media = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    return media.isEmpty()
        || media.equals("application/json")
        || media.equals("text/json")
        || media.endsWith("+json");
  }

  /**
   * {@code BodyType.of(Vault.class)}, a type reference for generic types, or {@code none()}; with
   * {@code .in(WireFormat.X)} when the body's values have a {@link #wireFormat}.
   */
  CodeBlock bodyType(TypeRef body) {
    if (body == null) {
      return CodeBlock.of("$T.none()", RuntimeTypes.BODY_TYPE);
    }
    TypeName type = types.boxed(body);
    CodeBlock of;
    if (type instanceof ParameterizedTypeName) {
      TypeSpec reference =
          TypeSpec.anonymousClassBuilder("")
              .superclass(ParameterizedTypeName.get(RuntimeTypes.TYPE_REFERENCE, type))
              .build();
      of = CodeBlock.of("$T.of($L)", RuntimeTypes.BODY_TYPE, reference);
    } else if (type instanceof ArrayTypeName || type instanceof ClassName) {
      of = CodeBlock.of("$T.of($T.class)", RuntimeTypes.BODY_TYPE, type);
    } else {
      throw new IllegalStateException("no body type for " + body);
    }
    String format = wireFormat(body);
    return format == null
        ? of
        : CodeBlock.of("$L.in($T.$L)", of, RuntimeTypes.WIRE_FORMAT, format);
  }

  /**
   * The runtime's {@code WireFormat} constant for a body that is a {@code date-time-rfc1123},
   * {@code unixtime} or {@code base64url} value, or lists and maps of them; {@code null} for any
   * other body (models carry their formats on their fields).
   */
  static String wireFormat(TypeRef body) {
    TypeRef t = body;
    while (t instanceof TypeRef.ListOf || t instanceof TypeRef.MapOf) {
      t = t instanceof TypeRef.ListOf l ? l.element() : ((TypeRef.MapOf) t).value();
    }
    if (!(t instanceof TypeRef.Scalar scalar)) {
      return null;
    }
    return switch (scalar.primitive()) {
      case DATE_TIME_RFC1123 -> "RFC1123";
      case UNIX_TIME -> "UNIX_TIME";
      case BASE64_URL -> "BASE64_URL";
      default -> null;
    };
  }
}
