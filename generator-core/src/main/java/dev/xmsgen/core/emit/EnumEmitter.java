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
        .addMethod(lenientFactory(model))
        .addMethods(members.valueAccessors(model))
        .build();
  }

  /** {@code fromString}: the lenient factory's constant, or IllegalArgumentException. */
  private MethodSpec factory(EnumModel model) {
    boolean string = types.isStringEnum(model.wireType());
    String quote = string ? "'" : "";
    CodeBlock message =
        CodeBlock.of(
            "$L + $N + $L",
            Literals.string("Unknown " + model.name() + " value " + quote),
            EnumMembers.VALUE,
            Literals.string(quote + "; known values: " + EnumMembers.knownValues(model)));
    return members
        .factory(
            model,
            "the constant" + (string ? "; an exact match wins over one that differs in case" : ""),
            "if the value is not one of the known values")
        .addStatement(
            "$T known = $N($N)",
            types.named(model.name()),
            EnumNames.lenientFactory(types, model),
            EnumMembers.VALUE)
        .beginControlFlow("if (known == null)")
        .addStatement("throw new $T($L)", IllegalArgumentException.class, message)
        .endControlFlow()
        .addStatement("return known")
        .build();
  }

  /**
   * {@code fromStringOrNull}: the constant for a wire value, exact match first, then (for text)
   * one that differs in case; {@code null} for a value not listed. Models read with it, so a new
   * value from the service does not make them unreadable.
   */
  private MethodSpec lenientFactory(EnumModel model) {
    boolean string = types.isStringEnum(model.wireType());
    MethodSpec.Builder factory =
        MethodSpec.methodBuilder(EnumNames.lenientFactory(types, model))
            .addJavadoc(
                JavadocWriter.summary(
                        "Returns the {@code " + model.name() + "} for a wire value, or {@code"
                            + " null} for a value this enum does not list.")
                    .param(EnumMembers.VALUE, "the value as on the wire, or {@code null}")
                    .returns(
                        "the constant"
                            + (string ? "; an exact match wins over one that differs in case" : "")
                            + "; {@code null} for {@code null} or an unlisted value")
                    .build())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(types.named(model.name()))
            .addParameter(members.valueType(model), EnumMembers.VALUE)
            .beginControlFlow("if ($N == null)", EnumMembers.VALUE)
            .addStatement("return null")
            .endControlFlow()
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
    return factory.addStatement("return null").build();
  }

}
