package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.AccessorNames;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names that Java would reject twice: two fields or two accessors of one class (a property whose
 * {@code x-ms-client-name} is another property's name), and two classes of the package
 * whose files would be one file (names compared ignoring case, as some file systems do).
 *
 * <p>Accessors are named by {@link AccessorNames}, as the emitters name them: a getter for every
 * property that is not flattened, a setter for every one that is neither read-only nor flattened
 * nor the discriminator, and both for each flattened property the class exposes; a {@code
 * getXWireValue()} beside the getter of one that holds a closed enum.
 */
final class MemberClashes {
  private final Map<String, TypeDef> types;
  private final List<Diagnostic> errors = new ArrayList<>();

  private MemberClashes(Map<String, TypeDef> types) {
    this.types = types;
  }

  static List<Diagnostic> find(ApiModel model, Map<String, TypeDef> types) {
    MemberClashes c = new MemberClashes(types);
    for (TypeDef t : model.types()) {
      if (t instanceof ObjectModel o) {
        c.members(o);
      }
    }
    c.classes(model);
    return c.errors;
  }

  /** What a member name is first used for, to say so when it is used again. */
  private record Use(String what, SourceRef where) {}

  private void members(ObjectModel o) {
    Map<String, Use> fields = new HashMap<>();
    Map<String, Use> methods = new HashMap<>();
    String discriminator = discriminatorOf(o);
    boolean root = o.discriminator() != null;
    if (root && o.properties().stream().noneMatch(p -> p.wireName().equals(discriminator))) {
      String name = JavaNames.camel(discriminator);
      Use use = new Use("the discriminator '" + discriminator + "'", o.source());
      fields.put(name, use);
      methods.put(AccessorNames.getter(name), use);
    }
    for (PropertyModel p : o.properties()) {
      if (!root && p.wireName().equals(discriminator)) {
        continue; // subclasses do not repeat the inherited discriminator
      }
      Use use = new Use("property '" + p.wireName() + "'", p.source());
      String field = p.flatten() ? AccessorNames.inner(p.javaName()) : p.javaName();
      claim(o, fields, field, use, "field");
      if (!p.flatten()) {
        claim(o, methods, AccessorNames.getter(p.javaName()), use, "getter");
        if (holdsClosedEnum(p.type())) {
          claim(o, methods, AccessorNames.wireValueGetter(p.javaName()), use, "getter");
        }
        boolean isDiscriminator = root && p.wireName().equals(discriminator);
        if (!p.readOnly() && !isDiscriminator) {
          claim(o, methods, AccessorNames.setter(p.javaName()), use, "setter");
        }
      }
    }
    for (FlattenedProperty f : o.flattened()) {
      if (!f.steps().isEmpty() && f.steps().get(0).owner().equals(o.name())) {
        Use use =
            new Use(
                "the flattened property " + String.join(".", f.path()) + "."
                    + f.leaf().javaName(),
                f.leaf().source());
        claim(o, methods, AccessorNames.getter(f.javaName()), use, "getter");
        if (holdsClosedEnum(f.leaf().type())) {
          claim(o, methods, AccessorNames.wireValueGetter(f.javaName()), use, "getter");
        }
        claim(o, methods, AccessorNames.setter(f.javaName()), use, "setter");
      }
    }
  }

  /**
   * Whether a property of {@code type} holds a closed enum, one or a list or map of them, and so
   * gets a {@code getXWireValue()} too.
   */
  private boolean holdsClosedEnum(TypeRef type) {
    TypeRef held =
        type instanceof TypeRef.ListOf l
            ? l.element()
            : type instanceof TypeRef.MapOf m ? m.value() : type;
    return held instanceof TypeRef.Named n
        && types.get(n.name()) instanceof EnumModel e
        && !e.open();
  }

  private void claim(ObjectModel o, Map<String, Use> taken, String name, Use use, String kind) {
    Use first = taken.putIfAbsent(name, use);
    if (first != null) {
      errors.add(
          Diagnostic.error(
              use.where(),
              "the " + kind + " " + name + " of " + o.name() + " for " + use.what()
                  + " would have the name of the member for " + first.what() + " (" + first.where()
                  + "); rename one with x-ms-client-name"));
    }
  }

  /** The discriminator's wire name in {@code o}'s hierarchy, or {@code null}. */
  private String discriminatorOf(ObjectModel o) {
    Set<String> seen = new HashSet<>();
    for (TypeDef m = o; m instanceof ObjectModel c && seen.add(c.name()); m = parentOf(c)) {
      if (c.discriminator() != null) {
        return c.discriminator();
      }
    }
    return null;
  }

  private TypeDef parentOf(ObjectModel o) {
    return o.parent() == null ? null : types.get(o.parent());
  }

  /** The classes of the package: the types, each group's client and the top-level client. */
  private void classes(ApiModel model) {
    Map<String, Use> files = new HashMap<>();
    for (TypeDef t : model.types()) {
      fileName(files, t.name(), new Use("the type " + t.name(), t.source()));
    }
    List<OperationGroup> groups =
        model.groups().stream().filter(g -> !g.operations().isEmpty()).toList();
    if (groups.isEmpty()) {
      return;
    }
    SourceRef first = groups.get(0).operations().get(0).source();
    fileName(
        files,
        model.client().name(),
        new Use("the client " + model.client().name(), new SourceRef(first.file(), "/info")));
    for (OperationGroup g : groups) {
      SourceRef where = g.operations().get(0).source();
      fileName(files, g.javaName(), new Use("the client of group '" + g.name() + "'", where));
    }
  }

  private void fileName(Map<String, Use> files, String name, Use use) {
    Use first = files.putIfAbsent(name.toLowerCase(Locale.ROOT), use);
    if (first != null) {
      errors.add(
          Diagnostic.error(
              use.where(),
              use.what() + " would be class " + name + ", whose file is also the file of "
                  + first.what() + " (" + first.where() + ")"));
    }
  }
}
