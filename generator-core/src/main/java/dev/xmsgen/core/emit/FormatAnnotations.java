package dev.xmsgen.core.emit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;

/**
 * The {@code @JsonSerialize}/{@code @JsonDeserialize} a field needs when its wire form is not the
 * default for its Java type: {@code date-time-rfc1123}, {@code unixtime} and {@code base64url},
 * alone or as the elements of a list or the values of a map. Every other type is handled by the
 * mapper ({@code date-time}, {@code date} and {@code duration} by the runtime's time module).
 */
final class FormatAnnotations {
  private FormatAnnotations() {}

  /**
   * The annotations for a field of that type; none when the mapper's defaults fit.
   *
   * @param where names the field in the message when the type cannot be annotated
   * @throws IllegalStateException for such a format nested deeper than one list or map, which the
   *     validation pass lets no model through with
   */
  static List<AnnotationSpec> of(TypeRef type, String where) {
    if (type instanceof TypeRef.Scalar s) {
      return annotations("using", s.primitive());
    }
    TypeRef content =
        type instanceof TypeRef.ListOf l
            ? l.element()
            : type instanceof TypeRef.MapOf m ? m.value() : null;
    if (content instanceof TypeRef.Scalar s) {
      return annotations("contentUsing", s.primitive());
    }
    if (content != null && !of(content, where).isEmpty()) {
      throw new IllegalStateException(
          where
              + ": "
              + type
              + " nests a date-time-rfc1123, unixtime or base64url value more than"
              + " one list or map deep, which cannot be annotated");
    }
    return List.of();
  }

  private static List<AnnotationSpec> annotations(String member, TypeRef.Primitive primitive) {
    switch (primitive) {
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
