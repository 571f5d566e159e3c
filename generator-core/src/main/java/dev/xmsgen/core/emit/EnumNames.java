package dev.xmsgen.core.emit;

import dev.xmsgen.core.model.EnumModel;

/**
 * The members every generated enum has, open or closed: {@code fromString(String)} and {@code
 * toString()} (the {@code @JsonValue}) for string enums; {@code fromValue(T)} and {@code
 * getValue()} (the {@code @JsonValue}) for numeric and boolean ones, whose {@code toString()} is
 * the value's text.
 */
public final class EnumNames {
  private EnumNames() {}

  /** The {@code @JsonCreator} factory: {@code fromString} or {@code fromValue}. */
  public static String factory(JavaTypes types, EnumModel model) {
    return types.isStringEnum(model.wireType()) ? "fromString" : "fromValue";
  }

  /**
   * A closed enum's factory that answers {@code null} for a value it does not list: {@code
   * fromStringOrNull} or {@code fromValueOrNull}.
   */
  public static String lenientFactory(JavaTypes types, EnumModel model) {
    return factory(types, model) + "OrNull";
  }

  /** The {@code @JsonValue} method: {@code toString} or {@code getValue}. */
  public static String jsonValue(JavaTypes types, EnumModel model) {
    return types.isStringEnum(model.wireType()) ? "toString" : "getValue";
  }
}
