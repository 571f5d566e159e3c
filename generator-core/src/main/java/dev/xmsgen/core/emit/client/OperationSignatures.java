package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.MethodSpec;
import dev.xmsgen.core.emit.JavaMember;
import dev.xmsgen.core.emit.JavaTypes;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The public client methods of an operation and the top-level builder's parameter setters, as
 * plain text: planned and written by the same classes as the generated clients, then read back.
 */
public final class OperationSignatures {
  private OperationSignatures() {}

  /** Every public method the group's client gets for {@code op}, in the order it is written. */
  public static List<JavaMember> of(
      ApiModel api, JavaTypes types, OperationGroup group, OperationModel op) {
    ClientPlan client = ClientPlan.of(api.client(), types.clientPackage());
    OperationPlan plan = new OperationPlanner(api, client).plan(op, group);
    List<JavaMember> out = new ArrayList<>();
    for (MethodSpec m : new OperationMethodsWriter(new ClientTypes(types)).write(plan)) {
      out.add(member(m));
    }
    return out;
  }

  /**
   * The builder's setters of client-level parameters ({@code subscriptionId(String)}), each
   * returning the builder, and the top-level client's accessor of each group ({@code vaults()}).
   */
  public static List<JavaMember> builder(ApiModel api, JavaTypes types) {
    ClientPlan client = ClientPlan.of(api.client(), types.clientPackage());
    ClientTypes clientTypes = new ClientTypes(types);
    List<JavaMember> out = new ArrayList<>();
    List<ClientParameter> all = new ArrayList<>(client.hostParameters());
    all.addAll(client.fieldParameters());
    for (ClientParameter p : all) {
      out.add(
          new JavaMember(
              p.name(),
              List.of(simple(clientTypes.clientParameter(p.model()).toString())),
              "Builder"));
    }
    return out;
  }

  private static JavaMember member(MethodSpec m) {
    return new JavaMember(
        m.name(),
        m.parameters().stream().map(p -> simple(p.type().toString())).toList(),
        simple(m.returnType().toString()));
  }

  private static String simple(String typeName) {
    return JavaMember.simple(typeName);
  }
}
