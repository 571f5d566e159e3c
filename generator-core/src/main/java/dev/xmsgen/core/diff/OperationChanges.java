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
 * Groups and operations matched by HTTP method and path; how each is called and what it returns.
 */
final class OperationChanges extends DiffPart {
  OperationChanges(DiffState state) {
    super(state);
  }

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
  }

  /**
   * The method with every argument of the spec, the per-call options overload left out: {@code
   * com.example.VaultsClient#get(String, String)}.
   */
  String mainSymbol(ApiSignatures sig, Op op) {
    JavaMember main = main((sig == os ? oc : nc).of(op.group(), op.op()), op.op().javaName());
    return sig.clientName(op.group().javaName()) + "#" + main.signature();
  }

  JavaMember main(List<JavaMember> members, String name) {
    return members.stream()
        .filter(m -> m.name().equals(name) && !takesOptions(m))
        .reduce((x, y) -> y.parameterTypes().size() >= x.parameterTypes().size() ? y : x)
        .orElse(members.get(0));
  }

  private static boolean takesOptions(JavaMember m) {
    List<String> types = m.parameterTypes();
    return !types.isEmpty() && types.get(types.size() - 1).equals("RequestOptions");
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
    new ParameterChanges(state).parameters(x, y, symbol, lostMembers);
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

  String cap(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
