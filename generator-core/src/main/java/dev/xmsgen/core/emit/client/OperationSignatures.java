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
  private final ApiModel api;
  private final JavaTypes types;
  private final ClientPlan client;

  /**
   * @param clientPackage the package of the generated clients
   * @param modelPackage the package of the generated models and enums
   */
  public OperationSignatures(ApiModel api, String clientPackage, String modelPackage) {
    this.api = api;
    this.types = JavaTypes.of(api, clientPackage, modelPackage);
    this.client = ClientPlan.of(api.client(), clientPackage);
  }

  /** Every public method the group's client gets for {@code op}, in the order it is written. */
  public List<JavaMember> of(OperationGroup group, OperationModel op) {
    OperationPlan plan = new OperationPlanner(api, client).plan(op, group);
    List<JavaMember> out = new ArrayList<>();
    for (MethodSpec m : new OperationMethodsWriter(new ClientTypes(types)).write(plan)) {
      out.add(member(m));
    }
    return out;
  }

  /**
   * The builder's setters of client-level parameters ({@code subscriptionId(String)}), each
   * returning the builder.
   */
  public List<JavaMember> builder() {
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
