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
 * What the parts of one comparison share: both APIs and their signatures, the changes found so
 * far, the renamed types, and the helpers that compare types across a rename.
 */
abstract class DiffPart {
  final DiffState state;
  final ApiModel oldApi;
  final ApiModel newApi;
  final ApiSignatures os;
  final ApiSignatures ns;
  final OperationSignatures oc;
  final OperationSignatures nc;
  final List<ApiChange> changes;
  /** Old type name to new, for renamed types. */
  final Map<String, String> renames;
  /** Wire names of parameters moved between client and method, to explain builder changes. */
  final Set<String> moved;

  DiffPart(DiffState state) {
    this.state = state;
    this.oldApi = state.oldApi;
    this.newApi = state.newApi;
    this.os = state.os;
    this.ns = state.ns;
    this.oc = state.oc;
    this.nc = state.nc;
    this.changes = state.changes;
    this.renames = state.renames;
    this.moved = state.moved;
  }

  void add(ChangeKind kind, boolean breaking, String java, SourceRef o, SourceRef n, String msg) {
    changes.add(new ApiChange(kind, breaking, java, o, n, msg));
  }

  /** An old type name as the new API spells it. */
  String rename(String name) {
    return renames.getOrDefault(name, name);
  }

  /** Old signature text with renamed types spelled the new way. */
  String renameText(String text) {
    if (state.renamePattern == null) {
      return text;
    }
    Matcher m = state.renamePattern.matcher(text);
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

  ObjectModel object(ApiModel api, String name) {
    return api.type(name).filter(ObjectModel.class::isInstance).map(ObjectModel.class::cast)
        .orElse(null);
  }

  /** An old type name from a new one. */
  String unrename(String newName) {
    return renames.entrySet().stream().filter(e -> e.getValue().equals(newName))
        .map(Map.Entry::getKey).findFirst().orElse(newName);
  }

  Set<String> requestTypes() {
    if (state.requestTypes == null) {
      state.requestTypes = new HashSet<>();
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
        } else if (t instanceof TypeRef.Named named && state.requestTypes.add(named.name())) {
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
    return state.requestTypes;
  }
}
