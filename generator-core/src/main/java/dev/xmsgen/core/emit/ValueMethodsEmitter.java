package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code equals}, {@code hashCode} and {@code toString}, so that models behave as data: two
 * models are equal when they are of the same class and every field (a subclass's and its parent's,
 * the additional properties too) is equal, byte arrays by content. {@code toString} names each
 * field that is set; the value of an {@code x-ms-secret} property is never written, only whether it
 * is set, and a byte array is written as its length.
 */
final class ValueMethodsEmitter {
  private final TypeIndex index;
  private final JavaTypes types;
  private final AdditionalPropertiesEmitter additional;

  ValueMethodsEmitter(TypeIndex index, JavaTypes types) {
    this.index = index;
    this.types = types;
    this.additional = new AdditionalPropertiesEmitter(index, types);
  }

  /** The three methods, in that order. */
  List<MethodSpec> of(ObjectModel model) {
    List<Field> fields = fields(model);
    boolean child = index.parent(model).isPresent();
    return List.of(
        equalsMethod(model, fields, child),
        hashCodeMethod(fields, child),
        toStringMethod(model, fields, child));
  }

  /** A field of the class: its name, whether it holds bytes, whether its value is secret. */
  private record Field(String name, boolean bytes, boolean secret) {}

  private List<Field> fields(ObjectModel model) {
    List<Field> out = new ArrayList<>();
    for (PropertyModel p : index.fields(model)) {
      out.add(new Field(PropertyEmitter.fieldName(p), isBytes(p.type()), p.secret()));
    }
    if (model.additionalProperties() != null) {
      out.add(new Field(additional.fieldName(model), false, false));
    }
    return out;
  }

  private static boolean isBytes(TypeRef type) {
    return type instanceof TypeRef.Scalar s
        && (s.primitive() == TypeRef.Primitive.BYTE_ARRAY
            || s.primitive() == TypeRef.Primitive.BASE64_URL);
  }

  private MethodSpec equalsMethod(ObjectModel model, List<Field> fields, boolean child) {
    ClassName self = types.named(model.name());
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("equals")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(Object.class, "other")
            .addJavadoc(
                JavadocWriter.summary(
                        "Whether {@code other} is a {@code "
                            + model.name()
                            + "} of the same class with equal properties.")
                    .build())
            .beginControlFlow("if (this == other)")
            .addStatement("return true")
            .endControlFlow()
            .beginControlFlow("if (other == null || getClass() != other.getClass())")
            .addStatement("return false")
            .endControlFlow();
    if (child) {
      method
          .beginControlFlow("if (!super.equals(other))")
          .addStatement("return false")
          .endControlFlow();
    }
    if (fields.isEmpty()) {
      return method.addStatement("return true").build();
    }
    method.addStatement("$T that = ($T) other", self, self);
    CodeBlock.Builder all = CodeBlock.builder();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      all.add(i == 0 ? "" : "\n&& ")
          .add(
              "$T.equals(this.$N, that.$N)",
              f.bytes() ? Arrays.class : Objects.class,
              f.name(),
              f.name());
    }
    return method.addStatement("return $L", all.build()).build();
  }

  private static MethodSpec hashCodeMethod(List<Field> fields, boolean child) {
    CodeBlock.Builder values = CodeBlock.builder();
    List<CodeBlock> parts = new ArrayList<>();
    if (child) {
      parts.add(CodeBlock.of("super.hashCode()"));
    }
    for (Field f : fields) {
      parts.add(
          f.bytes()
              ? CodeBlock.of("$T.hashCode(this.$N)", Arrays.class, f.name())
              : CodeBlock.of("this.$N", f.name()));
    }
    values.add(CodeBlock.join(parts, ", "));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("hashCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.INT)
            .addJavadoc(
                JavadocWriter.summary("A hash code consistent with {@link #equals}.").build());
    return (parts.isEmpty()
            ? method.addStatement("return 0")
            : method.addStatement("return $T.hash($L)", Objects.class, values.build()))
        .build();
  }

  private static MethodSpec toStringMethod(ObjectModel model, List<Field> fields, boolean child) {
    MethodSpec.Builder method =
        MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addJavadoc(
                JavadocWriter.summary(
                        "The class and the properties that are set"
                            + (child ? ", then the parent's" : "")
                            + "; secret values are not written.")
                    .build())
            .addStatement(
                "$T out = new $T($S)", StringBuilder.class, StringBuilder.class, model.name() + "{");
    if (!fields.isEmpty()) {
      method.addStatement("String separator = $S", "");
    }
    for (Field f : fields) {
      method.beginControlFlow("if (this.$N != null)", f.name());
      if (f.secret()) {
        method.addStatement("out.append(separator).append($S)", f.name() + "=(secret)");
      } else if (f.bytes()) {
        method.addStatement(
            "out.append(separator).append($S).append(this.$N.length).append($S)",
            f.name() + "=(",
            f.name(),
            " bytes)");
      } else {
        method.addStatement(
            "out.append(separator).append($S).append(this.$N)", f.name() + "=", f.name());
      }
      method.addStatement("separator = $S", ", ").endControlFlow();
    }
    method.addStatement("out.append('}')");
    if (child) {
      method.addStatement("out.append($S).append(super.toString())", " extends ");
    }
    return method.addStatement("return out.toString()").build();
  }
}
