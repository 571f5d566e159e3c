package dev.xmsgen.core.emit;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The API's types by name, with the questions the emitters ask about them: which class roots a
 * hierarchy, which properties a class declares as fields, which of them get public accessors.
 */
final class TypeIndex {
  private final Map<String, ObjectModel> objects = new HashMap<>();
  private final Map<String, EnumModel> enums = new HashMap<>();

  TypeIndex(ApiModel api) {
    for (TypeDef type : api.types()) {
      if (type instanceof ObjectModel o) {
        objects.put(o.name(), o);
      } else if (type instanceof EnumModel e) {
        enums.put(e.name(), e);
      }
    }
  }

  /** The model class of that name. */
  ObjectModel object(String name) {
    ObjectModel o = objects.get(name);
    if (o == null) {
      throw new IllegalStateException("no model named " + name);
    }
    return o;
  }

  /** The model class a reference names, if it names one (not an enum, list or scalar). */
  Optional<ObjectModel> objectOf(TypeRef type) {
    return type instanceof TypeRef.Named n
        ? Optional.ofNullable(objects.get(n.name()))
        : Optional.empty();
  }

  /** The enum a reference names, if it names one. */
  Optional<EnumModel> enumOf(TypeRef type) {
    return type instanceof TypeRef.Named n
        ? Optional.ofNullable(enums.get(n.name()))
        : Optional.empty();
  }

  /** Whether a value of that type holds model instances: a model, or lists and maps of them. */
  boolean containsModels(TypeRef type) {
    if (type instanceof TypeRef.ListOf l) {
      return containsModels(l.element());
    }
    if (type instanceof TypeRef.MapOf m) {
      return containsModels(m.value());
    }
    return objectOf(type).isPresent();
  }

  /** The superclass, if any. */
  Optional<ObjectModel> parent(ObjectModel model) {
    return model.parent() == null ? Optional.empty() : Optional.of(object(model.parent()));
  }

  /**
   * The class that declares the discriminator of the hierarchy {@code model} belongs to: itself or
   * its nearest ancestor with a discriminator.
   */
  Optional<ObjectModel> hierarchyRoot(ObjectModel model) {
    Set<String> seen = new LinkedHashSet<>();
    for (ObjectModel m = model; m != null && seen.add(m.name()); m = parent(m).orElse(null)) {
      if (m.discriminator() != null) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /**
   * The direct subclasses: the model's {@code subtypes} and every class whose parent it is, sorted
   * by name.
   */
  List<String> children(ObjectModel model) {
    TreeSet<String> out = new TreeSet<>(model.subtypes());
    objects.values().stream()
        .filter(o -> model.name().equals(o.parent()))
        .forEach(o -> out.add(o.name()));
    return List.copyOf(out);
  }

  /** Every class below {@code model}, depth first, children in name order. */
  List<ObjectModel> descendants(ObjectModel model) {
    List<ObjectModel> out = new ArrayList<>();
    collectDescendants(model, out, new LinkedHashSet<>(List.of(model.name())));
    return out;
  }

  private void collectDescendants(ObjectModel model, List<ObjectModel> out, Set<String> seen) {
    for (String name : children(model)) {
      if (seen.add(name)) {
        ObjectModel sub = object(name);
        out.add(sub);
        collectDescendants(sub, out, seen);
      }
    }
  }

  /**
   * The discriminator property of a hierarchy root: the declared property with the discriminator's
   * wire name, or a required string property made for it when the spec declares none.
   */
  PropertyModel discriminatorProperty(ObjectModel root) {
    return root.properties().stream()
        .filter(p -> p.wireName().equals(root.discriminator()))
        .findFirst()
        .orElseGet(
            () ->
                PropertyModel.of(
                        root.discriminator(),
                        JavaNames.camel(root.discriminator()),
                        TypeRef.of(TypeRef.Primitive.STRING),
                        root.source().child("discriminator"))
                    .withRequired(true));
  }

  /**
   * The properties a class declares as its own fields, in spec order: a hierarchy root's
   * discriminator comes first when the spec does not declare it; subclasses never repeat the
   * discriminator.
   */
  List<PropertyModel> fields(ObjectModel model) {
    List<PropertyModel> out = new ArrayList<>();
    Optional<ObjectModel> root = hierarchyRoot(model);
    if (root.isPresent() && root.get() == model) {
      PropertyModel discriminator = discriminatorProperty(model);
      if (!model.properties().contains(discriminator)) {
        out.add(discriminator);
      }
      out.addAll(model.properties());
    } else {
      String discriminator = root.map(ObjectModel::discriminator).orElse(null);
      model.properties().stream()
          .filter(p -> !p.wireName().equals(discriminator))
          .forEach(out::add);
    }
    return out;
  }

  /** The fields of a class and all its ancestors, nearest class first. */
  List<PropertyModel> fieldsWithInherited(ObjectModel model) {
    List<PropertyModel> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (ObjectModel m = model; m != null && seen.add(m.name()); m = parent(m).orElse(null)) {
      out.addAll(fields(m));
    }
    return out;
  }

  /** Whether {@code property} is the discriminator that {@code owner} declares. */
  boolean isDiscriminator(ObjectModel owner, PropertyModel property) {
    return owner.discriminator() != null && property.wireName().equals(owner.discriminator());
  }

  /** Whether a field gets a public getter: every property but a flattened one. */
  boolean hasGetter(PropertyModel property) {
    return !property.flatten();
  }

  /**
   * Whether a field gets a public setter: not when it is read-only, flattened, or the discriminator
   * (the constructor sets that).
   */
  boolean hasSetter(ObjectModel owner, PropertyModel property) {
    return !property.readOnly() && !property.flatten() && !isDiscriminator(owner, property);
  }
}
