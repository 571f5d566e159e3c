package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.XmlNames;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameter grouping pass ({@code x-ms-parameter-grouping}): one model class per group name,
 * with a property for each parameter grouped under it, across all the operations that share the
 * group. A group named like a model or enum is renamed {@code Name2} (with a warning, as other
 * clashing type names are); one parameter name with two types in a group is an error at the
 * parameter that makes it so.
 */
final class ParameterGroups implements Pass {

  @Override
  public String name() {
    return "parameter grouping";
  }

  @Override
  public Outcome run(ApiModel model) {
    Set<String> taken = new HashSet<>();
    model.types().forEach(t -> taken.add(t.name()));
    Map<String, String> renamed = new TreeMap<>();
    List<Diagnostic> warnings = new ArrayList<>();
    List<OperationGroup> groups = new ArrayList<>();
    for (OperationGroup g : model.groups()) {
      List<OperationModel> operations = new ArrayList<>();
      for (OperationModel op : g.operations()) {
        List<ParameterModel> parameters = new ArrayList<>();
        for (ParameterModel p : op.parameters()) {
          if (p.group() != null && !renamed.containsKey(p.group())) {
            String name = free(p.group(), taken);
            renamed.put(p.group(), name);
            if (!name.equals(p.group())) {
              warnings.add(
                  Diagnostic.warning(
                      p.source(),
                      "x-ms-parameter-grouping: the group " + p.group()
                          + " would have the name of a model or enum; it is named " + name));
            }
          }
          parameters.add(p.group() == null ? p : p.withGroup(renamed.get(p.group())));
        }
        operations.add(op.withParameters(parameters));
      }
      groups.add(g.withOperations(operations));
    }
    Map<String, Map<String, ParameterModel>> fields = new TreeMap<>();
    List<Diagnostic> errors = new ArrayList<>();
    for (OperationGroup g : groups) {
      for (OperationModel op : g.operations()) {
        for (ParameterModel p : op.parameters()) {
          if (p.group() == null) {
            continue;
          }
          ParameterModel seen =
              fields.computeIfAbsent(p.group(), k -> new LinkedHashMap<>()).putIfAbsent(p.javaName(), p);
          if (seen != null && !seen.type().equals(p.type())) {
            errors.add(
                Diagnostic.error(
                    p.source(),
                    "x-ms-parameter-grouping: " + p.javaName() + " of the group " + p.group()
                        + " has another type at " + seen.source()));
          }
        }
      }
    }
    errors.sort(null);
    List<TypeDef> types = new ArrayList<>(model.types());
    fields.forEach((name, members) -> types.add(groupModel(name, members.values())));
    types.sort(Comparator.comparing(TypeDef::name));
    ApiModel out = model.withGroups(groups).withTypes(types);
    return new Outcome(Pass.withWarnings(out, warnings), errors);
  }

  /** {@code name}, or the first of {@code name2}, {@code name3}, ... that no type has; taken. */
  private static String free(String name, Set<String> taken) {
    String candidate = name;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = name + i;
    }
    taken.add(candidate);
    return candidate;
  }

  private static ObjectModel groupModel(String name, Iterable<ParameterModel> fields) {
    List<PropertyModel> properties = new ArrayList<>();
    for (ParameterModel p : fields) {
      properties.add(
          PropertyModel.of(p.wireName(), p.javaName(), p.type(), p.source())
              .withDescription(p.description())
              .withRequired(p.required()));
    }
    return new ObjectModel(
        name,
        properties.get(0).source(),
        "Parameters passed together as one method argument (x-ms-parameter-grouping).",
        null,
        properties,
        List.of(),
        null,
        null,
        null,
        List.of(),
        XmlNames.NONE);
  }

  @Override
  public String toString() {
    return name();
  }
}
