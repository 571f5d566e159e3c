package dev.xmsgen.core.emit.client;

import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What to generate for one operation: the decisions, made once, that the writers only render.
 *
 * @param operation the operation
 * @param kind how it is called
 * @param values every parameter's value source, in spec order: what the request is built from
 * @param required the required method arguments, in spec order
 * @param optional the optional method arguments, in spec order
 * @param result the success body's type, or {@code null} when there is none
 * @param expected the declared success statuses, ascending
 * @param errors declared error models by status, ascending
 * @param defaultError the {@code default} response's error model, or {@code null}
 * @param paging paging details for {@link Kind#PAGED}, else {@code null}
 * @param finalStateVia the runtime's {@code FinalStateVia} constant name for {@link
 *     Kind#LONG_RUNNING}, or {@code null} for Azure's default
 * @param validated the body values whose type is a model class, in spec order: their {@code
 *     validate()} runs before the request is built, so a missing required property is never sent
 */
record OperationPlan(
    OperationModel operation,
    Kind kind,
    List<ParameterValue> values,
    List<ParameterModel> required,
    List<ParameterModel> optional,
    TypeRef result,
    List<Integer> expected,
    Map<Integer, TypeRef> errors,
    TypeRef defaultError,
    Paging paging,
    String finalStateVia,
    List<ParameterValue> validated) {

  /** How an operation is called. */
  enum Kind {
    /** One request, one response. */
    PLAIN,
    /** {@code x-ms-pageable}: a {@code PagedIterable} of items. */
    PAGED,
    /** {@code x-ms-long-running-operation}: a {@code Poller}. */
    LONG_RUNNING
  }

  /**
   * How the pages of a pageable operation are read.
   *
   * @param itemName the JSON key of the items
   * @param nextLinkName the JSON key of the next link, or {@code null} for one page
   * @param itemType the items' type
   * @param nextPage the operation that fetches next pages, or {@code null} to GET the next link
   */
  record Paging(String itemName, String nextLinkName, TypeRef itemType, NextPage nextPage) {}

  /**
   * Next pages through another operation of the same group ({@code operationName}).
   *
   * @param requestMethod the name of that operation's request method
   * @param arguments for each of its arguments in order: {@code null} for the next link, else the
   *     name of this operation's argument passed along; no {@code null} when that operation has its
   *     own URL and takes no link
   */
  record NextPage(String requestMethod, List<String> arguments) {}

  /** Required then optional arguments: the parameters of the full overloads. */
  List<ParameterModel> arguments() {
    List<ParameterModel> all = new ArrayList<>(required);
    all.addAll(optional);
    return all;
  }

  /**
   * The name of the per-call options argument: {@code options}, numbered when a spec parameter
   * already has that name.
   */
  String optionsName() {
    UniqueNames names = UniqueNames.caseSensitive();
    arguments().forEach(p -> names.reserve(p.javaName()));
    return names.claim("options");
  }

  /** The name of the private method that builds the operation's request. */
  String requestMethod() {
    return requestMethodOf(operation);
  }

  static String requestMethodOf(OperationModel operation) {
    return operation.javaName() + "Request";
  }
}
