package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code additionalProperties}: a {@code Map<String, T>} field that Jackson fills with every
 * JSON key the model does not declare ({@code @JsonAnySetter}) and writes back beside the declared
 * ones ({@code @JsonAnyGetter}), with {@code getAdditionalProperties()} and {@code
 * setAdditionalProperties(map)}. The map is not initialized, so an untouched one is not sent.
 */
final class AdditionalPropertiesEmitter {
  static final String NAME = "additionalProperties";
  private static final String TEXT = "the properties this model does not declare, by JSON key";

  private final JavaTypes types;

  AdditionalPropertiesEmitter(JavaTypes types) {
    this.types = types;
  }

  Optional<FieldSpec> field(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return Optional.empty();
    }
    return Optional.of(
        FieldSpec.builder(type(model), NAME, Modifier.PRIVATE)
            .addJavadoc(
                JavadocWriter.summary("The properties this model does not declare.").build())
            .addAnnotation(JsonAnySetter.class)
            .addAnnotation(JsonAnyGetter.class)
            .addAnnotations(
                FormatAnnotations.of(
                    new TypeRef.MapOf(model.additionalProperties()), model.name() + "." + NAME))
            .build());
  }

  List<MethodSpec> accessors(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return List.of();
    }
    Setter setter = setter(model).orElseThrow();
    return List.of(
        MethodSpec.methodBuilder("getAdditionalProperties")
            .addJavadoc(
                JavadocWriter.summary("Gets " + TEXT + ".")
                    .returns("the map, or {@code null} if none were read or set")
                    .build())
            .addModifiers(Modifier.PUBLIC)
            .returns(type(model))
            .addStatement("return this.$N", NAME)
            .build(),
        setter
            .declare(types.named(model.name()))
            .addStatement("this.$N = $N", NAME, setter.parameter())
            .addStatement("return this")
            .build());
  }

  /** The public setter, if the model has additional properties. */
  Optional<Setter> setter(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Setter("setAdditionalProperties", type(model), NAME, "Sets " + TEXT + ".", List.of()));
  }

  private TypeName type(ObjectModel model) {
    return types.boxed(new TypeRef.MapOf(model.additionalProperties()));
  }
}
