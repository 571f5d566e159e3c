package dev.xmsgen.core.naming;

/**
 * How generated members are named, from a property's Java name: {@code getX} getters,
 * {@code setX} setters, and {@code innerX} for the private field that holds a flattened object.
 */
public final class AccessorNames {
  private AccessorNames() {}

  /**
   * {@code getName}, for booleans too ({@code getEnabled}): the generated types hold boxed values,
   * and a bean tool (Jackson, Spring, a mapper) reads {@code isX} only for primitive booleans.
   */
  public static String getter(String javaName) {
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
