package dev.xmsgen.core.naming;

import java.util.List;
import java.util.stream.Stream;

/**
 * How generated members are named, from a property's Java name: {@code getX} getters,
 * {@code setX} setters, and {@code innerX} for the private field that holds a flattened object.
 */
public final class AccessorNames {
  /** The service client's accessor of its pipeline. */
  public static final String CLIENT_PIPELINE = "httpPipeline";

  /** The methods every class has from {@code Object}: no generated method may take one's name. */
  public static final List<String> OBJECT_METHODS =
      List.of(
          "clone",
          "equals",
          "finalize",
          "getClass",
          "hashCode",
          "notify",
          "notifyAll",
          "toString",
          "wait");

  /**
   * The service client's own members, and {@code Object}'s: no operation group's accessor may
   * have one of these names.
   */
  public static final List<String> CLIENT_MEMBERS =
      Stream.concat(Stream.of("builder", CLIENT_PIPELINE), OBJECT_METHODS.stream()).toList();

  private AccessorNames() {}

  /**
   * {@code getName}, for booleans too ({@code getEnabled}): the generated types hold boxed values,
   * and a bean tool (Jackson, Spring, a mapper) reads {@code isX} only for primitive booleans.
   */
  public static String getter(String javaName) {
    return "get" + capitalize(javaName);
  }

  /**
   * {@code getSkuNameWireValue}: a closed enum property's value as the service sent it, a value
   * the enum does not list included.
   */
  public static String wireValueGetter(String javaName) {
    return getter(javaName) + "WireValue";
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
