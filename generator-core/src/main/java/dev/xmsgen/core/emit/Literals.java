package dev.xmsgen.core.emit;

import com.palantir.javapoet.CodeBlock;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.TypeRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java expressions for values given as wire text: enum constants' values, discriminators and
 * constant request bodies.
 */
public final class Literals {
  private final TypeIndex index;
  private final JavaTypes types;

  Literals(TypeIndex index, JavaTypes types) {
    this.index = index;
    this.types = types;
  }

  /**
   * A string literal of {@code text}, which may come from a spec: JavaPoet's own literal, except
   * that a line or paragraph separator (U+2028, U+2029), at which JavaPoet would break the line
   * even inside the literal, becomes a literal of its own holding its Unicode escape, joined to the
   * rest with {@code +} (still a constant expression). {@code null} gives the literal {@code null}.
   */
  public static CodeBlock string(String text) {
    if (text == null || text.indexOf('\u2028') < 0 && text.indexOf('\u2029') < 0) {
      return CodeBlock.of("$S", text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2028' || c == '\u2029') {
        if (i > start) {
          parts.add(CodeBlock.of("$S", text.substring(start, i)));
        }
        parts.add(CodeBlock.of("$L", c == '\u2028' ? "\"\\u2028\"" : "\"\\u2029\""));
        start = i + 1;
      }
    }
    if (start < text.length()) {
      parts.add(CodeBlock.of("$S", text.substring(start)));
    }
    return CodeBlock.join(parts, " + ");
  }

  /**
   * A literal of an enum's wire type: a string literal, or a number or boolean of the wire type
   * ({@code 1}, {@code 1L}, {@code 1.5f}, {@code 1.5}, {@code new BigDecimal("1.5")}, {@code
   * true}).
   *
   * @throws IllegalStateException if the text is not a value of that type, which the validation
   *     pass lets no model through with
   */
  public static CodeBlock wireValue(TypeRef.Primitive wireType, String text) {
    try {
      switch (wireType) {
        case INT32:
          return CodeBlock.of("$L", Integer.parseInt(text));
        case INT64:
          return CodeBlock.of("$LL", Long.parseLong(text));
        case FLOAT32:
          return CodeBlock.of("$Lf", Float.toString(Float.parseFloat(text)));
        case FLOAT64:
          return CodeBlock.of("$L", Double.toString(Double.parseDouble(text)));
        case DECIMAL:
          return CodeBlock.of("new $T($S)", BigDecimal.class, new BigDecimal(text).toString());
        case BOOLEAN:
          if (!text.equals("true") && !text.equals("false")) {
            throw new NumberFormatException();
          }
          return CodeBlock.of("$L", text);
        default:
          return string(text);
      }
    } catch (NumberFormatException e) {
      throw new IllegalStateException(
          "'"
              + text
              + "' is not a "
              + wireType.name().toLowerCase(java.util.Locale.ROOT)
              + " value",
          e);
    }
  }

  /**
   * The value of a property of {@code type} whose wire text is {@code text}: a string literal, or
   * an enum's constant ({@code fromString} for a value an open enum does not know).
   *
   * @throws IllegalStateException if a closed enum has no such value, which the validation pass lets
   *     no model through with
   */
  CodeBlock value(TypeRef type, String text) {
    Optional<EnumModel> enumType = index.enumOf(type);
    if (enumType.isEmpty()) {
      return type instanceof TypeRef.Scalar s
          ? wireValue(s.primitive(), text)
          : string(text);
    }
    EnumModel e = enumType.get();
    Optional<EnumModel.EnumValue> known =
        e.values().stream().filter(v -> v.wireValue().equals(text)).findFirst();
    if (known.isPresent()) {
      return CodeBlock.of("$T.$N", types.named(e.name()), known.get().javaName());
    }
    if (!e.open()) {
      throw new IllegalStateException(
          e.source() + ": enum " + e.name() + " has no value '" + text + "'");
    }
    return CodeBlock.of(
        "$T.$N($L)",
        types.named(e.name()),
        EnumNames.factory(types, e),
        wireValue(e.wireType(), text));
  }
}
