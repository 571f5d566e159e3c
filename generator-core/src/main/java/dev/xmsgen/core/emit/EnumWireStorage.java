package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a model keeps a closed enum's values: as the wire values themselves (text or number), not
 * the enum's constants, so a value the service sends that the enum does not list reads, and any
 * value goes back exactly as it came, letter case included. The accessors convert: the getter
 * gives the constant ({@code null} for a value not listed), the setter takes one, and {@code
 * getXWireValue()} gives what is held. A property, a list of them, or a map of them is kept so;
 * deeper nestings keep the constants.
 *
 * @param enumModel the closed enum
 * @param shape whether the property is one value, a list or a map of them
 */
record EnumWireStorage(EnumModel enumModel, Shape shape) {

  /** How the values are held. */
  enum Shape {
    ONE,
    LIST,
    MAP
  }

  /** The storage a property of {@code type} gets, or empty when it holds no closed enum. */
  static Optional<EnumWireStorage> of(TypeIndex index, TypeRef type) {
    if (type instanceof TypeRef.ListOf list) {
      return closed(index, list.element()).map(e -> new EnumWireStorage(e, Shape.LIST));
    }
    if (type instanceof TypeRef.MapOf map) {
      return closed(index, map.value()).map(e -> new EnumWireStorage(e, Shape.MAP));
    }
    return closed(index, type).map(e -> new EnumWireStorage(e, Shape.ONE));
  }

  private static Optional<EnumModel> closed(TypeIndex index, TypeRef type) {
    return index.enumOf(type).filter(e -> !e.open());
  }

  /** The field's type: {@code String}, {@code List<String>}, {@code Map<String, Long>}, ... */
  TypeName fieldType(JavaTypes types) {
    TypeName value = types.enumValue(enumModel.wireType());
    return switch (shape) {
      case ONE -> value;
      case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), value);
      case MAP ->
          ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), value);
    };
  }

  /**
   * The constants for the wire values {@code wire} holds: {@code SkuName.fromStringOrNull(wire)},
   * or the list or map of them.
   */
  CodeBlock read(JavaTypes types, CodeBlock wire) {
    ClassName e = types.named(enumModel.name());
    String lenient = EnumNames.lenientFactory(types, enumModel);
    return switch (shape) {
      case ONE -> CodeBlock.of("$T.$N($L)", e, lenient, wire);
      case LIST -> CodeBlock.of("$T.list($L, $T::$N)", RuntimeTypes.ENUM_VALUES, wire, e, lenient);
      case MAP -> CodeBlock.of("$T.map($L, $T::$N)", RuntimeTypes.ENUM_VALUES, wire, e, lenient);
    };
  }

  /**
   * The wire values of the constants {@code constants} holds: {@code c == null ? null :
   * c.toString()}, or the list or map of them.
   */
  CodeBlock write(JavaTypes types, String constants) {
    ClassName e = types.named(enumModel.name());
    String wire = EnumNames.jsonValue(types, enumModel);
    return switch (shape) {
      case ONE -> CodeBlock.of("$N == null ? null : $N.$N()", constants, constants, wire);
      case LIST ->
          CodeBlock.of("$T.list($N, $T::$N)", RuntimeTypes.ENUM_VALUES, constants, e, wire);
      case MAP -> CodeBlock.of("$T.map($N, $T::$N)", RuntimeTypes.ENUM_VALUES, constants, e, wire);
    };
  }

  /**
   * The summary of {@code getXWireValue()} for the JSON key or path {@code label}, whose plain
   * getter is {@code getter}.
   */
  String wireValueSummary(JavaTypes types, String label, String getter) {
    return "Gets "
        + JavadocWriter.code(label)
        + " as the service sent it (or as it was set)"
        + (types.isStringEnum(enumModel.wireType()) ? ", letter case included" : "")
        + ": values {@code "
        + enumModel.name()
        + "} does not list too, for which {@code "
        + getter
        + "()} gives {@code null}.";
  }

  /** The note on the accessors. */
  String note(String wireValueGetter) {
    String what = shape == Shape.ONE ? "the value" : "the values";
    return "A value the service sends that {@code "
        + enumModel.name()
        + "} does not list is kept: the getter gives {@code null} for it, {@code "
        + wireValueGetter
        + "()} "
        + what
        + " as held, and it is sent back as it came"
        + (shape == Shape.ONE ? "." : "; the getter gives a copy, changed through the setter.");
  }
}
