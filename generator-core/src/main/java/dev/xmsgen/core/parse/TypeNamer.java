package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.naming.JavaNames;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every drafted type its Java simple name, deterministically.
 *
 * <p>Names the spec gives (definition names, {@code x-ms-enum.name}, names fixed by an operation)
 * are claimed first, then names made for anonymous schemas (holder's name + property name); within
 * each tier in order of file name, then JSON pointer, then full path. A name already claimed gets
 * the next free number ({@code Resource}, {@code Resource2}), with a warning naming both places.
 * Names go through {@link JavaNames#typeName}, so {@code Error} becomes {@code ErrorModel}. Names
 * are unique ignoring case, since they become file names.
 */
final class TypeNamer {
  private final TypeDrafts drafts;
  private final Diagnostics diagnostics;
  private final UniqueNames scope = UniqueNames.ignoringCase();
  private final Map<String, Slot> slots = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, SourceRef> claimedBy = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();

  private record Slot(String key, NameHint hint, Node node) {}

  TypeNamer(TypeDrafts drafts, Diagnostics diagnostics) {
    this.drafts = drafts;
    this.diagnostics = diagnostics;
  }

  /** The Java name of every draft key. */
  Map<String, String> nameAll() {
    for (ObjectDraft d : drafts.objects().values()) {
      slots.put(d.key, new Slot(d.key, d.hint, d.node));
    }
    for (List<EnumDraft> places : drafts.enums().values()) {
      EnumDraft first = places.stream().min(Comparator.comparing(e -> order(e.node()))).get();
      boolean given = places.stream().anyMatch(e -> e.hint() instanceof NameHint.Given);
      NameHint hint =
          given
              ? places.stream()
                  .filter(e -> e.hint() instanceof NameHint.Given)
                  .min(Comparator.comparing(e -> order(e.node())))
                  .get()
                  .hint()
              : first.hint();
      slots.put(first.key(), new Slot(first.key(), hint, first.node()));
    }
    List<Slot> sorted = new ArrayList<>(slots.values());
    sorted.sort(
        Comparator.comparing((Slot s) -> s.hint() instanceof NameHint.Given ? 0 : 1)
            .thenComparing(s -> order(s.node())));
    for (Slot s : sorted) {
      name(s);
    }
    return names;
  }

  /** The scope of type names, for clients and parameter groups that share the package. */
  UniqueNames scope() {
    return scope;
  }

  private String name(Slot slot) {
    String known = names.get(slot.key());
    if (known != null) {
      return known;
    }
    String desired;
    if (slot.hint() instanceof NameHint.Owned owned && inProgress.add(slot.key())) {
      Slot owner = slots.get(owned.ownerKey());
      desired = (owner == null ? "" : name(owner)) + owned.suffix();
      inProgress.remove(slot.key());
    } else if (slot.hint() instanceof NameHint.Given given) {
      desired = given.name();
    } else {
      desired = slot.node().name();
    }
    String base = JavaNames.typeName(desired);
    String name = scope.claim(base);
    SourceRef here = slot.node().source();
    if (!name.equals(base)) {
      diagnostics.warn(
          here,
          "the type name " + base + " is already taken by " + claimedBy.get(lower(base))
              + "; this type is named " + name);
    }
    claimedBy.put(lower(name), here);
    names.put(slot.key(), name);
    return name;
  }

  /** Sort key: file name, pointer, then full path (two folders may hold files of one name). */
  private static String order(Node node) {
    return node.doc().fileName() + "\u0000" + node.pointer() + "\u0000" + node.doc().path();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
