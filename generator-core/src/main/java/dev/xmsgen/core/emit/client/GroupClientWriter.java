package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.emit.JavadocWriter;
import dev.xmsgen.core.emit.RuntimeTypes;
import dev.xmsgen.core.model.OperationGroup;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes one operation group's client: the pipeline and the client-level values its operations use,
 * each operation's public methods in spec order, then their private request methods.
 */
final class GroupClientWriter {
  private final ClientTypes types;
  private final ClientPlan client;
  private final OperationMethodsWriter operations;
  private final RequestMethodWriter requests;

  GroupClientWriter(ClientTypes types, ClientPlan client) {
    this.types = types;
    this.client = client;
    this.operations = new OperationMethodsWriter(types);
    this.requests = new RequestMethodWriter(types, client.type());
  }

  /**
   * The group's client class.
   *
   * @param fields the client-level parameters its operations use, in client order
   */
  TypeSpec write(
      OperationGroup group,
      ClassName type,
      List<OperationPlan> plans,
      List<ClientParameter> fields) {
    String groupName = group.name().isEmpty() ? "the service's own" : group.name();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(type)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(
                JavadocWriter.summary(
                        "The "
                            + JavadocWriter.code(groupName)
                            + " operations. Reached through "
                            + "{@link "
                            + client.type().simpleName()
                            + "#"
                            + group.accessorName()
                            + "()}.")
                    .paragraph("Thread-safe: one instance serves any number of threads.")
                    .build());
    spec.addField(
        FieldSpec.builder(
                RuntimeTypes.HTTP_PIPELINE, "pipeline", Modifier.PRIVATE, Modifier.FINAL)
            .build());
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.HTTP_PIPELINE, "pipeline")
            .addStatement("this.pipeline = pipeline");
    for (ClientParameter field : fields) {
      spec.addField(
          FieldSpec.builder(
                  types.clientParameter(field.model()),
                  field.name(),
                  Modifier.PRIVATE,
                  Modifier.FINAL)
              .build());
      constructor
          .addParameter(types.clientParameter(field.model()), field.name())
          .addStatement("this.$N = $N", field.name(), field.name());
    }
    spec.addMethod(constructor.build());
    for (OperationPlan plan : plans) {
      spec.addMethods(operations.write(plan));
    }
    for (OperationPlan plan : plans) {
      spec.addMethod(requests.write(plan));
    }
    return spec.build();
  }
}
