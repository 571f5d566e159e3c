package dev.xmsgen.core.naming;

import dev.xmsgen.core.model.TypeRef;

/**
 * How generated members are named, from a property's Java name: {@code getX}/{@code isX} getters,
 * {@code setX} setters, and {@code innerX} for the private field that holds a flattened object.
 */
public final class AccessorNames {
  private AccessorNames() {}

  /**
   * {@code isEnabled} for a boolean (kept as is when the name already reads {@code isX}), {@code
   * getName} for everything else.
   */
  public static String getter(String javaName, TypeRef type) {
    if (type instanceof TypeRef.Scalar s && s.primitive() == TypeRef.Primitive.BOOLEAN) {
      boolean readsIs =
          javaName.length() > 2
              && javaName.startsWith("is")
              && Character.isUpperCase(javaName.charAt(2));
      return readsIs ? javaName : "is" + capitalize(javaName);
    }
    return "get" + capitalize(javaName);
  }

  /** {@code setName}. */
  public static String setter(String javaName) {
    return "set" + capitalize(javaName);
  }

  /**
   * {@code innerProperties}: the private field of a flattened property, and its package accessor.
   */
  public static String inner(String javaName) {
    return "inner" + capitalize(javaName);
  }

  /** {@code innerPropertiesOrCreate}: the package accessor that creates the nested object. */
  public static String innerOrCreate(String javaName) {
    return inner(javaName) + "OrCreate";
  }

  private static String capitalize(String name) {
    return Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
