package dev.xmsgen.core.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a model's constructors: always a public no-argument one. In a discriminated hierarchy it
 * sets the class's own wire value, and every class with subclasses also gets a protected
 * constructor that takes the value for them, so the root's private field always holds the value of
 * the class actually built.
 */
final class ConstructorEmitter {
  private final TypeIndex index;
  private final JavaTypes types;
  private final Literals literals;

  ConstructorEmitter(TypeIndex index, JavaTypes types, Literals literals) {
    this.index = index;
    this.types = types;
    this.literals = literals;
  }

  List<MethodSpec> of(ObjectModel model) {
    MethodSpec.Builder create =
        MethodSpec.constructorBuilder()
            .addJavadoc(
                JavadocWriter.summary("Creates an empty {@code " + model.name() + "}.").build())
            .addModifiers(Modifier.PUBLIC);
    Optional<ObjectModel> root = index.hierarchyRoot(model);
    if (root.isEmpty()) {
      return List.of(create.build());
    }
    PropertyModel discriminator = index.discriminatorProperty(root.get());
    String field = PropertyEmitter.fieldName(discriminator);
    boolean isRoot = root.get() == model;
    if (model.discriminatorValue() != null) {
      Object value = literals.value(discriminator.type(), model.discriminatorValue());
      if (isRoot) {
        create.addStatement("this.$N = $L", field, value);
      } else {
        create.addStatement("super($L)", value);
      }
    }
    List<MethodSpec> out = new ArrayList<>();
    out.add(create.build());
    if (!index.children(model).isEmpty()) {
      TypeName type = types.boxed(discriminator.type());
      MethodSpec.Builder forSubclass =
          MethodSpec.constructorBuilder()
              .addJavadoc(
                  JavadocWriter.summary(
                          "Creates an empty instance of a subclass, with the subclass's value of "
                              + JavadocWriter.code(root.get().discriminator())
                              + ".")
                      .param(discriminator.javaName(), "the subclass's wire value")
                      .build())
              .addModifiers(Modifier.PROTECTED)
              .addParameter(type, discriminator.javaName());
      if (isRoot) {
        forSubclass.addStatement("this.$N = $N", field, discriminator.javaName());
      } else {
        forSubclass.addStatement("super($N)", discriminator.javaName());
      }
      out.add(forSubclass.build());
    }
    return out;
  }
}
