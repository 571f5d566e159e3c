package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.emit.client.OperationPlan.Kind;
import dev.xmsgen.core.emit.client.OperationPlan.NextPage;
import dev.xmsgen.core.emit.client.OperationPlan.Paging;
import dev.xmsgen.core.emit.client.ParameterValue.Source;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Decides, for each operation, how it is called, from what values, and what it returns. */
final class OperationPlanner {
  private static final Map<String, String> FINAL_STATE_VIA =
      Map.of(
          "azure-async-operation", "AZURE_ASYNC_OPERATION",
          "location", "LOCATION",
          "original-uri", "ORIGINAL_URI",
          "operation-location", "OPERATION_LOCATION");

  private final ApiModel api;
  private final ClientPlan client;

  OperationPlanner(ApiModel api, ClientPlan client) {
    this.api = api;
    this.client = client;
  }

  OperationPlan plan(OperationModel op, OperationGroup group) {
    List<ParameterValue> values = new ArrayList<>();
    for (ParameterModel p : op.parameters()) {
      values.add(valueOf(p, op));
    }
    List<ParameterModel> required = new ArrayList<>();
    List<ParameterModel> optional = new ArrayList<>();
    arguments(op, required, optional);
    TypeRef result = null;
    List<Integer> expected = new ArrayList<>();
    Map<Integer, TypeRef> errors = new TreeMap<>();
    TypeRef defaultError = null;
    for (ResponseModel r : op.responses()) {
      Integer status = status(r.status());
      if (r.error()) {
        if (status == null) {
          defaultError = r.body();
        } else if (r.body() != null) {
          errors.put(status, r.body());
        }
      } else {
        if (status != null) {
          expected.add(status);
        }
        if (result == null && r.body() != null) {
          result = r.body();
        }
      }
    }
    expected.sort(null);
    Kind kind = Kind.PLAIN;
    Paging paging = null;
    String finalStateVia = null;
    if (op.longRunning() != null) {
      kind = Kind.LONG_RUNNING;
      String via = op.longRunning().finalStateVia();
      finalStateVia = via == null ? null : FINAL_STATE_VIA.get(via.toLowerCase(Locale.ROOT));
    } else if (op.paging() != null) {
      paging = paging(op, group, result, required, optional).orElse(null);
      kind = paging == null ? Kind.PLAIN : Kind.PAGED;
    }
    return new OperationPlan(
        op,
        kind,
        values,
        required,
        optional,
        result,
        expected,
        errors,
        defaultError,
        paging,
        finalStateVia,
        values.stream().filter(this::isModelBody).toList());
  }

  /** Whether a value is a body the caller passes (not a constant) whose type is a model class. */
  private boolean isModelBody(ParameterValue value) {
    ParameterModel p = value.parameter();
    return p.location() == ParameterModel.Location.BODY
        && (value.source() == ParameterValue.Source.ARGUMENT
            || value.source() == ParameterValue.Source.GROUP_FIELD)
        && p.type() instanceof TypeRef.Named named
        && api.types().stream()
            .anyMatch(t -> t instanceof ObjectModel o && o.name().equals(named.name()));
  }

  /**
   * Adds the method arguments of {@code op}, in spec order, to {@code required} and {@code
   * optional}: each parameter passed on its own, and each parameter group once, where its first
   * field is; a group is required when one of its fields is.
   */
  private void arguments(
      OperationModel op, List<ParameterModel> required, List<ParameterModel> optional) {
    Map<String, ParameterModel> groups = new LinkedHashMap<>();
    for (ParameterModel p : op.parameters()) {
      Source source = valueOf(p, op).source();
      if (source != Source.ARGUMENT && source != Source.GROUP_FIELD) {
        continue;
      }
      if (p.group() == null) {
        (p.required() ? required : optional).add(p);
        continue;
      }
      ParameterModel group = groups.get(p.group());
      if (group == null) {
        group = groupArgument(p.group(), op);
        groups.put(p.group(), group);
        (group.required() ? required : optional).add(group);
      }
    }
  }

  /** The argument that carries the parameter group {@code name} of {@code op}. */
  private static ParameterModel groupArgument(String name, OperationModel op) {
    List<ParameterModel> fields =
        op.parameters().stream().filter(p -> name.equals(p.group())).collect(Collectors.toList());
    return new ParameterModel(
        name,
        JavaNames.camel(name),
        ParameterModel.Location.GROUP,
        new TypeRef.Named(name),
        "the parameters "
            + fields.stream().map(ParameterModel::wireName).collect(Collectors.joining(", "))
            + ", as one object",
        fields.stream().anyMatch(ParameterModel::required),
        null,
        false,
        false,
        null,
        fields.get(0).source(),
        null);
  }

  private ParameterValue valueOf(ParameterModel p, OperationModel op) {
    if (p.constantValue() != null) {
      boolean apiVersion =
          ClientPlan.isApiVersion(p) && p.constantValue().equals(api.client().apiVersion());
      return apiVersion
          ? new ParameterValue(p, Source.API_VERSION, null)
          : new ParameterValue(p, Source.CONSTANT, p.constantValue());
    }
    if (p.clientLevel()) {
      if (ClientPlan.isApiVersion(p)) {
        return new ParameterValue(p, Source.API_VERSION, null);
      }
      Optional<ClientParameter> field = client.field(p);
      if (field.isPresent()) {
        return new ParameterValue(p, Source.CLIENT_FIELD, field.get().name());
      }
    }
    if (p.group() != null) {
      return new ParameterValue(p, Source.GROUP_FIELD, groupArgument(p.group(), op).javaName());
    }
    return new ParameterValue(p, Source.ARGUMENT, p.javaName());
  }

  /** The paging of {@code op}, or empty when its body has no list property named as declared. */
  private Optional<Paging> paging(
      OperationModel op,
      OperationGroup group,
      TypeRef body,
      List<ParameterModel> required,
      List<ParameterModel> optional) {
    OperationModel.Paging declared = op.paging();
    String itemName = declared.itemName() == null ? "value" : declared.itemName();
    if (!(body instanceof TypeRef.Named named)) {
      return Optional.empty();
    }
    Optional<TypeRef> items =
        property(named.name(), itemName)
            .map(PropertyModel::type)
            .filter(TypeRef.ListOf.class::isInstance)
            .map(t -> ((TypeRef.ListOf) t).element());
    if (items.isEmpty()) {
      return Optional.empty();
    }
    NextPage next =
        declared.nextOperationId() == null
            ? null
            : nextPage(declared.nextOperationId(), group, required, optional);
    return Optional.of(new Paging(itemName, declared.nextLinkName(), items.get(), next));
  }

  /** The property of that wire name on the type or one of its ancestors. */
  private Optional<PropertyModel> property(String typeName, String wireName) {
    Optional<TypeDef> type = api.type(typeName);
    while (type.isPresent() && type.get() instanceof ObjectModel object) {
      for (PropertyModel p : object.properties()) {
        if (p.wireName().equals(wireName)) {
          return Optional.of(p);
        }
      }
      type = object.parent() == null ? Optional.empty() : api.type(object.parent());
    }
    return Optional.empty();
  }

  /**
   * Calls to the next-page operation: its link parameter, if it has one, gets the next link, its
   * other arguments this operation's arguments of the same name. Empty when it is not in this group
   * or needs a value this operation does not have.
   */
  private NextPage nextPage(
      String operationId,
      OperationGroup group,
      List<ParameterModel> required,
      List<ParameterModel> optional) {
    OperationModel next =
        group.operations().stream()
            .filter(o -> o.operationId().equals(operationId))
            .findFirst()
            .orElse(null);
    if (next == null) {
      return null;
    }
    List<ParameterModel> nextArguments = new ArrayList<>();
    List<ParameterModel> nextOptional = new ArrayList<>();
    arguments(next, nextArguments, nextOptional);
    nextArguments.addAll(nextOptional);
    // without a link parameter, the next operation's own URL fetches the next pages
    ParameterModel link =
        nextArguments.stream()
            .filter(p -> p.location() == ParameterModel.Location.PATH)
            .filter(p -> p.skipUrlEncoding() || p.wireName().equalsIgnoreCase("nextLink"))
            .findFirst()
            .orElse(null);
    List<ParameterModel> own = new ArrayList<>(required);
    own.addAll(optional);
    List<String> arguments = new ArrayList<>();
    for (ParameterModel p : nextArguments) {
      if (p == link) {
        arguments.add(null);
        continue;
      }
      Optional<ParameterModel> same =
          own.stream().filter(o -> o.javaName().equals(p.javaName())).findFirst();
      if (same.isEmpty() || !same.get().type().equals(p.type())) {
        return null;
      }
      arguments.add(p.javaName());
    }
    return new NextPage(OperationPlan.requestMethodOf(next), arguments);
  }

  private static Integer status(String status) {
    try {
      return Integer.valueOf(status);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
