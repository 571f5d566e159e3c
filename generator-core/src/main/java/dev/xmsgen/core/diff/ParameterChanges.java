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
 * An operation's arguments matched by location and wire name: added, removed, moved, retyped,
 * reordered.
 */
final class ParameterChanges extends DiffPart {
  ParameterChanges(DiffState state) {
    super(state);
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
}
