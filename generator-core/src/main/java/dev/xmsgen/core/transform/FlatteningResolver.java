package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The flattening pass: works out {@code x-ms-client-flatten}, filling {@link ObjectModel#flattened()}
 * of every class with the properties it exposes from the objects it flattens, each with the steps of
 * its path resolved (which class declares each step, which class it leads to, which declares the
 * leaf), and clears {@link PropertyModel#flatten()} where flattening does not happen.
 *
 * <ul>
 *   <li>Flattening a property exposes every property of its type, inherited ones first, then its
 *       own; a nested property that is flattened too is walked through (the path grows), stopping
 *       where a type would repeat.
 *   <li>Flattening is ignored silently on scalars and enums (as AutoRest does), and with a warning
 *       on lists, maps, polymorphic types (the nested object's subtype would be lost) and types that
 *       have only {@code additionalProperties}.
 *   <li>An exposed property keeps its Java name unless the outer class, its ancestors (including
 *       what they expose) or its descendants already use it; then it is prefixed with the name of
 *       the outer class's flattened property it comes through ({@code properties} + {@code name}
 *       gives {@code propertiesName}, also for {@code properties.network.name}), and numbered if
 *       that is taken too.
 * </ul>
 */
public final class FlatteningResolver {

  /** The model with flattening resolved; warnings are added to the model's, sorted. */
  public ApiModel resolve(ApiModel model) {
    return new Run(model).resolve();
  }

  private static final class Run {
    private final ApiModel model;
    private final Map<String, ObjectModel> objects = new HashMap<>();
    private final Set<String> enums = new HashSet<>();
    private final Map<String, List<FlattenedProperty>> flattened = new HashMap<>();
    private final List<Diagnostic> warnings;

    Run(ApiModel model) {
      this.model = model;
      this.warnings = new ArrayList<>(model.warnings());
    }

    ApiModel resolve() {
      for (TypeDef t : model.types()) {
        if (t instanceof ObjectModel o) {
          objects.put(o.name(), o);
        } else {
          enums.add(t.name());
        }
      }
      boolean any = false;
      for (TypeDef t : model.types()) {
        if (t instanceof ObjectModel o && o.properties().stream().anyMatch(PropertyModel::flatten)) {
          any = true;
          break;
        }
      }
      if (!any) {
        return model;
      }
      Map<String, ObjectModel> normalized = new HashMap<>();
      for (ObjectModel o : objects.values()) {
        normalized.put(o.name(), withCheckedFlags(o));
      }
      objects.putAll(normalized);
      List<TypeDef> types = new ArrayList<>();
      for (TypeDef t : model.types()) {
        if (t instanceof ObjectModel o) {
          ObjectModel n = objects.get(o.name());
          types.add(n.withFlattened(flattenedOf(n)));
        } else {
          types.add(t);
        }
      }
      warnings.sort(null);
      return model.withTypes(types).withWarnings(warnings);
    }

    /** {@code o} with {@code flatten} cleared on every property that cannot be flattened. */
    private ObjectModel withCheckedFlags(ObjectModel o) {
      List<PropertyModel> properties = new ArrayList<>();
      boolean changed = false;
      for (PropertyModel p : o.properties()) {
        if (p.flatten() && !canFlatten(o, p)) {
          p = p.withFlatten(false);
          changed = true;
        }
        properties.add(p);
      }
      return changed ? o.withProperties(properties) : o;
    }

    private boolean canFlatten(ObjectModel owner, PropertyModel p) {
      TypeRef type = p.type();
      String why = null;
      if (type instanceof TypeRef.Scalar
          || type instanceof TypeRef.Named n && enums.contains(n.name())) {
        return false;
      } else if (type instanceof TypeRef.ListOf) {
        why = "a list cannot be flattened";
      } else if (type instanceof TypeRef.MapOf) {
        why = "its type has only additionalProperties";
      } else if (type instanceof TypeRef.Named n) {
        ObjectModel nested = objects.get(n.name());
        if (isPolymorphic(nested)) {
          why = nested.name() + " is polymorphic and its subtype would be lost";
        } else if (allProperties(nested).isEmpty()) {
          why =
              nested.additionalProperties() != null
                  ? nested.name() + " has only additionalProperties"
                  : nested.name() + " has no properties";
        }
      }
      if (why != null) {
        warnings.add(
            Diagnostic.warning(
                p.source(),
                "x-ms-client-flatten on " + owner.name() + "." + p.wireName() + " is ignored: "
                    + why));
        return false;
      }
      return true;
    }

    private static boolean isPolymorphic(ObjectModel o) {
      return o.discriminator() != null || o.discriminatorValue() != null;
    }

    /** What {@code o} exposes through its own flattened properties (memoized). */
    private List<FlattenedProperty> flattenedOf(ObjectModel o) {
      List<FlattenedProperty> known = flattened.get(o.name());
      if (known != null) {
        return known;
      }
      List<FlattenedProperty> out = new ArrayList<>();
      if (o.properties().stream().noneMatch(PropertyModel::flatten)) {
        flattened.put(o.name(), out);
        return out;
      }
      UniqueNames taken = UniqueNames.caseSensitive();
      for (ObjectModel a = parent(o); a != null; a = parent(a)) {
        a.properties().forEach(p -> taken.reserve(p.javaName()));
        flattenedOf(a).forEach(f -> taken.reserve(f.javaName()));
      }
      o.properties().forEach(p -> taken.reserve(p.javaName()));
      reserveDescendants(o, taken, new HashSet<>());
      for (PropertyModel p : o.properties()) {
        if (p.flatten()) {
          ObjectModel nested = objects.get(((TypeRef.Named) p.type()).name());
          Set<String> visiting = new HashSet<>(List.of(o.name(), nested.name()));
          List<FlattenedProperty.Step> path =
              List.of(new FlattenedProperty.Step(o.name(), p, nested.name()));
          collect(nested, path, visiting, taken, out);
        }
      }
      flattened.put(o.name(), out);
      return out;
    }

    private void collect(
        ObjectModel nested,
        List<FlattenedProperty.Step> path,
        Set<String> visiting,
        UniqueNames taken,
        List<FlattenedProperty> out) {
      for (Declared d : declaredProperties(nested)) {
        PropertyModel q = d.property();
        ObjectModel deeper =
            q.flatten() && q.type() instanceof TypeRef.Named n ? objects.get(n.name()) : null;
        if (deeper != null && !visiting.contains(deeper.name())) {
          List<FlattenedProperty.Step> longer = new ArrayList<>(path);
          longer.add(new FlattenedProperty.Step(d.owner(), q, deeper.name()));
          Set<String> deeperVisiting = new HashSet<>(visiting);
          deeperVisiting.add(deeper.name());
          collect(deeper, longer, deeperVisiting, taken, out);
          continue;
        }
        String name = q.javaName();
        if (taken.isTaken(name)) {
          name = JavaNames.camel(path.get(0).property().javaName() + JavaNames.pascal(name));
        }
        out.add(new FlattenedProperty(taken.claim(name), path, q, d.owner()));
      }
    }

    /** A property and the name of the class that declares it. */
    private record Declared(String owner, PropertyModel property) {}

    /** Inherited properties first, from the root down, then the class's own. */
    private List<Declared> declaredProperties(ObjectModel o) {
      List<ObjectModel> chain = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      for (ObjectModel a = o; a != null && seen.add(a.name()); a = parent(a)) {
        chain.add(0, a);
      }
      List<Declared> all = new ArrayList<>();
      chain.forEach(a -> a.properties().forEach(p -> all.add(new Declared(a.name(), p))));
      return all;
    }

    /** Inherited properties first, from the root down, then the class's own. */
    private List<PropertyModel> allProperties(ObjectModel o) {
      return declaredProperties(o).stream().map(Declared::property).toList();
    }

    private void reserveDescendants(ObjectModel o, UniqueNames taken, Set<String> seen) {
      for (String sub : o.subtypes()) {
        ObjectModel child = objects.get(sub);
        if (child != null && seen.add(sub)) {
          child.properties().forEach(p -> taken.reserve(p.javaName()));
          reserveDescendants(child, taken, seen);
        }
      }
    }

    private ObjectModel parent(ObjectModel o) {
      return o.parent() == null ? null : objects.get(o.parent());
    }
  }
}
