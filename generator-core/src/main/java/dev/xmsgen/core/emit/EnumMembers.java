package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.EnumModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * What closed and open enums share: the wire value field, the constructor, the constant and class
 * comments, the {@code @JsonValue} methods and the head of the {@code @JsonCreator} factory.
 */
final class EnumMembers {
  static final String VALUE = "value";

  private final JavaTypes types;

  EnumMembers(JavaTypes types) {
    this.types = types;
  }

  /** The Java type of the wire values. */
  TypeName valueType(EnumModel model) {
    return types.enumValue(model.wireType());
  }

  /** The class comment, with {@code note} as a second paragraph. */
  CodeBlock classDoc(EnumModel model, String note) {
    return JavadocWriter.summary(
            JavadocWriter.describe(model.description(), "The {@code " + model.name() + "} values."))
        .paragraph(note)
        .build();
  }

  /** A constant's comment: its x-ms-enum description, else its wire value. */
  CodeBlock constantDoc(EnumModel.EnumValue value) {
    return JavadocWriter.summary(
            JavadocWriter.describe(
                value.description(), "The " + JavadocWriter.code(value.wireValue()) + " value."))
        .build();
  }

  /** {@code private final T value;}. */
  FieldSpec valueField(EnumModel model) {
    return FieldSpec.builder(valueType(model), VALUE, Modifier.PRIVATE, Modifier.FINAL).build();
  }

  /** The constructor that keeps the wire value. */
  MethodSpec constructor(EnumModel model, Modifier... modifiers) {
    return MethodSpec.constructorBuilder()
        .addModifiers(modifiers)
        .addParameter(valueType(model), VALUE)
        .addStatement("this.$N = $N", VALUE, VALUE)
        .build();
  }

  /**
   * The factory's signature and comment, for a body that follows: {@code fromString(String)} or
   * {@code fromValue(T)}, {@code null} for {@code null}.
   */
  MethodSpec.Builder factory(EnumModel model, String returnsDoc, String throwsDoc) {
    JavadocWriter doc =
        JavadocWriter.summary("Returns the {@code " + model.name() + "} for a wire value.")
            .param(VALUE, "the value as on the wire, or {@code null}")
            .returns(returnsDoc + ", or {@code null} for {@code null}");
    if (throwsDoc != null) {
      doc.throwsWhen("IllegalArgumentException", throwsDoc);
    }
    return MethodSpec.methodBuilder(EnumNames.factory(types, model))
        .addJavadoc(doc.build())
        .addAnnotation(
            AnnotationSpec.builder(JsonCreator.class)
                .addMember("mode", "$T.Mode.DELEGATING", JsonCreator.class)
                .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(types.named(model.name()))
        .addParameter(valueType(model), VALUE)
        .beginControlFlow("if ($N == null)", VALUE)
        .addStatement("return null")
        .endControlFlow();
  }

  /**
   * The wire value accessors: {@code toString()} with {@code @JsonValue} for string enums; {@code
   * getValue()} with {@code @JsonValue} and a {@code toString()} for the others.
   */
  List<MethodSpec> valueAccessors(EnumModel model) {
    List<MethodSpec> out = new ArrayList<>();
    boolean string = types.isStringEnum(model.wireType());
    if (!string) {
      out.add(
          MethodSpec.methodBuilder(EnumNames.jsonValue(types, model))
              .addJavadoc(
                  JavadocWriter.summary("The value as on the wire.").returns("the value").build())
              .addAnnotation(JsonValue.class)
              .addModifiers(Modifier.PUBLIC)
              .returns(valueType(model))
              .addStatement("return this.$N", VALUE)
              .build());
    }
    MethodSpec.Builder toString =
        MethodSpec.methodBuilder("toString")
            .addJavadoc(
                JavadocWriter.summary("The value as on the wire, as text.")
                    .returns("the value")
                    .build());
    if (string) {
      toString.addAnnotation(JsonValue.class);
    }
    toString.addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(String.class);
    if (string) {
      toString.addStatement("return this.$N", VALUE);
    } else {
      toString.addStatement("return $T.valueOf(this.$N)", String.class, VALUE);
    }
    out.add(toString.build());
    return out;
  }

  /** The known wire values for a message: {@code standard, premium}. */
  static String knownValues(EnumModel model) {
    return model.values().stream()
        .map(EnumModel.EnumValue::wireValue)
        .collect(Collectors.joining(", "));
  }
}
