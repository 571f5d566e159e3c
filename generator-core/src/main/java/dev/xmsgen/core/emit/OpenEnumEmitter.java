package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.model.EnumModel;
import java.util.Collection;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes an open enum ({@code modelAsString: true}) as a final class: a constant per known value, a
 * {@code @JsonCreator} factory that returns the known constant or a new instance that keeps an
 * unknown value, {@code values()} with the known ones in spec order, and equality on the value.
 */
final class OpenEnumEmitter {
  private final JavaTypes types;
  private final EnumMembers members;

  OpenEnumEmitter(JavaTypes types) {
    this.types = types;
    this.members = new EnumMembers(types);
  }

  TypeSpec emit(EnumModel model) {
    ClassName self = types.named(model.name());
    NameAllocator names = new NameAllocator();
    model.values().forEach(v -> names.newName(v.javaName(), v));
    names.newName(EnumMembers.VALUE, EnumMembers.VALUE);
    String known = names.newName("VALUES", "VALUES");

    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.name())
            .addJavadoc(
                members.classDoc(
                    model,
                    "Open to values the service adds later: {@link #"
                        + EnumNames.factory(types, model)
                        + "} keeps a value it does not know, and such instances are equal when"
                        + " their values are."))
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
    CodeBlock.Builder all = CodeBlock.builder();
    for (EnumModel.EnumValue value : model.values()) {
      type.addField(
          FieldSpec.builder(
                  self, value.javaName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(members.constantDoc(value))
              .initializer(
                  "new $T($L)", self, Literals.wireValue(model.wireType(), value.wireValue()))
              .build());
      all.add(all.isEmpty() ? "$N" : ", $N", value.javaName());
    }
    ParameterizedTypeName list = ParameterizedTypeName.get(ClassName.get(List.class), self);
    type.addField(
        FieldSpec.builder(list, known, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("$T.of($L)", List.class, all.build())
            .build());
    return type.addField(members.valueField(model))
        .addMethod(members.constructor(model, Modifier.PRIVATE))
        .addMethod(factory(model, known))
        .addMethod(values(model, known))
        .addMethods(members.valueAccessors(model))
        .addMethod(equalsMethod(self))
        .addMethod(hashCodeMethod())
        .build();
  }

  private MethodSpec factory(EnumModel model, String known) {
    return members
        .factory(model, "the known constant, or a new instance holding an unknown value", null)
        .beginControlFlow("for ($T candidate : $N)", types.named(model.name()), known)
        .beginControlFlow("if (candidate.$N.equals($N))", EnumMembers.VALUE, EnumMembers.VALUE)
        .addStatement("return candidate")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return new $T($N)", types.named(model.name()), EnumMembers.VALUE)
        .build();
  }

  private MethodSpec values(EnumModel model, String known) {
    return MethodSpec.methodBuilder("values")
        .addJavadoc(
            JavadocWriter.summary("The known values, in the order the spec lists them.")
                .returns("an unmodifiable collection of the known values")
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(
            ParameterizedTypeName.get(ClassName.get(Collection.class), types.named(model.name())))
        .addStatement("return $N", known)
        .build();
  }

  private static MethodSpec equalsMethod(ClassName self) {
    return MethodSpec.methodBuilder("equals")
        .addJavadoc(
            JavadocWriter.summary("Whether {@code other} has the same wire value.")
                .param("other", "the object to compare with")
                .returns("{@code true} if the wire values are equal")
                .build())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .addStatement(
            "return other instanceof $T && this.$N.equals((($T) other).$N)",
            self,
            EnumMembers.VALUE,
            self,
            EnumMembers.VALUE)
        .build();
  }

  private static MethodSpec hashCodeMethod() {
    return MethodSpec.methodBuilder("hashCode")
        .addJavadoc(
            JavadocWriter.summary("The wire value's hash code.").returns("the hash code").build())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return this.$N.hashCode()", EnumMembers.VALUE)
        .build();
  }
}
