package dev.xmsgen.core.model;

import java.util.List;

/**
 * A property that a model exposes as its own although it lives in a nested object on the wire
 * ({@code x-ms-client-flatten}), with the path to it resolved: the emitters follow the steps and
 * never look a path up by name.
 *
 * @param javaName the accessor name on the outer class, unique among its properties
 * @param steps the flattened properties walked from the outer class, outermost first; one for a
 *     single level, more for flattening inside flattening. The first is declared by the outer class
 *     itself.
 * @param leaf the property reached at the end of the path
 * @param leafOwner the class that declares {@code leaf}: the last step's target or an ancestor of it
 */
public record FlattenedProperty(
    String javaName, List<Step> steps, PropertyModel leaf, String leafOwner) {

  public FlattenedProperty {
    steps = List.copyOf(steps);
  }

  /**
   * One step of a path.
   *
   * @param owner the class that declares {@code property} (the class the path is at, or an
   *     ancestor of it)
   * @param property a flattened property
   * @param target the model class of {@code property}'s value, where the path goes on
   */
  public record Step(String owner, PropertyModel property, String target) {}

  /** The Java names of the steps' properties, outermost first. */
  public List<String> path() {
    return steps.stream().map(s -> s.property().javaName()).toList();
  }
}
