package dev.xmsgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code public void validate()}: it throws {@link IllegalStateException} naming the model
 * and property ({@code "Vault.properties is required"}) for the first required property that is not
 * set, and validates every nested model, including those in lists and maps. Read-only properties
 * are not checked (they are never sent); a subclass checks its parent's first.
 */
final class ValidateMethodEmitter {
  static final String NAME = "validate";

  private final TypeIndex index;
  private final JavaTypes types;
  private final AdditionalPropertiesEmitter additional;

  ValidateMethodEmitter(TypeIndex index, JavaTypes types) {
    this.index = index;
    this.types = types;
    this.additional = new AdditionalPropertiesEmitter(index, types);
  }

  /** The method; none for a subclass that has nothing to add to its parent's. */
  Optional<MethodSpec> of(ObjectModel model) {
    CodeBlock.Builder body = CodeBlock.builder();
    for (PropertyModel property : index.fields(model)) {
      if (property.readOnly() || index.isDiscriminator(model, property)) {
        continue;
      }
      CodeBlock field = CodeBlock.of("this.$N", PropertyEmitter.fieldName(property));
      if (property.required()) {
        body.beginControlFlow("if ($L == null)", field)
            .addStatement(
                "throw new $T($S)",
                IllegalStateException.class,
                model.name() + "." + property.javaName() + " is required")
            .endControlFlow();
      }
      nested(body, field, property.type(), property.required(), 0);
    }
    if (model.additionalProperties() != null) {
      nested(
          body,
          CodeBlock.of("this.$N", additional.fieldName(model)),
          new TypeRef.MapOf(model.additionalProperties()),
          false,
          0);
    }
    boolean inherits = index.parent(model).isPresent();
    if (inherits && body.isEmpty()) {
      return Optional.empty();
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(NAME)
            .addJavadoc(
                JavadocWriter.summary(
                        "Checks that the required properties are set, here and in nested models,"
                            + " before this model is sent.")
                    .throwsWhen(
                        "IllegalStateException",
                        "naming the model and the property, for the first one that is missing")
                    .build())
            .addModifiers(Modifier.PUBLIC);
    if (inherits) {
      method.addAnnotation(Override.class).addStatement("super.$N()", NAME);
    }
    return Optional.of(method.addCode(body.build()).build());
  }

  /**
   * Validates the models held in {@code value}, if its type holds any.
   *
   * @param depth how many loops enclose the code, to name the loop variables
   */
  private void nested(
      CodeBlock.Builder body, CodeBlock value, TypeRef type, boolean nonNull, int depth) {
    if (!index.containsModels(type)) {
      return;
    }
    if (!nonNull) {
      body.beginControlFlow("if ($L != null)", value);
    }
    if (type instanceof TypeRef.ListOf l) {
      each(body, value, l.element(), depth);
    } else if (type instanceof TypeRef.MapOf m) {
      each(body, CodeBlock.of("$L.values()", value), m.value(), depth);
    } else {
      body.addStatement("$L.$N()", value, NAME);
    }
    if (!nonNull) {
      body.endControlFlow();
    }
  }

  private void each(CodeBlock.Builder body, CodeBlock items, TypeRef element, int depth) {
    String item = depth == 0 ? "item" : "item" + (depth + 1);
    body.beginControlFlow("for ($T $N : $L)", types.boxed(element), item, items);
    nested(body, CodeBlock.of("$N", item), element, false, depth + 1);
    body.endControlFlow();
  }
}
