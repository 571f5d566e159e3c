package dev.xmsgen.core.diff;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.naming.AccessorNames;
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
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
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
 * Compares two APIs as the generated Java code shows them. Types are matched by name, then the
 * unmatched ones by shape (a model renamed keeps its properties); operations by HTTP method and
 * path, groups by name, then by their operations. Whether a change breaks callers is read off the
 * generated signatures ({@link ApiSignatures}): a change breaks source when a method a caller could
 * call is gone or returns another type; some changes break behaviour while the source still
 * compiles, and say so.
 */
public final class ApiComparer {
  private final GeneratorOptions options;

  /** A comparer for APIs generated with {@code options} (package and flat-package matter). */
  public ApiComparer(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * The changes from the API of {@code oldSpecs} to that of {@code newSpecs}, each set read as
   * generation reads it.
   */
  public ApiDiff compare(List<Path> oldSpecs, List<Path> newSpecs) throws SpecException {
    Generator generator = new Generator();
    return compare(
        generator.model(oldSpecs), fileNames(oldSpecs), generator.model(newSpecs), fileNames(newSpecs));
  }

  private static List<String> fileNames(List<Path> specs) {
    return specs.stream().map(p -> p.getFileName().toString()).toList();
  }

  /** The changes from {@code oldApi} to {@code newApi}. */
  public ApiDiff compare(ApiModel oldApi, List<String> oldSpecs, ApiModel newApi, List<String> newSpecs) {
    Run run = new Run(oldApi, newApi);
    run.client();
    run.types();
    run.groups();
    return new ApiDiff(
        new ApiDiff.Side(oldApi.client().name(), oldApi.client().apiVersion(), oldSpecs),
        new ApiDiff.Side(newApi.client().name(), newApi.client().apiVersion(), newSpecs),
        run.changes);
  }

  /** One comparison's state. */
  private final class Run {
    final ApiModel oldApi;
    final ApiModel newApi;
    final ApiSignatures os;
    final ApiSignatures ns;
    final OperationSignatures oc;
    final OperationSignatures nc;
    final List<ApiChange> changes = new ArrayList<>();
    /** Old type name to new, for renamed types. */
    final Map<String, String> renames = new TreeMap<>();
    Pattern renamePattern;
    /** Wire names of parameters moved between client and method, to explain builder changes. */
    final Set<String> moved = new HashSet<>();

    Run(ApiModel oldApi, ApiModel newApi) {
      this.oldApi = oldApi;
      this.newApi = newApi;
      this.os = new ApiSignatures(oldApi, options.packageName(), options.modelPackage());
      this.ns = new ApiSignatures(newApi, options.packageName(), options.modelPackage());
      this.oc = new OperationSignatures(oldApi, options.packageName(), options.modelPackage());
      this.nc = new OperationSignatures(newApi, options.packageName(), options.modelPackage());
    }

    void add(ChangeKind kind, boolean breaking, String java, SourceRef o, SourceRef n, String msg) {
      changes.add(new ApiChange(kind, breaking, java, o, n, msg));
    }

    // ---- client ------------------------------------------------------------------------------

    SourceRef info(ApiModel api, String field) {
      for (OperationGroup g : api.groups()) {
        for (OperationModel op : g.operations()) {
          return new SourceRef(op.source().file(), "/info/" + field);
        }
      }
      return api.types().isEmpty()
          ? null
          : new SourceRef(api.types().get(0).source().file(), "/info/" + field);
    }

    void client() {
      ClientModel a = oldApi.client();
      ClientModel b = newApi.client();
      String client = ns.clientName(b.name());
      if (!a.name().equals(b.name())) {
        add(
            ChangeKind.CLIENT_RENAMED,
            true,
            client,
            info(oldApi, "title"),
            info(newApi, "title"),
            "the top-level client " + os.clientName(a.name()) + " is now " + client);
      }
      if (!a.apiVersion().equals(b.apiVersion())) {
        add(
            ChangeKind.API_VERSION_CHANGED,
            false,
            client + ".API_VERSION",
            info(oldApi, "version"),
            info(newApi, "version"),
            "requests are sent with api-version " + b.apiVersion() + " instead of " + a.apiVersion());
      }
    }

    void builder() {
      String builder = ns.clientName(newApi.client().name()) + ".Builder";
      Map<String, JavaMember> before = byName(oc.builder());
      Map<String, JavaMember> after = byName(nc.builder());
      for (var e : before.entrySet()) {
        ParameterModel p = clientParameter(oldApi, e.getKey());
        if (!after.containsKey(e.getKey())) {
          boolean wasMoved = p != null && moved.contains(p.wireName());
          add(
              ChangeKind.CLIENT_PARAMETER_REMOVED,
              true,
              builder + "#" + e.getValue().signature(),
              p == null ? null : p.source(),
              null,
              "the builder no longer takes " + e.getKey()
                  + (wasMoved ? " (it moved to the methods: parameter-moved-to-method)" : ""));
        }
      }
      for (var e : after.entrySet()) {
        ParameterModel p = clientParameter(newApi, e.getKey());
        if (!before.containsKey(e.getKey())) {
          boolean required = p != null && p.required();
          String why =
              p != null && moved.contains(p.wireName())
                  ? " (it moved from the methods: parameter-moved-to-client)"
                  : "";
          add(
              ChangeKind.CLIENT_PARAMETER_ADDED,
              required,
              builder + "#" + e.getValue().signature(),
              null,
              p == null ? null : p.source(),
              (required
                  ? "the builder needs " + e.getKey() + ": build() fails until it is set"
                  : "the builder takes " + e.getKey()) + why);
        }
      }
    }

    ParameterModel clientParameter(ApiModel api, String builderMethod) {
      for (ParameterModel p : api.client().parameters()) {
        if (p.javaName().equals(builderMethod) || (p.javaName() + "Value").equals(builderMethod)) {
          return p;
        }
      }
      return null;
    }

    // ---- types -------------------------------------------------------------------------------

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
        renamePattern =
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
          object(o, n);
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

    /** An old type name as the new API spells it. */
    String rename(String name) {
      return renames.getOrDefault(name, name);
    }

    /** Old signature text with renamed types spelled the new way. */
    String renameText(String text) {
      if (renamePattern == null) {
        return text;
      }
      Matcher m = renamePattern.matcher(text);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(out, Matcher.quoteReplacement(renames.get(m.group(1))));
      }
      m.appendTail(out);
      return out.toString();
    }

    /** Whether callers see the same Java type (a URL and a string are both {@code String}). */
    boolean sameType(TypeRef a, TypeRef b) {
      return os.javaType(mapped(a)).equals(ns.javaType(b));
    }

    TypeRef mapped(TypeRef t) {
      if (t == null) {
        return null;
      }
      if (t instanceof TypeRef.Named n) {
        return new TypeRef.Named(rename(n.name()));
      }
      if (t instanceof TypeRef.ListOf l) {
        return new TypeRef.ListOf(mapped(l.element()));
      }
      if (t instanceof TypeRef.MapOf m) {
        return new TypeRef.MapOf(mapped(m.value()));
      }
      return t;
    }

    /** Whether every old member is still there with the same return type. */
    boolean lost(List<JavaMember> before, List<JavaMember> after) {
      Set<String> now = after.stream().map(JavaMember::toString).collect(Collectors.toSet());
      return before.stream().map(m -> renameText(m.toString())).anyMatch(m -> !now.contains(m));
    }

    // ---- models ------------------------------------------------------------------------------

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

    ObjectModel object(ApiModel api, String name) {
      return api.type(name).filter(ObjectModel.class::isInstance).map(ObjectModel.class::cast)
          .orElse(null);
    }

    /** An old type name from a new one. */
    String unrename(String newName) {
      return renames.entrySet().stream().filter(e -> e.getValue().equals(newName))
          .map(Map.Entry::getKey).findFirst().orElse(newName);
    }

    /** The model types that requests carry: reachable from a body or form parameter. */
    Set<String> requestTypes;

    Set<String> requestTypes() {
      if (requestTypes == null) {
        requestTypes = new HashSet<>();
        List<TypeRef> todo = new ArrayList<>();
        for (OperationGroup g : newApi.groups()) {
          for (OperationModel op : g.operations()) {
            for (ParameterModel p : op.parameters()) {
              if (p.location() == ParameterModel.Location.BODY
                  || p.location() == ParameterModel.Location.FORM_DATA) {
                todo.add(p.type());
              }
            }
          }
        }
        while (!todo.isEmpty()) {
          TypeRef t = todo.remove(todo.size() - 1);
          if (t instanceof TypeRef.ListOf l) {
            todo.add(l.element());
          } else if (t instanceof TypeRef.MapOf m) {
            todo.add(m.value());
          } else if (t instanceof TypeRef.Named named && requestTypes.add(named.name())) {
            ObjectModel o = object(newApi, named.name());
            if (o != null) {
              o.properties().forEach(p -> todo.add(p.type()));
              if (o.parent() != null) {
                todo.add(new TypeRef.Named(o.parent()));
              }
              o.subtypes().forEach(s -> todo.add(new TypeRef.Named(s)));
            }
          }
        }
      }
      return requestTypes;
    }

    List<JavaMember> accessorMembers(ApiSignatures sig, TypeDef owner, String javaName, TypeRef type) {
      String getter = AccessorNames.getter(javaName, type);
      String setter = AccessorNames.setter(javaName);
      return sig.members(owner).stream()
          .filter(m -> m.name().equals(getter) || (m.name().equals(setter) && m.parameterTypes().size() == 1))
          .map(m -> m.name().equals(setter) ? new JavaMember(m.name(), m.parameterTypes(), "") : m)
          .toList();
    }

    /** {@code property "name"}, or {@code flattened property tenantId (properties.tenantId)}. */
    String describe(Accessor a) {
      return a.firstStep() == null
          ? "property \"" + a.key() + "\""
          : "flattened property " + a.javaName() + " (" + a.key() + ")";
    }

    String getterSymbol(ApiSignatures sig, ObjectModel owner, String javaName, TypeRef type) {
      return sig.typeName(owner.name()) + "#" + AccessorNames.getter(javaName, type) + "()";
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
                  .map(f -> AccessorNames.getter(f.javaName(), f.leaf().type()) + "()")
                  .toList();
          add(
              ChangeKind.FLATTEN_ADDED,
              true,
              getterSymbol(os, o, p.javaName(), p.type()).replace(os.typeName(o.name()), type),
              p.source(),
              q.source(),
              "x-ms-client-flatten added: " + AccessorNames.getter(p.javaName(), p.type())
                  + "() is gone; its properties are now read on " + n.name()
                  + (moved.isEmpty() ? "" : " (" + String.join(", ", moved) + ")"));
        } else {
          List<String> gone =
              o.flattened().stream()
                  .filter(f -> f.path().get(0).equals(p.javaName()))
                  .map(f -> AccessorNames.getter(f.javaName(), f.leaf().type()) + "()")
                  .toList();
          add(
              ChangeKind.FLATTEN_REMOVED,
              true,
              getterSymbol(ns, n, q.javaName(), q.type()),
              p.source(),
              q.source(),
              "x-ms-client-flatten removed: the nested object is read through "
                  + AccessorNames.getter(q.javaName(), q.type()) + "()"
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
                getterSymbol(ns, n, b.javaName(), b.property().type()),
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
            getterSymbol(os, o, a.javaName(), a.property().type()).replace(os.typeName(o.name()), type),
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
            getterSymbol(ns, n, b.javaName(), b.property().type()),
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
      String symbol = getterSymbol(ns, n, b.javaName(), q.type());
      List<JavaMember> was = accessorMembers(os, a.owner(), a.javaName(), p.type());
      List<JavaMember> now = accessorMembers(ns, b.owner(), b.javaName(), q.type());
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
                + a.javaName() + " (was " + AccessorNames.getter(a.javaName(), p.type()) + "())");
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

    // ---- groups and operations ---------------------------------------------------------------

    record Op(OperationGroup group, OperationModel op) {}

    String where(OperationModel op) {
      return op.httpMethod() + " " + op.path();
    }

    String key(OperationModel op) {
      return op.httpMethod() + " " + op.path().replaceAll("\\{[^}]*}", "{}").toLowerCase(java.util.Locale.ROOT);
    }

    void groups() {
      Map<String, Op> before = new LinkedHashMap<>();
      oldApi.groups().forEach(g -> g.operations().forEach(op -> before.put(key(op), new Op(g, op))));
      Map<String, Op> after = new LinkedHashMap<>();
      newApi.groups().forEach(g -> g.operations().forEach(op -> after.put(key(op), new Op(g, op))));

      Map<String, OperationGroup> newGroups = new LinkedHashMap<>();
      newApi.groups().forEach(g -> newGroups.put(g.name(), g));
      Map<String, OperationGroup> oldGroups = new LinkedHashMap<>();
      oldApi.groups().forEach(g -> oldGroups.put(g.name(), g));
      // old group name -> new group name
      Map<String, String> groupMatch = new LinkedHashMap<>();
      for (OperationGroup g : oldApi.groups()) {
        if (newGroups.containsKey(g.name())) {
          groupMatch.put(g.name(), g.name());
        }
      }
      Set<String> silentOps = new HashSet<>();
      for (OperationGroup g : oldApi.groups()) {
        if (groupMatch.containsKey(g.name()) || g.operations().isEmpty()) {
          continue;
        }
        Set<String> targets =
            g.operations().stream()
                .map(op -> after.get(key(op)))
                .map(x -> x == null ? null : x.group().name())
                .collect(Collectors.toSet());
        String target = targets.size() == 1 ? targets.iterator().next() : null;
        if (target != null && !oldGroups.containsKey(target) && !groupMatch.containsValue(target)) {
          OperationGroup h = newGroups.get(target);
          groupMatch.put(g.name(), target);
          add(
              ChangeKind.GROUP_RENAMED,
              true,
              ns.clientName(h.javaName()),
              g.operations().get(0).source(),
              h.operations().get(0).source(),
              "operation group " + g.name() + " is now " + h.name() + ": " + os.clientName(g.javaName())
                  + " is now " + ns.clientName(h.javaName()) + ", reached through " + h.accessorName()
                  + "() instead of " + g.accessorName() + "()");
        } else {
          add(
              ChangeKind.GROUP_REMOVED,
              true,
              os.clientName(g.javaName()),
              g.operations().get(0).source(),
              null,
              "operation group " + g.name() + " is gone, with its " + g.operations().size()
                  + " operation" + (g.operations().size() == 1 ? "" : "s"));
          g.operations().forEach(op -> silentOps.add("old " + key(op)));
        }
      }
      for (OperationGroup h : newApi.groups()) {
        if (!groupMatch.containsValue(h.name()) && !h.operations().isEmpty()) {
          add(
              ChangeKind.GROUP_ADDED,
              false,
              ns.clientName(h.javaName()),
              null,
              h.operations().get(0).source(),
              "new operation group " + h.name() + ", reached through " + h.accessorName() + "()");
          h.operations().forEach(op -> silentOps.add("new " + key(op)));
        }
      }

      for (var e : before.entrySet()) {
        Op a = e.getValue();
        Op b = after.remove(e.getKey());
        if (b == null) {
          if (!silentOps.contains("old " + e.getKey())) {
            add(
                ChangeKind.OPERATION_REMOVED,
                true,
                mainSymbol(os, a),
                a.op().source(),
                null,
                a.op().operationId() + " (" + where(a.op()) + ") is gone");
          }
          continue;
        }
        operation(a, b, groupMatch);
      }
      for (var e : after.entrySet()) {
        Op b = e.getValue();
        if (!silentOps.contains("new " + e.getKey())) {
          add(
              ChangeKind.OPERATION_ADDED,
              false,
              mainSymbol(ns, b),
              null,
              b.op().source(),
              "new operation " + b.op().operationId() + " (" + where(b.op()) + ")");
        }
      }
      builder();
    }

    /** The method with every argument: {@code com.example.VaultsClient#get(String, String)}. */
    String mainSymbol(ApiSignatures sig, Op op) {
      JavaMember main = main((sig == os ? oc : nc).of(op.group(), op.op()), op.op().javaName());
      return sig.clientName(op.group().javaName()) + "#" + main.signature();
    }

    JavaMember main(List<JavaMember> members, String name) {
      return members.stream()
          .filter(m -> m.name().equals(name))
          .reduce((x, y) -> y.parameterTypes().size() >= x.parameterTypes().size() ? y : x)
          .orElse(members.get(0));
    }

    void operation(Op a, Op b, Map<String, String> groupMatch) {
      List<JavaMember> was = oc.of(a.group(), a.op());
      List<JavaMember> now = nc.of(b.group(), b.op());
      String symbol = mainSymbol(ns, b);
      OperationModel x = a.op();
      OperationModel y = b.op();
      boolean otherGroup = !b.group().name().equals(groupMatch.get(a.group().name()));
      if (otherGroup || !x.javaName().equals(y.javaName())) {
        add(
            ChangeKind.OPERATION_RENAMED,
            true,
            symbol,
            x.source(),
            y.source(),
            "operation " + x.operationId() + " is now " + y.operationId() + ": was "
                + mainSymbol(os, a));
      }
      boolean lostMembers = lost(was, now);
      parameters(x, y, symbol, lostMembers);
      // how it is called: pageable, long-running, or plain
      boolean wasPaged = was.stream().anyMatch(m -> m.returnType().startsWith("PagedIterable<"));
      boolean isPaged = now.stream().anyMatch(m -> m.returnType().startsWith("PagedIterable<"));
      boolean wasLro = x.longRunning() != null;
      boolean isLro = y.longRunning() != null;
      SourceRef xr = x.source().child("responses");
      SourceRef yr = y.source().child("responses");
      JavaMember mainWas = main(was, x.javaName());
      JavaMember mainNow = main(now, y.javaName());
      if (wasLro != isLro) {
        add(
            isLro ? ChangeKind.LONG_RUNNING_ADDED : ChangeKind.LONG_RUNNING_REMOVED,
            true,
            symbol,
            x.source(),
            y.source(),
            isLro
                ? "now long-running: begin" + cap(y.javaName()) + " returns a Poller; the "
                    + y.javaName() + "WithResponse variants are gone"
                : "no longer long-running: begin" + cap(x.javaName()) + " and its Poller are gone");
      } else if (wasPaged != isPaged) {
        add(
            isPaged ? ChangeKind.PAGEABLE_ADDED : ChangeKind.PAGEABLE_REMOVED,
            true,
            symbol,
            x.source(),
            y.source(),
            "returns " + mainNow.returnType() + " instead of " + mainWas.returnType()
                + (isPaged ? " (x-ms-pageable added)" : " (x-ms-pageable removed)"));
      } else if (!renameText(mainWas.returnType()).equals(mainNow.returnType())) {
        add(
            ChangeKind.RETURN_TYPE_CHANGED,
            true,
            symbol,
            xr,
            yr,
            "returns " + mainNow.returnType() + " instead of " + mainWas.returnType());
      }
      Map<String, TypeRef> errorsWas = errors(x);
      Map<String, TypeRef> errorsNow = errors(y);
      if (!sameErrors(errorsWas, errorsNow)) {
        add(
            ChangeKind.ERROR_MODEL_CHANGED,
            false,
            symbol,
            xr,
            yr,
            "error responses " + describe(errorsNow) + " instead of " + describe(errorsWas)
                + " (the ApiException's error value is of another class)");
      }
      if (!x.deprecated() && y.deprecated()) {
        add(ChangeKind.OPERATION_DEPRECATED, false, symbol, x.source(), y.source(), "now @Deprecated");
      }
    }

    /**
     * Whether every error status gives callers the same Java class in both: a status declared in
     * one only and falling to the same {@code default} class in the other is the same.
     */
    boolean sameErrors(Map<String, TypeRef> was, Map<String, TypeRef> now) {
      Set<String> statuses = new HashSet<>(was.keySet());
      statuses.addAll(now.keySet());
      statuses.add("default");
      for (String status : statuses) {
        TypeRef a = was.getOrDefault(status, was.get("default"));
        TypeRef b = now.getOrDefault(status, now.get("default"));
        boolean same = a == null || b == null ? a == b : sameType(a, b);
        if (!same) {
          return false;
        }
      }
      return true;
    }

    Map<String, TypeRef> errors(OperationModel op) {
      Map<String, TypeRef> out = new TreeMap<>();
      for (ResponseModel r : op.responses()) {
        if (r.error() && r.body() != null) {
          out.put(r.status(), r.body());
        }
      }
      return out;
    }

    String describe(Map<String, TypeRef> errors) {
      return errors.isEmpty()
          ? "without a body"
          : errors.entrySet().stream()
              .map(e -> e.getKey() + ": " + e.getValue())
              .collect(Collectors.joining(", ", "{", "}"));
    }

    String pkey(ParameterModel p) {
      return p.location() + " " + p.wireName().toLowerCase(java.util.Locale.ROOT);
    }

    String argType(ApiSignatures sig, ParameterModel p) {
      return sig.javaType(p.type());
    }

    void parameters(OperationModel x, OperationModel y, String symbol, boolean lostMembers) {
      Map<String, ParameterModel> after = new LinkedHashMap<>();
      y.parameters().forEach(p -> after.put(pkey(p), p));
      Map<String, ParameterModel> before = new LinkedHashMap<>();
      x.parameters().forEach(p -> before.put(pkey(p), p));
      for (ParameterModel p : x.parameters()) {
        ParameterModel q = after.get(pkey(p));
        String where = " (" + p.location().name().toLowerCase(java.util.Locale.ROOT) + " \""
            + p.wireName() + "\")";
        if (q == null) {
          if (p.isMethodArgument()) {
            add(ChangeKind.PARAMETER_REMOVED, true, symbol, p.source(), null,
                "parameter " + p.javaName() + where + " is gone");
          }
          continue;
        }
        if (p.isMethodArgument() && !q.isMethodArgument()) {
          if (q.clientLevel()) {
            moved.add(q.wireName());
            add(ChangeKind.PARAMETER_MOVED_TO_CLIENT, true, symbol, p.source(), q.source(),
                "parameter " + p.javaName() + where + " is set once on the client builder now, not"
                    + " passed to the method");
          } else {
            add(ChangeKind.PARAMETER_REMOVED, true, symbol, p.source(), q.source(),
                "parameter " + p.javaName() + where + " is a constant now (\"" + q.constantValue()
                    + "\")");
          }
          continue;
        }
        if (!p.isMethodArgument() && q.isMethodArgument()) {
          if (p.clientLevel()) {
            moved.add(q.wireName());
            add(ChangeKind.PARAMETER_MOVED_TO_METHOD, true, symbol, p.source(), q.source(),
                "parameter " + q.javaName() + where + " is passed to the method now, no longer set"
                    + " on the client builder");
          } else {
            added(q, symbol, lostMembers, p.source());
          }
          continue;
        }
        if (!p.isMethodArgument()) {
          continue;
        }
        if (!sameType(p.type(), q.type())) {
          add(ChangeKind.PARAMETER_TYPE_CHANGED, true, symbol, p.source(), q.source(),
              "parameter " + q.javaName() + where + " is " + argType(ns, q) + ", not "
                  + argType(os, p));
        }
        if (!p.required() && q.required()) {
          add(ChangeKind.PARAMETER_BECAME_REQUIRED, true, symbol, p.source(), q.source(),
              "parameter " + q.javaName() + where + " is required now: it moves into the shortest"
                  + " overload");
        } else if (p.required() && !q.required()) {
          add(ChangeKind.PARAMETER_BECAME_OPTIONAL, lostMembers, symbol, p.source(), q.source(),
              "parameter " + q.javaName() + where + " is optional now: it moves behind the"
                  + " required ones");
        }
        if (!p.javaName().equals(q.javaName())) {
          add(ChangeKind.PARAMETER_RENAMED, false, symbol, p.source(), q.source(),
              "parameter " + p.javaName() + where + " is named " + q.javaName() + " (names are not"
                  + " part of a Java signature)");
        }
      }
      for (ParameterModel q : y.parameters()) {
        if (!before.containsKey(pkey(q)) && q.isMethodArgument()) {
          added(q, symbol, lostMembers, null);
        }
      }
      // the arguments both have, in their new places
      List<String> common =
          y.parameters().stream()
              .filter(ParameterModel::isMethodArgument)
              .filter(q -> before.containsKey(pkey(q)) && before.get(pkey(q)).isMethodArgument())
              .sorted((m, n) -> Boolean.compare(n.required(), m.required()))
              .map(this::pkey)
              .toList();
      List<String> commonBefore =
          x.parameters().stream()
              .filter(ParameterModel::isMethodArgument)
              .sorted((m, n) -> Boolean.compare(n.required(), m.required()))
              .map(this::pkey)
              .filter(common::contains)
              .toList();
      if (!common.equals(commonBefore)) {
        add(ChangeKind.PARAMETERS_REORDERED, true, symbol, x.source().child("parameters"),
            y.source().child("parameters"),
            "arguments in another order: " + names(y, common) + " instead of " + names(x, commonBefore));
      }
    }

    String names(OperationModel op, List<String> keys) {
      Map<String, String> names = new HashMap<>();
      op.parameters().forEach(p -> names.put(pkey(p), p.javaName()));
      return keys.stream().map(names::get).collect(Collectors.joining(", ", "(", ")"));
    }

    void added(ParameterModel q, String symbol, boolean lostMembers, SourceRef old) {
      String where = " (" + q.location().name().toLowerCase(java.util.Locale.ROOT) + " \""
          + q.wireName() + "\")";
      if (q.required()) {
        add(ChangeKind.PARAMETER_ADDED_REQUIRED, true, symbol, old, q.source(),
            "new required parameter " + q.javaName() + where);
      } else {
        add(ChangeKind.PARAMETER_ADDED_OPTIONAL, lostMembers, symbol, old, q.source(),
            "new optional parameter " + q.javaName() + where
                + (lostMembers ? ": the overloads taking every argument change"
                    : ": the old overloads stay"));
      }
    }

    String cap(String s) {
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }

  private static Map<String, JavaMember> byName(List<JavaMember> members) {
    Map<String, JavaMember> out = new LinkedHashMap<>();
    members.forEach(m -> out.put(m.name(), m));
    return out;
  }
}
