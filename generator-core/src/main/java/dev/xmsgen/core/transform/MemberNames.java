package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.naming.AccessorNames;
import dev.xmsgen.core.naming.UniqueNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The naming pass: makes the Java names of members unique where Java needs them to be, keeping the
 * first one and numbering the rest ({@code name}, {@code name2}).
 *
 * <ul>
 *   <li>A class's property names are unique together with the ones it inherits: a subclass's
 *       {@code id} becomes {@code id2} when an ancestor has an {@code id} for another JSON key.
 *   <li>An operation group's method names are unique, in operation order, and none is one of
 *       {@code Object}'s ({@code wait}, {@code toString}), with a warning for each renamed
 *       operation.
 *   <li>An operation's parameter names are unique, in parameter order ({@code name}, {@code
 *       name2}), and so are the client's.
 * </ul>
 *
 * <p>Type and client names are given in parse, where the drafts they are keyed by live.
 */
final class MemberNames {
  private final Map<String, ObjectModel> objects = new HashMap<>();
  private final Map<String, ObjectModel> named = new HashMap<>();
  private final List<Diagnostic> warnings = new ArrayList<>();

  private MemberNames(ApiModel model) {
    for (TypeDef t : model.types()) {
      if (t instanceof ObjectModel o) {
        objects.put(o.name(), o);
      }
    }
  }

  static ApiModel apply(ApiModel model) {
    MemberNames run = new MemberNames(model);
    List<TypeDef> types = new ArrayList<>();
    for (TypeDef t : model.types()) {
      types.add(t instanceof ObjectModel o ? run.properties(o, new HashSet<>()) : t);
    }
    List<OperationGroup> groups = new ArrayList<>();
    for (OperationGroup g : model.groups()) {
      List<OperationModel> operations = new ArrayList<>();
      for (OperationModel op : run.methods(g.operations())) {
        operations.add(op.withParameters(parameters(op.parameters())));
      }
      groups.add(g.withOperations(operations));
    }
    ClientModel client = model.client().withParameters(parameters(model.client().parameters()));
    return Pass.withWarnings(
        model.withClient(client).withTypes(types).withGroups(groups), run.warnings);
  }

  /** {@code o} with property names unique among its own and its ancestors' (parents first). */
  private ObjectModel properties(ObjectModel o, Set<String> visiting) {
    ObjectModel done = named.get(o.name());
    if (done != null) {
      return done;
    }
    if (!visiting.add(o.name())) {
      return o;
    }
    UniqueNames javaNames = UniqueNames.caseSensitive();
    Set<String> seen = new HashSet<>();
    for (ObjectModel a = parent(o); a != null && seen.add(a.name()); a = parent(a)) {
      properties(a, visiting).properties().forEach(p -> javaNames.reserve(p.javaName()));
    }
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyModel p : o.properties()) {
      String javaName = javaNames.claim(p.javaName());
      properties.add(javaName.equals(p.javaName()) ? p : p.withJavaName(javaName));
    }
    ObjectModel out = o.withProperties(properties);
    named.put(o.name(), out);
    return out;
  }

  private ObjectModel parent(ObjectModel o) {
    return o.parent() == null ? null : objects.get(o.parent());
  }

  private static List<ParameterModel> parameters(List<ParameterModel> parameters) {
    UniqueNames names = UniqueNames.caseSensitive();
    List<ParameterModel> out = new ArrayList<>(parameters.size());
    for (ParameterModel p : parameters) {
      String javaName = names.claim(p.javaName());
      out.add(javaName.equals(p.javaName()) ? p : p.withJavaName(javaName));
    }
    return out;
  }

  private List<OperationModel> methods(List<OperationModel> operations) {
    UniqueNames methodNames = UniqueNames.caseSensitive();
    methodNames.reserveAll(AccessorNames.OBJECT_METHODS);
    Map<String, OperationModel> firstUse = new LinkedHashMap<>();
    List<OperationModel> out = new ArrayList<>();
    for (OperationModel op : operations) {
      String javaName = methodNames.claim(op.javaName());
      if (!javaName.equals(op.javaName())) {
        warnings.add(
            Diagnostic.warning(
                op.source(),
                "operation " + op.operationId() + " would be method " + op.javaName()
                    + ", which "
                    + (firstUse.containsKey(op.javaName())
                        ? firstUse.get(op.javaName()).operationId() + " already is"
                        : "every Java object has")
                    + "; it is named " + javaName));
      }
      firstUse.putIfAbsent(javaName, op);
      out.add(javaName.equals(op.javaName()) ? op : op.withJavaName(javaName));
    }
    return out;
  }
}
