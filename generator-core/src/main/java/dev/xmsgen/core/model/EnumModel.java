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

  /** This {@code EnumModel} with another {@code name}. */
  public EnumModel withName(String name) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /** This {@code EnumModel} with another {@code source}. */
  public EnumModel withSource(SourceRef source) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /** This {@code EnumModel} with another {@code description}. */
  public EnumModel withDescription(String description) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /** This {@code EnumModel} with another {@code open}. */
  public EnumModel withOpen(boolean open) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /** This {@code EnumModel} with another {@code wireType}. */
  public EnumModel withWireType(TypeRef.Primitive wireType) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /** This {@code EnumModel} with another {@code values}. */
  public EnumModel withValues(List<EnumValue> values) {
    return new EnumModel(name, source, description, open, wireType, values);
  }

  /**
   * One known value.
   *
   * @param wireValue the value as written on the wire (a number as its JSON text)
   * @param javaName the Java constant name
   * @param description from {@code x-ms-enum.values[].description}, or empty
   */
  public record EnumValue(String wireValue, String javaName, String description) {

    /** This value with another {@code javaName}. */
    public EnumValue withJavaName(String javaName) {
      return new EnumValue(wireValue, javaName, description);
    }

    /** This value with another {@code description}. */
    public EnumValue withDescription(String description) {
      return new EnumValue(wireValue, javaName, description);
    }
  }
}
