package dev.xmsgen.core.clients;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.runtime.PagedIterable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Calls an operation through a generated client the way a user would: the group's accessor on the
 * top-level client, then the operation's plain method (for a long-running operation, the one that
 * waits for the result) with its required arguments in spec order, plus the optional ones when the
 * example gives any of them, each made by {@link ExampleValues}. The items of a pageable operation
 * are iterated to the end.
 */
final class OperationInvoker {
  private OperationInvoker() {}

  /**
   * What a call returned.
   *
   * @param value the result; for a pageable operation, the list of all items
   * @param paged whether the method returned a {@link PagedIterable}
   */
  record Result(Object value, boolean paged) {}

  /**
   * Calls {@code op} with the example's {@code parameters}.
   *
   * @throws Throwable whatever the generated method threw, unwrapped
   */
  static Result call(Object client, OperationGroup group, OperationModel op, JsonNode parameters)
      throws Throwable {
    Object groupClient = client.getClass().getMethod(group.accessorName()).invoke(client);
    List<ParameterModel> arguments = arguments(op, parameters);
    Method method = method(groupClient.getClass(), op.javaName(), arguments.size());
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      ParameterModel p = arguments.get(i);
      JsonNode value = parameters.get(p.wireName());
      if (value == null && p.required()) {
        throw new AssertionError("the example gives no value for " + p.wireName());
      }
      values[i] = value == null ? null : ExampleValues.argument(value, method, i);
    }
    Object returned;
    try {
      returned = method.invoke(groupClient, values);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
    if (returned instanceof PagedIterable<?> pages) {
      List<Object> items = new ArrayList<>();
      pages.forEach(items::add);
      return new Result(items, true);
    }
    return new Result(returned, false);
  }

  /** The required method arguments in spec order, then the optional ones if the example has any. */
  private static List<ParameterModel> arguments(OperationModel op, JsonNode parameters) {
    List<ParameterModel> required = new ArrayList<>();
    List<ParameterModel> optional = new ArrayList<>();
    for (ParameterModel p : op.parameters()) {
      if (p.isMethodArgument()) {
        (p.required() ? required : optional).add(p);
      }
    }
    if (optional.stream().anyMatch(p -> parameters.has(p.wireName()))) {
      required.addAll(optional);
    }
    return required;
  }

  private static Method method(Class<?> type, String name, int arity) {
    List<Method> found =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity)
            .toList();
    if (found.size() != 1) {
      throw new AssertionError(
          type.getSimpleName() + " has " + found.size() + " methods " + name + "/" + arity);
    }
    return found.get(0);
  }
}
