package dev.xmsgen.core.emit;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code x-ms-client-flatten} makes each class write, worked out for the whole API before any
 * class is written.
 *
 * <p>The paths are the ones the flattening pass put into the model; nothing here looks a name up
 * along a path. A flattened property is a private field of the nested type, {@code innerX}, written under its
 * wire name so JSON stays nested as on the wire. Each {@link FlattenedProperty} of a class becomes
 * a public getter that walks its path null-safely and, unless the leaf or a step is read-only, a
 * setter that creates the nested objects on first write. The class that declares the first step
 * reads its own field; every further step is a field of another class, which therefore gets
 * package-private accessors {@code innerX()} (read) and {@code innerXOrCreate()} (create on first
 * write) for it.
 */
final class FlatteningPlan {

  /**
   * One step of a path: a flattened property and the class that declares it.
   *
   * @param declaringClass the class whose private field holds the nested object
   * @param property the flattened property
   * @param target the nested object's class
   */
  record Step(ObjectModel declaringClass, PropertyModel property, ObjectModel target) {}

  /**
   * A flattened accessor of a class, resolved.
   *
   * @param property the accessor as the model gives it
   * @param steps the path, outermost first
   * @param leafClass the class that declares the leaf (the last step's target or an ancestor)
   * @param settable whether a setter is written: neither the leaf nor any step is read-only
   */
  record Path(
      FlattenedProperty property, List<Step> steps, ObjectModel leafClass, boolean settable) {

    /**
     * The wire names along the path and the leaf's, joined by dots: {@code properties.tenantId}.
     */
    String wirePath() {
      StringBuilder out = new StringBuilder();
      steps.forEach(s -> out.append(s.property().wireName()).append('.'));
      return out.append(property.leaf().wireName()).toString();
    }
  }

  private final TypeIndex index;

  /** {@code Class.javaName} of the flattened properties other classes read and create. */
  private final Set<String> read = new HashSet<>();

  private final Set<String> created = new HashSet<>();

  FlatteningPlan(ApiModel api, TypeIndex index) {
    this.index = index;
    for (TypeDef type : api.types()) {
      if (type instanceof ObjectModel model) {
        for (Path path : paths(model)) {
          for (Step step : path.steps().subList(1, path.steps().size())) {
            read.add(key(step.declaringClass(), step.property()));
            if (path.settable()) {
              created.add(key(step.declaringClass(), step.property()));
            }
          }
        }
      }
    }
  }

  /**
   * The flattened accessors {@code model} declares, in model order. Those whose first step is
   * inherited are left out: the superclass declares them and they are inherited.
   */
  List<Path> paths(ObjectModel model) {
    List<Path> out = new ArrayList<>();
    for (FlattenedProperty flattened : model.flattened()) {
      if (flattened.steps().get(0).owner().equals(model.name())) {
        out.add(path(flattened));
      }
    }
    return out;
  }

  /** Whether other classes read the nested object of that flattened property: {@code innerX()}. */
  boolean isReadFromOutside(ObjectModel owner, PropertyModel flattenedProperty) {
    return read.contains(key(owner, flattenedProperty));
  }

  /** Whether other classes create its nested object: {@code innerXOrCreate()}. */
  boolean isCreatedFromOutside(ObjectModel owner, PropertyModel flattenedProperty) {
    return created.contains(key(owner, flattenedProperty));
  }

  private static String key(ObjectModel owner, PropertyModel property) {
    return owner.name() + "." + property.javaName();
  }

  /** The path as the flattening pass resolved it, with the model classes looked up. */
  private Path path(FlattenedProperty flattened) {
    List<Step> steps = new ArrayList<>();
    boolean settable = true;
    for (FlattenedProperty.Step step : flattened.steps()) {
      steps.add(
          new Step(index.object(step.owner()), step.property(), index.object(step.target())));
      settable &= !step.property().readOnly();
    }
    ObjectModel leafClass = index.object(flattened.leafOwner());
    settable &= index.hasSetter(leafClass, flattened.leaf());
    return new Path(flattened, steps, leafClass, settable);
  }
}
