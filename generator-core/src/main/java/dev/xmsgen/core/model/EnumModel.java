package dev.xmsgen.core.model;

import java.util.List;

/**
 * An enumeration.
 *
 * @param name Java simple name (from {@code x-ms-enum.name}, or derived deterministically)
 * @param source where it was defined
 * @param description the spec's description, or empty
 * @param open {@code true} for {@code modelAsString: true}: unknown wire values are kept
 * @param wireType the scalar the values are written as ({@code STRING}, {@code INT32}, ...)
 * @param values the known values, in spec order
 */
public record EnumModel(
    String name,
    SourceRef source,
    String description,
    boolean open,
    TypeRef.Primitive wireType,
    List<EnumValue> values)
    implements TypeDef {

  public EnumModel {
    values = List.copyOf(values);
  }

  /**
   * One known value.
   *
   * @param wireValue the value as written on the wire (a number as its JSON text)
   * @param javaName the Java constant name
   * @param description from {@code x-ms-enum.values[].description}, or empty
   */
  public record EnumValue(String wireValue, String javaName, String description) {}
}
