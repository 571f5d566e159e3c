package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.TypeRef.Primitive;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether an enum value fits the enum's wire type: a number or boolean wire type takes only values
 * that are (or spell) a finite number of that type, or a boolean. A string wire type takes any
 * value, written as its JSON text. The answer names the value's JSON type, never its content.
 */
final class EnumValueTypes {
  private EnumValueTypes() {}

  /** Why {@code value} cannot be a value of an enum of {@code wireType}, or {@code null}. */
  static String misfit(JsonNode value, Primitive wireType) {
    String text = SchemaShapes.wireText(value);
    boolean fits;
    switch (wireType) {
      case INT32:
        fits = parses(() -> Integer.parseInt(text));
        break;
      case INT64:
        fits = parses(() -> Long.parseLong(text));
        break;
      case FLOAT32:
        fits = parses(() -> {
          if (!Float.isFinite(Float.parseFloat(text))) {
            throw new NumberFormatException();
          }
        });
        break;
      case FLOAT64:
        fits = parses(() -> {
          if (!Double.isFinite(Double.parseDouble(text))) {
            throw new NumberFormatException();
          }
        });
        break;
      case DECIMAL:
        fits = parses(() -> new BigDecimal(text));
        break;
      case BOOLEAN:
        fits = text.equals("true") || text.equals("false");
        break;
      default:
        return null;
    }
    return fits
        ? null
        : "enum value is " + jsonType(value) + ", which is not "
            + wireType.name().toLowerCase(Locale.ROOT).replace("32", " (32-bit)")
                .replace("64", " (64-bit)").replace("float", "number").replace("int", "integer")
            + " as the schema's type says";
  }

  private static String jsonType(JsonNode value) {
    if (value.isTextual()) {
      return "a string";
    }
    if (value.isBoolean()) {
      return "a boolean";
    }
    if (value.isIntegralNumber()) {
      return "an integer out of range";
    }
    if (value.isNumber()) {
      return "a number";
    }
    if (value.isArray()) {
      return "an array";
    }
    return value.isObject() ? "an object" : "of another JSON type";
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
