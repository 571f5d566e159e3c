package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code additionalProperties}: a {@code Map<String, T>} field that Jackson fills with every
 * JSON key the model does not declare ({@code @JsonAnySetter}) and writes back beside the declared
 * ones ({@code @JsonAnyGetter}), with {@code getAdditionalProperties()} and {@code
 * setAdditionalProperties(map)}. The map is not initialized, so an untouched one is not sent.
 *
 * <p>When the model or an ancestor declares a property that is itself named {@code
 * additionalProperties}, the map is {@code undeclaredProperties} instead, so both keep an accessor.
 */
final class AdditionalPropertiesEmitter {
  static final String NAME = "additionalProperties";
  static final String NAME_WHEN_TAKEN = "undeclaredProperties";
  private static final String TEXT = "the properties this model does not declare, by JSON key";

  private final TypeIndex index;
  private final JavaTypes types;

  AdditionalPropertiesEmitter(TypeIndex index, JavaTypes types) {
    this.index = index;
    this.types = types;
  }

  /** The map's field name: {@link #NAME} unless a declared property already has it. */
  String fieldName(ObjectModel model) {
    boolean taken =
        index.fieldsWithInherited(model).stream().anyMatch(p -> p.javaName().equals(NAME))
            || model.flattened().stream().anyMatch(f -> f.javaName().equals(NAME));
    return taken ? NAME_WHEN_TAKEN : NAME;
  }

  Optional<FieldSpec> field(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return Optional.empty();
    }
    return Optional.of(
        FieldSpec.builder(type(model), fieldName(model), Modifier.PRIVATE)
            .addJavadoc(
                JavadocWriter.summary("The properties this model does not declare.").build())
            .addAnnotation(JsonAnySetter.class)
            .addAnnotation(JsonAnyGetter.class)
            .addAnnotations(
                FormatAnnotations.of(
                    new TypeRef.MapOf(model.additionalProperties()),
                    model.name() + "." + fieldName(model)))
            .build());
  }

  List<MethodSpec> accessors(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return List.of();
    }
    Setter setter = setter(model).orElseThrow();
    String field = fieldName(model);
    return List.of(
        MethodSpec.methodBuilder("get" + JavaNames.pascal(field))
            .addJavadoc(
                JavadocWriter.summary("Gets " + TEXT + ".")
                    .returns("the map, or {@code null} if none were read or set")
                    .build())
            .addModifiers(Modifier.PUBLIC)
            .returns(type(model))
            .addStatement("return this.$N", field)
            .build(),
        setter
            .declare(types.named(model.name()))
            .addStatement("this.$N = $N", field, setter.parameter())
            .addStatement("return this")
            .build());
  }

  /** The public setter, if the model has additional properties. */
  Optional<Setter> setter(ObjectModel model) {
    if (model.additionalProperties() == null) {
      return Optional.empty();
    }
    String field = fieldName(model);
    return Optional.of(
        new Setter(
            "set" + JavaNames.pascal(field), type(model), field, "Sets " + TEXT + ".", List.of()));
  }

  private TypeName type(ObjectModel model) {
    return types.boxed(new TypeRef.MapOf(model.additionalProperties()));
  }
}
