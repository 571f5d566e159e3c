package dev.xmsgen.core.docs;

import dev.xmsgen.core.docs.ReferencePage.OperationRow;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.naming.OperationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The operations table's rows: how the generated client calls each operation. */
final class OperationRows {

  private OperationRows() {}

  static OperationRow of(OperationGroup group, OperationModel op) {
    List<String> required = new ArrayList<>();
    List<String> optional = new ArrayList<>();
    for (ParameterModel p : op.parameters()) {
      if (p.isMethodArgument()) {
        (p.required() ? required : optional).add(p.javaName());
      }
    }
    String call =
        group.accessorName()
            + "()."
            + op.javaName()
            + "("
            + String.join(", ", required)
            + (optional.isEmpty()
                ? ""
                : (required.isEmpty() ? "[" : "[, ") + String.join(", ", optional) + "]")
            + ")";
    List<String> errors =
        op.responses().stream()
            .filter(ResponseModel::error)
            .map(r -> r.status() + ": " + (r.body() == null ? "no body" : TypeText.of(r.body())))
            .collect(Collectors.toList());
    String summary = !op.summary().isEmpty() ? op.summary() : op.description();
    return new OperationRow(call, op.httpMethod(), op.path(), kind(op), errors, summary);
  }

  private static String kind(OperationModel op) {
    List<String> kinds = new ArrayList<>();
    if (op.longRunning() != null) {
      kinds.add(
          "long-running ("
              + OperationNames.begin(op.javaName())
              + " returns the poller"
              + (op.longRunning().finalStateVia() == null
                  ? ""
                  : "; final state via " + op.longRunning().finalStateVia())
              + ")");
    }
    if (op.paging() != null) {
      kinds.add(op.paging().nextLinkName() == null ? "paged (one page)" : "paged");
    }
    if (op.deprecated()) {
      kinds.add("deprecated");
    }
    return String.join(", ", kinds);
  }
}
