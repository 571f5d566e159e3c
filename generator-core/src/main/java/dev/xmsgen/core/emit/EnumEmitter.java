package dev.xmsgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.model.EnumModel;
import javax.lang.model.element.Modifier;

/**
 * Writes a closed enum ({@code modelAsString: false}) as a Java {@code enum}: one constant per
 * value carrying its wire value, a {@code @JsonCreator} factory that fails on a value it does not
 * know, naming the enum, the value and the known ones.
 */
final class EnumEmitter {
  private final JavaTypes types;
  private final EnumMembers members;

  EnumEmitter(JavaTypes types) {
    this.types = types;
    this.members = new EnumMembers(types);
  }

  TypeSpec emit(EnumModel model) {
    if (model.values().isEmpty()) {
      throw new IllegalStateException(
          model.source() + ": enum " + model.name() + " has no values");
    }
    TypeSpec.Builder type =
        TypeSpec.enumBuilder(model.name())
            .addJavadoc(
                members.classDoc(
                    model,
                    "A value the service sends that is not listed here fails deserialization."))
            .addModifiers(Modifier.PUBLIC);
    for (EnumModel.EnumValue value : model.values()) {
      type.addEnumConstant(
          value.javaName(),
          TypeSpec.anonymousClassBuilder(
                  "$L", Literals.wireValue(model.wireType(), value.wireValue()))
              .addJavadoc(members.constantDoc(value))
              .build());
    }
    return type.addField(members.valueField(model))
        .addMethod(members.constructor(model))
        .addMethod(factory(model))
        .addMethods(members.valueAccessors(model))
        .build();
  }

  private MethodSpec factory(EnumModel model) {
    boolean string = types.isStringEnum(model.wireType());
    String quote = string ? "'" : "";
    MethodSpec.Builder factory =
        members.factory(
            model,
            "the constant" + (string ? "; an exact match wins over one that differs in case" : ""),
            "if the value is not one of the known values");
    factory
        .beginControlFlow("for ($T known : values())", types.named(model.name()))
        .beginControlFlow("if (known.$N.equals($N))", EnumMembers.VALUE, EnumMembers.VALUE)
        .addStatement("return known")
        .endControlFlow()
        .endControlFlow();
    if (string) {
      factory
          .beginControlFlow("for ($T known : values())", types.named(model.name()))
          .beginControlFlow(
              "if (known.$N.equalsIgnoreCase($N))", EnumMembers.VALUE, EnumMembers.VALUE)
          .addStatement("return known")
          .endControlFlow()
          .endControlFlow();
    }
    CodeBlock message =
        CodeBlock.of(
            "$L + $N + $L",
            Literals.string("Unknown " + model.name() + " value " + quote),
            EnumMembers.VALUE,
            Literals.string(quote + "; known values: " + EnumMembers.knownValues(model)));
    return factory
        .addStatement("throw new $T($L)", IllegalArgumentException.class, message)
        .build();
  }
}
