package dev.xmsgen.core.emit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;

/**
 * The {@code @JsonSerialize}/{@code @JsonDeserialize} a field of a {@code java.time} or base64url
 * type needs, alone or as the elements of a list or the values of a map: {@code date-time}, {@code
 * date}, {@code duration}, {@code date-time-rfc1123}, {@code unixtime} and {@code base64url}. With
 * them on the field a model reads and writes the same JSON through any {@code ObjectMapper}, not
 * only through the runtime's, which would handle the first three by its time module.
 */
final class FormatAnnotations {
  private FormatAnnotations() {}

  /**
   * The annotations for a field of that type; none for a type without a time or base64url value.
   *
   * @param where names the field in the message when the type cannot be annotated
   * @throws IllegalStateException for such a format nested deeper than one list or map, which the
   *     validation pass lets no model through with
   */
  static List<AnnotationSpec> of(TypeRef type, String where) {
    return of(type, where, false);
  }

  /**
   * Whether the type's wire form differs from the one its Java type has in the runtime's mapper
   * ({@code date-time-rfc1123}, {@code unixtime} and {@code base64url}): such a value cannot be
   * held in an {@code Explicit}, whose serializer writes the default form.
   */
  static boolean hasSpecialForm(TypeRef type) {
    return !of(type, "", true).isEmpty();
  }

  private static List<AnnotationSpec> of(TypeRef type, String where, boolean specialOnly) {
    if (type instanceof TypeRef.Scalar s) {
      return annotations("using", s.primitive(), specialOnly);
    }
    TypeRef content =
        type instanceof TypeRef.ListOf l
            ? l.element()
            : type instanceof TypeRef.MapOf m ? m.value() : null;
    if (content instanceof TypeRef.Scalar s) {
      return annotations("contentUsing", s.primitive(), specialOnly);
    }
    // deeper, date-time, date and duration are left to the runtime mapper's time module; the
    // other forms the validation pass refuses
    if (content != null && !of(content, where, true).isEmpty()) {
      throw new IllegalStateException(
          where
              + ": "
              + type
              + " nests a date-time-rfc1123, unixtime or base64url value more than"
              + " one list or map deep, which cannot be annotated");
    }
    return List.of();
  }

  private static List<AnnotationSpec> annotations(
      String member, TypeRef.Primitive primitive, boolean specialOnly) {
    switch (primitive) {
      case DATE_TIME:
        return specialOnly
            ? List.of()
            : pair(member, RuntimeTypes.DATE_TIME_SERIALIZER, RuntimeTypes.DATE_TIME_DESERIALIZER);
      case DATE:
        return specialOnly
            ? List.of()
            : pair(member, RuntimeTypes.DATE_SERIALIZER, RuntimeTypes.DATE_DESERIALIZER);
      case DURATION:
        return specialOnly
            ? List.of()
            : pair(member, RuntimeTypes.DURATION_SERIALIZER, RuntimeTypes.DURATION_DESERIALIZER);
      case DATE_TIME_RFC1123:
        return pair(member, RuntimeTypes.RFC1123_SERIALIZER, RuntimeTypes.RFC1123_DESERIALIZER);
      case UNIX_TIME:
        return pair(member, RuntimeTypes.UNIX_TIME_SERIALIZER, RuntimeTypes.UNIX_TIME_DESERIALIZER);
      case BASE64_URL:
        return pair(
            member, RuntimeTypes.BASE64_URL_SERIALIZER, RuntimeTypes.BASE64_URL_DESERIALIZER);
      default:
        return List.of();
    }
  }

  /** The annotations of a field holding an {@code Explicit} value. */
  static List<AnnotationSpec> explicit() {
    return pair("using", RuntimeTypes.EXPLICIT_SERIALIZER, RuntimeTypes.EXPLICIT_DESERIALIZER);
  }

  private static List<AnnotationSpec> pair(
      String member, ClassName serializer, ClassName deserializer) {
    return List.of(
        AnnotationSpec.builder(JsonSerialize.class)
            .addMember(member, "$T.class", serializer)
            .build(),
        AnnotationSpec.builder(JsonDeserialize.class)
            .addMember(member, "$T.class", deserializer)
            .build());
  }
}
