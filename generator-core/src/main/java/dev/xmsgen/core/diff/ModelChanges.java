package dev.xmsgen.core.diff;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.emit.ApiSignatures;
import dev.xmsgen.core.emit.JavaMember;
import dev.xmsgen.core.emit.client.OperationSignatures;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.AccessorNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A model's accessors, its own and inherited, compared where they are declared. */
final class ModelChanges extends DiffPart {
  ModelChanges(DiffState state) {
    super(state);
  }

  /**
   * A public accessor pair of a model: a declared property or a flattened one.
   *
   * @param owner the class that declares it (the model itself or an ancestor)
   */
  record Accessor(
      String key, String javaName, PropertyModel property, String firstStep, ObjectModel owner) {}

  /** The accessors a class declares itself. */
  List<Accessor> declared(ObjectModel o) {
    List<Accessor> out = new ArrayList<>();
    for (PropertyModel p : o.properties()) {
      out.add(new Accessor(p.wireName(), p.javaName(), p, null, o));
    }
    for (FlattenedProperty f : o.flattened()) {
      out.add(
          new Accessor(
              String.join(".", f.path()) + "." + f.leaf().wireName(),
              f.javaName(),
              f.leaf(),
              f.path().get(0),
              o));
    }
    return out;
  }

  /** The accessors a caller can call on the class: its own, then its ancestors', by key. */
  Map<String, Accessor> effective(ApiModel api, ObjectModel o) {
    Map<String, Accessor> out = new LinkedHashMap<>();
    for (ObjectModel c : lineage(api, o)) {
      declared(c).forEach(a -> out.putIfAbsent(a.key(), a));
    }
    return out;
  }

  /** The class and its ancestors, nearest first. */
  List<ObjectModel> lineage(ApiModel api, ObjectModel o) {
    List<ObjectModel> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ObjectModel c = o; c != null && seen.add(c.name()); ) {
      out.add(c);
      c = c.parent() == null ? null : api.type(c.parent()).filter(ObjectModel.class::isInstance)
          .map(ObjectModel.class::cast).orElse(null);
    }
    return out;
  }

  List<JavaMember> accessorMembers(ApiSignatures sig, TypeDef owner, String javaName) {
    String getter = AccessorNames.getter(javaName);
    String wireValue = AccessorNames.wireValueGetter(javaName);
    String setter = AccessorNames.setter(javaName);
    return sig.members(owner).stream()
        .filter(
            m ->
                m.name().equals(getter)
                    || (m.name().equals(wireValue) && m.parameterTypes().isEmpty())
                    || (m.name().equals(setter) && m.parameterTypes().size() == 1))
        .map(m -> m.name().equals(setter) ? new JavaMember(m.name(), m.parameterTypes(), "") : m)
        .toList();
  }

  /** {@code property "name"}, or {@code flattened property tenantId (properties.tenantId)}. */
  String describe(Accessor a) {
    return a.firstStep() == null
        ? "property \"" + a.key() + "\""
        : "flattened property " + a.javaName() + " (" + a.key() + ")";
  }

  String getterSymbol(ApiSignatures sig, ObjectModel owner, String javaName) {
    return sig.typeName(owner.name()) + "#" + AccessorNames.getter(javaName) + "()";
  }

  void object(ObjectModel o, ObjectModel n) {
    String type = ns.typeName(n.name());
    if (!Objects.equals(o.parent() == null ? null : rename(o.parent()), n.parent())) {
      Set<String> ancestorsNow =
          lineage(newApi, n).stream().skip(1).map(ObjectModel::name).collect(Collectors.toSet());
      List<String> lostAncestors =
          lineage(oldApi, o).stream().skip(1).map(c -> rename(c.name()))
              .filter(c -> !ancestorsNow.contains(c)).toList();
      String now = n.parent() == null ? null : String.join(" extends ",
          lineage(newApi, n).stream().skip(1).map(ObjectModel::name).toList());
      add(
          ChangeKind.MODEL_PARENT_CHANGED,
          !lostAncestors.isEmpty(),
          type,
          o.source(),
          n.source(),
          (o.parent() == null ? "now extends " + now
              : n.parent() == null ? "no longer extends " + o.parent()
              : "extends " + now + " instead of " + o.parent())
              + (lostAncestors.isEmpty() ? "" : ": no longer a " + String.join(" or ", lostAncestors)));
    }
    if (!Objects.equals(o.discriminatorValue(), n.discriminatorValue())
        && o.discriminatorValue() != null && n.discriminatorValue() != null) {
      add(
          ChangeKind.DISCRIMINATOR_VALUE_CHANGED,
          true,
          type,
          o.source(),
          n.source(),
          "sent and recognized as \"" + n.discriminatorValue() + "\" instead of \""
              + o.discriminatorValue() + "\" (behaviour: the wire value changed)");
    }
    // flatten flips: report once, and leave out the accessors they move
    Set<String> flippedOld = new HashSet<>();
    Set<String> flippedNew = new HashSet<>();
    Map<String, PropertyModel> newByWire = new LinkedHashMap<>();
    n.properties().forEach(p -> newByWire.put(p.wireName(), p));
    for (PropertyModel p : o.properties()) {
      PropertyModel q = newByWire.get(p.wireName());
      if (q == null || p.flatten() == q.flatten()) {
        continue;
      }
      flippedOld.add(p.javaName());
      flippedNew.add(q.javaName());
      if (q.flatten()) {
        List<String> moved =
            n.flattened().stream()
                .filter(f -> f.path().get(0).equals(q.javaName()))
                .map(f -> AccessorNames.getter(f.javaName()) + "()")
                .toList();
        add(
            ChangeKind.FLATTEN_ADDED,
            true,
            getterSymbol(os, o, p.javaName()).replace(os.typeName(o.name()), type),
            p.source(),
            q.source(),
            "x-ms-client-flatten added: " + AccessorNames.getter(p.javaName())
                + "() is gone; its properties are now read on " + n.name()
                + (moved.isEmpty() ? "" : " (" + String.join(", ", moved) + ")"));
      } else {
        List<String> gone =
            o.flattened().stream()
                .filter(f -> f.path().get(0).equals(p.javaName()))
                .map(f -> AccessorNames.getter(f.javaName()) + "()")
                .toList();
        add(
            ChangeKind.FLATTEN_REMOVED,
            true,
            getterSymbol(ns, n, q.javaName()),
            p.source(),
            q.source(),
            "x-ms-client-flatten removed: the nested object is read through "
                + AccessorNames.getter(q.javaName()) + "()"
                + (gone.isEmpty() ? "" : "; gone from " + n.name() + ": " + String.join(", ", gone)));
      }
    }
    Map<String, Accessor> before = new LinkedHashMap<>();
    effective(oldApi, o).values().stream()
        .filter(a -> a.owner() != o
            || !flippedOld.contains(a.firstStep() == null ? a.javaName() : a.firstStep()))
        .forEach(a -> before.put(a.key(), a));
    Map<String, Accessor> after = new LinkedHashMap<>();
    effective(newApi, n).values().stream()
        .filter(a -> a.owner() != n
            || !flippedNew.contains(a.firstStep() == null ? a.javaName() : a.firstStep()))
        .forEach(a -> after.put(a.key(), a));
    List<Accessor> gone = new ArrayList<>();
    for (Accessor a : before.values()) {
      Accessor b = after.remove(a.key());
      if (b == null) {
        gone.add(a);
      } else if (a.owner() == o || b.owner() == n) {
        // an accessor both inherit is compared on the class that declares it
        property(o, n, a, b);
      }
    }
    // same Java name, other JSON key: the accessors stay
    for (Accessor a : gone) {
      Accessor b =
          after.values().stream()
              .filter(x -> x.javaName().equals(a.javaName()) && Objects.equals(x.firstStep(), a.firstStep()))
              .findFirst()
              .orElse(null);
      if (b != null) {
        after.remove(b.key());
        if (a.owner() == o || b.owner() == n) {
          add(
              ChangeKind.PROPERTY_RENAMED,
              false,
              getterSymbol(ns, n, b.javaName()),
              a.property().source(),
              b.property().source(),
              "JSON key \"" + b.property().wireName() + "\" instead of \"" + a.property().wireName()
                  + "\"; the Java accessors keep their names");
          property(o, n, a, b);
        }
        continue;
      }
      if (a.property().flatten() && a.owner() == o) {
        continue; // its accessors are the flattened ones, reported one by one
      }
      // an inherited accessor is reported here only if its declaring class kept it
      ObjectModel keeper = a.owner() == o ? null : object(newApi, rename(a.owner().name()));
      boolean here = a.owner() == o
          || (keeper != null && effective(newApi, keeper).containsKey(a.key()));
      if (!here) {
        continue;
      }
      add(
          ChangeKind.PROPERTY_REMOVED,
          true,
          getterSymbol(os, o, a.javaName()).replace(os.typeName(o.name()), type),
          a.property().source(),
          null,
          describe(a) + " is gone, and its accessors with it"
              + (a.owner() == o ? "" : " (it was inherited from " + a.owner().name() + ")"));
    }
    for (Accessor b : after.values()) {
      if (b.property().flatten() && b.owner() == n) {
        continue;
      }
      ObjectModel had = b.owner() == n ? null : object(oldApi, unrename(b.owner().name()));
      boolean here = b.owner() == n || (had != null && effective(oldApi, had).containsKey(b.key()));
      if (!here) {
        continue;
      }
      boolean needed = b.property().required() && !b.property().readOnly()
          && requestTypes().contains(n.name());
      add(
          ChangeKind.PROPERTY_ADDED,
          needed,
          getterSymbol(ns, n, b.javaName()),
          null,
          b.property().source(),
          "new " + describe(b)
              + (b.owner() == n ? "" : " (inherited from " + b.owner().name() + ")")
              + (needed ? ", required (behaviour: validate() fails until callers set it)" : ""));
    }
  }

  void property(ObjectModel o, ObjectModel n, Accessor a, Accessor b) {
    PropertyModel p = a.property();
    PropertyModel q = b.property();
    String symbol = getterSymbol(ns, n, b.javaName());
    List<JavaMember> was = accessorMembers(os, a.owner(), a.javaName());
    List<JavaMember> now = accessorMembers(ns, b.owner(), b.javaName());
    if (p.flatten() && q.flatten()) {
      return; // the nested object's class is private to the model; its accessors are compared
    }
    if (!a.javaName().equals(b.javaName())) {
      add(
          ChangeKind.PROPERTY_RENAMED,
          lost(was, now),
          symbol,
          p.source(),
          q.source(),
          "the accessors of \"" + a.key() + "\" are named for " + b.javaName() + ", not "
              + a.javaName() + " (was " + AccessorNames.getter(a.javaName()) + "())");
    }
    String wireValue = AccessorNames.wireValueGetter(a.javaName());
    if (a.javaName().equals(b.javaName())
        && sameType(p.type(), q.type())
        && was.stream().anyMatch(m -> m.name().equals(wireValue))
        && now.stream().noneMatch(m -> m.name().equals(wireValue))) {
      // the closed enum became open: it keeps unknown values itself, so the accessor goes
      add(
          ChangeKind.ENUM_MODEL_AS_STRING_CHANGED,
          true,
          ns.typeName(n.name()) + "#" + wireValue + "()",
          p.source(),
          q.source(),
          wireValue + "() is gone: " + ns.javaType(q.type()) + " is modelAsString: true now and"
              + " keeps a value it does not list itself (" + AccessorNames.getter(b.javaName())
              + "().toString())");
    }
    if (!sameType(p.type(), q.type())) {
      add(
          ChangeKind.PROPERTY_TYPE_CHANGED,
          lost(was, now),
          symbol,
          p.source(),
          q.source(),
          "type " + ns.javaType(q.type()) + " instead of " + os.javaType(p.type()));
    }
    if (!p.required() && q.required()) {
      boolean needed = !q.readOnly() && requestTypes().contains(n.name());
      add(
          ChangeKind.PROPERTY_BECAME_REQUIRED,
          needed,
          symbol,
          p.source(),
          q.source(),
          needed
              ? "now required (behaviour: validate() fails until callers set it)"
              : q.readOnly()
                  ? "now required, and read-only (nothing for callers to set)"
                  : "now required, in a model only responses carry (nothing for callers to set)");
    } else if (p.required() && !q.required()) {
      add(
          ChangeKind.PROPERTY_BECAME_OPTIONAL,
          false,
          symbol,
          p.source(),
          q.source(),
          "no longer required: responses may leave it out, so the getter may return null");
    }
    if (!p.readOnly() && q.readOnly()) {
      add(
          ChangeKind.PROPERTY_BECAME_READ_ONLY,
          lost(was, now),
          symbol,
          p.source(),
          q.source(),
          "now read-only: " + AccessorNames.setter(b.javaName()) + " is gone, and the value is"
              + " no longer sent");
    } else if (p.readOnly() && !q.readOnly()) {
      add(
          ChangeKind.PROPERTY_BECAME_WRITABLE,
          false,
          symbol,
          p.source(),
          q.source(),
          "no longer read-only: it gets " + AccessorNames.setter(b.javaName()) + ", and is sent");
    }
  }
}
