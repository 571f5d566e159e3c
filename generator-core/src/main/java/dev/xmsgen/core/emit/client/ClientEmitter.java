package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.emit.FileEmitter;
import dev.xmsgen.core.emit.JavaEmitter;
import dev.xmsgen.core.emit.JavaSourceFile;
import dev.xmsgen.core.emit.JavaTypes;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes the clients of an API: one class per operation group ({@code VaultsClient}), reached from
 * one top-level client ({@code KeyVaultManagementClient}) built with its {@code Builder}. They run
 * on the {@code dev.xmsgen.runtime} module and live in the client package of {@link JavaTypes},
 * beside the models or above them.
 *
 * <p>Output depends only on the model: the same model gives byte-identical files.
 */
public final class ClientEmitter {
  private final JavaTypes javaTypes;
  private final String packageName;
  private final String clientVersion;

  /**
   * An emitter for clients in the client package of {@code javaTypes}, naming {@code
   * clientVersion} in their {@code User-Agent} ({@code null}: their jar's version).
   */
  public ClientEmitter(JavaTypes javaTypes, String clientVersion) {
    this.javaTypes = javaTypes;
    this.packageName = javaTypes.clientPackage();
    this.clientVersion = clientVersion;
  }

  /**
   * An emitter for clients in {@code packageName}, beside the models, for an API whose type names
   * are not known.
   */
  public ClientEmitter(String packageName) {
    this(new JavaTypes(packageName), null);
  }

  /**
   * The clients as {@link JavaEmitter} writes them beside the models: an emitter in the package of
   * the {@link JavaTypes} it is given, naming {@code clientVersion} in their {@code User-Agent}
   * ({@code null}: their jar's version).
   */
  public static FileEmitter fileEmitter(String clientVersion) {
    return (api, types) -> new ClientEmitter(types, clientVersion).emit(api);
  }

  /**
   * The client sources, sorted by path; none when the API has no operations.
   *
   * @throws IllegalStateException a client class would have the name of a model or enum, which the
   *     validation pass lets no model through with
   */
  public List<GeneratedFile> emit(ApiModel api) {
    List<OperationGroup> groups =
        api.groups().stream().filter(g -> !g.operations().isEmpty()).collect(Collectors.toList());
    if (groups.isEmpty()) {
      return List.of();
    }
    ClientPlan client = ClientPlan.of(api.client(), packageName);
    checkNames(api, client, groups);
    ClientTypes types = new ClientTypes(javaTypes);
    OperationPlanner planner = new OperationPlanner(api, client);
    GroupClientWriter groupWriter = new GroupClientWriter(types, client);
    SourceRef origin = groups.get(0).operations().get(0).source();

    List<GeneratedFile> files = new ArrayList<>();
    List<GroupClient> groupClients = new ArrayList<>();
    for (OperationGroup group : groups) {
      ClassName type = ClassName.get(packageName, group.javaName());
      List<OperationPlan> plans =
          group.operations().stream()
              .map(op -> planner.plan(op, group))
              .collect(Collectors.toList());
      List<ClientParameter> fields = fieldsUsed(client, plans);
      groupClients.add(new GroupClient(group, type, fields));
      SourceRef source = new SourceRef(group.operations().get(0).source().file(), "/paths");
      files.add(JavaSourceFile.client(javaTypes, groupWriter.write(group, type, plans, fields), source));
    }
    TypeSpec top = new ServiceClientWriter(types, client, clientVersion).write(groupClients);
    files.add(JavaSourceFile.client(javaTypes, top, new SourceRef(origin.file(), "/info")));
    files.sort(Comparator.comparing(GeneratedFile::relativePath));
    return List.copyOf(files);
  }

  /** The client fields a group's operations read, in client order. */
  private static List<ClientParameter> fieldsUsed(ClientPlan client, List<OperationPlan> plans) {
    Set<String> used = new LinkedHashSet<>();
    for (OperationPlan plan : plans) {
      for (ParameterValue value : plan.values()) {
        if (value.source() == ParameterValue.Source.CLIENT_FIELD) {
          used.add(value.value());
        }
      }
    }
    return client.fieldParameters().stream()
        .filter(p -> used.contains(p.name()))
        .collect(Collectors.toList());
  }

  private static void checkNames(ApiModel api, ClientPlan client, List<OperationGroup> groups) {
    Set<String> typeNames = api.types().stream().map(TypeDef::name).collect(Collectors.toSet());
    Set<String> clientNames = new LinkedHashSet<>();
    clientNames.add(client.type().simpleName());
    for (OperationGroup g : groups) {
      if (!clientNames.add(g.javaName())) {
        throw new IllegalStateException("two clients would be named " + g.javaName());
      }
    }
    for (String name : clientNames) {
      if (typeNames.contains(name)) {
        throw new IllegalStateException(
            "the client " + name + " would have the same name as a model or enum");
      }
    }
  }

}
