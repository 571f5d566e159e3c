package dev.xmsgen.core.docs;

import dev.xmsgen.core.docs.ReferencePage.PropertyRow;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.AccessorNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The properties table of a resource model: every property a caller reaches from it, inherited
 * ones first, a flattened property replaced by what it exposes on the outer class, and the
 * properties of nested models under their parent's getter (down to {@link #MAX_DEPTH} levels, a
 * model already on the way not again).
 */
final class PropertyRows {

  /** How many getters deep a row may be. */
  static final int MAX_DEPTH = 3;

  /** How many models deep the search for ARM ids goes. */
  static final int MAX_WALK = 8;

  private final ApiModel api;

  PropertyRows(ApiModel api) {
    this.api = api;
  }

  /** The rows of a model; none when {@code modelName} is no model class. */
  List<PropertyRow> of(String modelName) {
    List<PropertyRow> rows = new ArrayList<>();
    for (Reachable r : reachable(modelName)) {
      if (r.accessor() != null && r.depth() <= MAX_DEPTH) {
        PropertyModel leaf = r.property();
        rows.add(
            new PropertyRow(
                r.accessor(),
                r.wire(),
                TypeText.of(leaf.type()),
                r.readOnly(),
                leaf.required(),
                enumValues(leaf.type()),
                leaf.description()));
      }
    }
    return rows;
  }

  /** What one getter of a model reaches: the property at the end and the path to it. */
  private record Reached(String getter, String wire, PropertyModel leaf, boolean readOnly) {}

  /**
   * A property reachable from a resource model.
   *
   * @param accessor the getter chain, or {@code null} when the way passes through a list or map
   * @param wire the JSON path, {@code []} marking a list's elements and {@code {}} a map's values
   * @param property the property
   * @param readOnly read-only itself or on the way
   * @param depth how many models deep: 1 for the resource model's own
   */
  record Reachable(
      String accessor, String wire, PropertyModel property, boolean readOnly, int depth) {}

  /** Every property reachable from {@code modelName}, a model already on the way not again. */
  List<Reachable> reachable(String modelName) {
    List<Reachable> out = new ArrayList<>();
    if (api.type(modelName).orElse(null) instanceof ObjectModel m) {
      walk(m, null, new HashSet<>(Set.of(m.name())), out);
    }
    return out;
  }

  private void walk(ObjectModel model, Reachable via, Set<String> visiting, List<Reachable> out) {
    forEachReached(
        model,
        r -> {
          Reachable here =
              via == null
                  ? new Reachable(r.getter() + "()", r.wire(), r.leaf(), r.readOnly(), 1)
                  : new Reachable(
                      via.accessor() == null || !(via.property().type() instanceof TypeRef.Named)
                          ? null
                          : via.accessor() + "." + r.getter() + "()",
                      via.wire() + elements(via.property().type()) + "." + r.wire(),
                      r.leaf(),
                      via.readOnly() || r.readOnly(),
                      via.depth() + 1);
          out.add(here);
          String nested = TypeText.named(r.leaf().type());
          if (nested != null
              && here.depth() < MAX_WALK
              && api.type(nested).orElse(null) instanceof ObjectModel child
              && visiting.add(child.name())) {
            walk(child, here, visiting, out);
            visiting.remove(child.name());
          }
        });
  }

  private static String elements(TypeRef type) {
    if (type instanceof TypeRef.ListOf l) {
      return "[]" + elements(l.element());
    } else if (type instanceof TypeRef.MapOf m) {
      return "{}" + elements(m.value());
    }
    return "";
  }

  /** Each getter of {@code model}, inherited ones first, in declaration order. */
  private void forEachReached(ObjectModel model, Consumer<Reached> action) {
    for (ObjectModel c : chain(model)) {
      for (PropertyModel p : c.properties()) {
        if (!p.flatten()) {
          action.accept(
              new Reached(
                  AccessorNames.getter(p.javaName()), p.wireName(), p, p.readOnly()));
          continue;
        }
        for (FlattenedProperty f : c.flattened()) {
          if (f.steps().get(0).property().wireName().equals(p.wireName())) {
            StringBuilder wire = new StringBuilder();
            boolean readOnly = false;
            for (FlattenedProperty.Step s : f.steps()) {
              wire.append(s.property().wireName()).append('.');
              readOnly |= s.property().readOnly();
            }
            wire.append(f.leaf().wireName());
            action.accept(
                new Reached(
                    AccessorNames.getter(f.javaName()),
                    wire.toString(),
                    f.leaf(),
                    readOnly || f.leaf().readOnly()));
          }
        }
      }
    }
  }

  /** The model and its ancestors, the root first. */
  private List<ObjectModel> chain(ObjectModel model) {
    Deque<ObjectModel> chain = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    ObjectModel at = model;
    while (at != null && seen.add(at.name())) {
      chain.addFirst(at);
      TypeDef parent = at.parent() == null ? null : api.type(at.parent()).orElse(null);
      at = parent instanceof ObjectModel o ? o : null;
    }
    return List.copyOf(chain);
  }

  private List<String> enumValues(TypeRef type) {
    String name = TypeText.named(type);
    TypeDef def = name == null ? null : api.type(name).orElse(null);
    if (def instanceof EnumModel e) {
      return e.values().stream().map(EnumModel.EnumValue::wireValue).toList();
    }
    return List.of();
  }
}
