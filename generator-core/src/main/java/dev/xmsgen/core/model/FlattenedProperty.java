package dev.xmsgen.core.model;

import java.util.List;

/**
 * A property that a model exposes as its own although it lives in a nested object on the wire
 * ({@code x-ms-client-flatten}).
 *
 * @param javaName the accessor name on the outer class, unique among its properties
 * @param path the Java names of the flattened properties walked from the outer class, outermost
 *     first; one element for a single level, more for flattening inside flattening
 * @param leaf the property reached at the end of the path
 */
public record FlattenedProperty(String javaName, List<String> path, PropertyModel leaf) {
  public FlattenedProperty {
    path = List.copyOf(path);
  }
}
