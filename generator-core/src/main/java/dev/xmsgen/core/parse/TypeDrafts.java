package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every type drafted so far, and the type already worked out for each schema location. */
final class TypeDrafts {
  private final Map<String, TypeRef> byLocation = new HashMap<>();
  private final Map<String, ObjectDraft> objects = new LinkedHashMap<>();
  private final Map<String, List<EnumDraft>> enums = new LinkedHashMap<>();

  /** The type of the schema at that location ({@link Node#key()}), if already worked out. */
  TypeRef atLocation(String locationKey) {
    return byLocation.get(locationKey);
  }

  void remember(String locationKey, TypeRef type) {
    byLocation.put(locationKey, type);
  }

  void add(ObjectDraft draft) {
    objects.put(draft.key, draft);
    byLocation.put(draft.key, new TypeRef.Named(draft.key));
  }

  void add(EnumDraft draft) {
    enums.computeIfAbsent(draft.key(), k -> new ArrayList<>()).add(draft);
    byLocation.put(draft.node().key(), new TypeRef.Named(draft.key()));
  }

  /** The model class drafted under {@code key}, or {@code null} (an enum, or nothing). */
  ObjectDraft object(String key) {
    return objects.get(key);
  }

  /** The model class a type stands for, or {@code null} when it is not a model class. */
  ObjectDraft object(TypeRef type) {
    return type instanceof TypeRef.Named n ? objects.get(n.name()) : null;
  }

  Map<String, ObjectDraft> objects() {
    return objects;
  }

  /** The places of each enum, by key, in the order first met. */
  Map<String, List<EnumDraft>> enums() {
    return enums;
  }
}
