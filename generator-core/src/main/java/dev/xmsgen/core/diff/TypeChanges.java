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

/**
 * Models and enums matched by name, then the rest by shape (renames); enums compared value by
 * value.
 */
final class TypeChanges extends DiffPart {
  TypeChanges(DiffState state) {
    super(state);
  }

  void types() {
    Map<String, TypeDef> before = new LinkedHashMap<>();
    oldApi.types().forEach(t -> before.put(t.name(), t));
    Map<String, TypeDef> after = new LinkedHashMap<>();
    newApi.types().forEach(t -> after.put(t.name(), t));
    List<TypeDef> removed = new ArrayList<>();
    List<TypeDef> added = new ArrayList<>();
    List<TypeDef[]> pairs = new ArrayList<>();
    for (TypeDef t : before.values()) {
      TypeDef n = after.get(t.name());
      if (n != null && n.getClass() == t.getClass()) {
        pairs.add(new TypeDef[] {t, n});
      } else {
        removed.add(t);
      }
    }
    for (TypeDef t : after.values()) {
      TypeDef o = before.get(t.name());
      if (o == null || o.getClass() != t.getClass()) {
        added.add(t);
      }
    }
    // a type whose shape is unchanged under a new name is a rename, when the match is unique
    Map<String, List<TypeDef>> addedByShape = new HashMap<>();
    added.forEach(t -> addedByShape.computeIfAbsent(shape(t), k -> new ArrayList<>()).add(t));
    Map<String, Long> removedShapes =
        removed.stream().collect(Collectors.groupingBy(this::shape, Collectors.counting()));
    for (TypeDef t : List.copyOf(removed)) {
      String shape = shape(t);
      List<TypeDef> candidates = addedByShape.getOrDefault(shape, List.of());
      if (candidates.size() > 1) {
        // several new types of that shape: the one used where the old one was, if only one is
        Set<String> was = usages(oldApi, t.name());
        List<TypeDef> usedThere =
            candidates.stream().filter(c -> usages(newApi, c.name()).stream().anyMatch(was::contains))
                .toList();
        candidates = usedThere;
      }
      if (candidates.size() == 1 && removedShapes.get(shape) == 1) {
        TypeDef n = candidates.get(0);
        addedByShape.get(shape).remove(n);
        renames.put(t.name(), n.name());
        removed.remove(t);
        added.remove(n);
        pairs.add(new TypeDef[] {t, n});
        boolean isEnum = t instanceof EnumModel;
        add(
            isEnum ? ChangeKind.ENUM_RENAMED : ChangeKind.MODEL_RENAMED,
            true,
            ns.typeName(n.name()),
            t.source(),
            n.source(),
            (isEnum ? "enum " : "model ") + os.typeName(t.name()) + " is now " + ns.typeName(n.name())
                + ", with the same " + (isEnum ? "values" : "properties"));
      }
    }
    if (!renames.isEmpty()) {
      state.renamePattern =
          Pattern.compile(
              "\\b(" + renames.keySet().stream().map(Pattern::quote).collect(Collectors.joining("|"))
                  + ")\\b");
    }
    for (TypeDef t : removed) {
      boolean isEnum = t instanceof EnumModel;
      add(
          isEnum ? ChangeKind.ENUM_REMOVED : ChangeKind.MODEL_REMOVED,
          true,
          os.typeName(t.name()),
          t.source(),
          null,
          (isEnum ? "enum " : "model ") + t.name() + " is gone");
    }
    for (TypeDef t : added) {
      boolean isEnum = t instanceof EnumModel;
      add(
          isEnum ? ChangeKind.ENUM_ADDED : ChangeKind.MODEL_ADDED,
          false,
          ns.typeName(t.name()),
          null,
          t.source(),
          "new " + (isEnum ? "enum " : "model ") + t.name());
    }
    for (TypeDef[] p : pairs) {
      if (p[0] instanceof ObjectModel o && p[1] instanceof ObjectModel n) {
        new ModelChanges(state).object(o, n);
      } else if (p[0] instanceof EnumModel o && p[1] instanceof EnumModel n) {
        enumeration(o, n);
      }
    }
  }

  /** Where a type is used: {@code Owner#javaName} of each property whose type refers to it. */
  Set<String> usages(ApiModel api, String typeName) {
    Set<String> out = new HashSet<>();
    for (TypeDef t : api.types()) {
      if (t instanceof ObjectModel o) {
        for (PropertyModel p : o.properties()) {
          if (refersTo(p.type(), typeName)) {
            out.add(o.name() + "#" + p.javaName());
          }
        }
      }
    }
    return out;
  }

  boolean refersTo(TypeRef t, String name) {
    if (t instanceof TypeRef.Named n) {
      return n.name().equals(name);
    }
    if (t instanceof TypeRef.ListOf l) {
      return refersTo(l.element(), name);
    }
    return t instanceof TypeRef.MapOf m && refersTo(m.value(), name);
  }

  String shape(TypeDef t) {
    if (t instanceof EnumModel e) {
      return "enum " + e.open() + " " + e.wireType() + " "
          + e.values().stream().map(EnumModel.EnumValue::wireValue).sorted().toList();
    }
    ObjectModel o = (ObjectModel) t;
    return "object " + o.parent() + " " + o.discriminatorValue() + " "
        + o.properties().stream()
            .map(p -> p.wireName() + ":" + p.javaName() + ":" + p.type() + ":" + p.required() + ":"
                + p.readOnly() + ":" + p.flatten())
            .sorted()
            .toList()
        + " " + o.additionalProperties();
  }

  void enumeration(EnumModel o, EnumModel n) {
    String type = ns.typeName(n.name());
    if (o.open() != n.open()) {
      // same-name enums are merged, open if any place is: the cause may be another place
      SourceRef oldPlace = mergedPlace(oldApi, o);
      SourceRef newPlace = mergedPlace(newApi, n);
      String merged =
          newPlace != null
              ? " (the enum of the same name at " + newPlace + " is modelAsString: " + n.open()
                  + ", and same-name enums are merged)"
              : oldPlace != null
                  ? " (the enum of the same name at " + oldPlace + " was modelAsString: " + o.open()
                      + ", and same-name enums are merged)"
                  : "";
      add(
          ChangeKind.ENUM_MODEL_AS_STRING_CHANGED,
          true,
          type,
          oldPlace != null ? oldPlace : o.source(),
          newPlace != null ? newPlace : n.source(),
          (n.open()
                  ? "modelAsString: true: now a class of constants, not a Java enum (switch"
                      + " statements and values() break; unknown values are kept)"
                  : "modelAsString: false: now a Java enum, not a class of constants (fromString"
                      + " and unknown values are gone)")
              + merged);
    }
    Map<String, EnumModel.EnumValue> after = new LinkedHashMap<>();
    n.values().forEach(v -> after.put(v.wireValue(), v));
    for (EnumModel.EnumValue v : o.values()) {
      EnumModel.EnumValue w = after.remove(v.wireValue());
      if (w == null) {
        add(
            ChangeKind.ENUM_VALUE_REMOVED,
            true,
            type + "." + v.javaName(),
            o.source().child("enum"),
            null,
            "value \"" + v.wireValue() + "\" is gone");
      } else if (!w.javaName().equals(v.javaName())) {
        add(
            ChangeKind.ENUM_VALUE_RENAMED,
            true,
            type + "." + w.javaName(),
            o.source().child("enum"),
            n.source().child("enum"),
            "value \"" + v.wireValue() + "\" is the constant " + w.javaName() + ", not " + v.javaName());
      }
    }
    for (EnumModel.EnumValue w : after.values()) {
      add(
          ChangeKind.ENUM_VALUE_ADDED,
          !n.open(),
          type + "." + w.javaName(),
          null,
          n.source().child("enum"),
          "new value \"" + w.wireValue() + "\""
              + (n.open()
                  ? " (open enum: unknown values were already kept)"
                  : " (behaviour: a closed enum, so exhaustive switches miss it and older code"
                      + " cannot have handled it)"));
    }
  }

  /** Another place of a merged enum that made it open (or closed), from the merge warning. */
  SourceRef mergedPlace(ApiModel api, EnumModel e) {
    String prefix = "enum " + e.name() + " is also defined at " + e.source() + " with ";
    String flag = "modelAsString " + e.open() + " (there: " + !e.open() + ")";
    return api.warnings().stream()
        .filter(w -> w.message().startsWith(prefix) && w.message().contains(flag))
        .map(w -> w.source())
        .findFirst()
        .orElse(null);
  }
}
