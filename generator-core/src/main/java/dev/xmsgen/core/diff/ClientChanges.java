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

/** The top-level client: its name, its api-version, and its builder's parameters. */
final class ClientChanges extends DiffPart {
  ClientChanges(DiffState state) {
    super(state);
  }

  private static Map<String, JavaMember> byName(List<JavaMember> members) {
    Map<String, JavaMember> out = new LinkedHashMap<>();
    members.forEach(m -> out.put(m.name(), m));
    return out;
  }

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
}
