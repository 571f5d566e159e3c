package dev.xmsgen.core.emit;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code x-ms-client-flatten} makes each class write, worked out for the whole API before any
 * class is written.
 *
 * <p>A flattened property is a private field of the nested type, {@code innerX}, written under its
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
   *
   * @throws IllegalArgumentException if a path does not lead through flattened object properties to
   *     the leaf
   */
  List<Path> paths(ObjectModel model) {
    List<Path> out = new ArrayList<>();
    for (FlattenedProperty flattened : model.flattened()) {
      resolve(model, flattened).ifPresent(out::add);
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

  private Optional<Path> resolve(ObjectModel model, FlattenedProperty flattened) {
    if (flattened.path().isEmpty()) {
      throw invalid(model, flattened, "its path is empty");
    }
    String first = flattened.path().get(0);
    boolean own = index.fields(model).stream().anyMatch(p -> p.javaName().equals(first));
    if (!own) {
      if (index.fieldsWithInherited(model).stream().anyMatch(p -> p.javaName().equals(first))) {
        return Optional.empty();
      }
      throw invalid(model, flattened, "it has no property " + first);
    }
    List<Step> steps = new ArrayList<>();
    boolean settable = true;
    ObjectModel current = model;
    for (String name : flattened.path()) {
      ObjectModel owner = current;
      Declared step =
          declared(owner, name)
              .orElseThrow(
                  () -> invalid(model, flattened, owner.name() + " has no property " + name));
      if (!step.property().flatten()) {
        throw invalid(model, flattened, step.owner().name() + "." + name + " is not flattened");
      }
      ObjectModel target =
          index
              .objectOf(step.property().type())
              .orElseThrow(
                  () -> invalid(model, flattened, owner.name() + "." + name + " is not a model"));
      steps.add(new Step(step.owner(), step.property(), target));
      settable &= !step.property().readOnly();
      current = target;
    }
    ObjectModel last = current;
    Declared leaf =
        declared(last, flattened.leaf().javaName())
            .orElseThrow(
                () ->
                    invalid(
                        model,
                        flattened,
                        last.name() + " has no property " + flattened.leaf().javaName()));
    settable &= index.hasSetter(leaf.owner(), leaf.property());
    return Optional.of(new Path(flattened, steps, leaf.owner(), settable));
  }

  private record Declared(ObjectModel owner, PropertyModel property) {}

  /** The property of that Java name on {@code model} or its nearest ancestor declaring it. */
  private Optional<Declared> declared(ObjectModel model, String javaName) {
    for (ObjectModel m = model; m != null; m = index.parent(m).orElse(null)) {
      for (PropertyModel p : index.fields(m)) {
        if (p.javaName().equals(javaName)) {
          return Optional.of(new Declared(m, p));
        }
      }
    }
    return Optional.empty();
  }

  private static IllegalArgumentException invalid(
      ObjectModel model, FlattenedProperty flattened, String why) {
    return new IllegalArgumentException(
        model.source()
            + ": flattened property "
            + model.name()
            + "."
            + flattened.javaName()
            + " cannot be resolved: "
            + why);
  }
}
