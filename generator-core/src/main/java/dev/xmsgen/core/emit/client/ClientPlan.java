package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.ParameterModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the top-level client holds: its class, and its parameters split into those that make up the
 * endpoint ({@code x-ms-parameterized-host}) and those passed to operation group clients.
 *
 * @param type the top-level client's class
 * @param model the client as the spec describes it
 * @param hostParameters parameters named in the host template, in model order
 * @param fieldParameters every other settable client-level parameter, in model order
 */
record ClientPlan(
    ClassName type,
    ClientModel model,
    List<ClientParameter> hostParameters,
    List<ClientParameter> fieldParameters) {

  /** Names the builder and clients use for their own members. */
  private static final Set<String> RESERVED =
      Set.of(
          "pipeline",
          "endpoint",
          "credential",
          "scopes",
          "retryOptions",
          "httpClient",
          "applicationId",
          "responseTimeout",
          "pollInterval",
          "configure",
          "build");

  static ClientPlan of(ClientModel model, String packageName) {
    List<ClientParameter> host = new ArrayList<>();
    List<ClientParameter> fields = new ArrayList<>();
    for (ParameterModel p : model.parameters()) {
      if (p.constantValue() != null || isApiVersion(p)) {
        continue;
      }
      boolean inHost =
          model.hostTemplate() != null && model.hostTemplate().contains("{" + p.wireName() + "}");
      // a host parameter called endpoint takes the place of the builder's endpoint method
      boolean keepName =
          !RESERVED.contains(p.javaName()) || (inHost && p.javaName().equals("endpoint"));
      ClientParameter cp = new ClientParameter(p, keepName ? p.javaName() : p.javaName() + "Value");
      (inHost ? host : fields).add(cp);
    }
    return new ClientPlan(ClassName.get(packageName, model.name()), model, host, fields);
  }

  /** The field parameter an operation's client-level parameter refers to. */
  Optional<ClientParameter> field(ParameterModel operationParameter) {
    return fieldParameters.stream()
        .filter(c -> c.model().javaName().equals(operationParameter.javaName()))
        .findFirst();
  }

  /** Whether the builder has an {@code endpoint(String)} method of its own. */
  boolean hasEndpointSetter() {
    return model.hostTemplate() == null;
  }

  static boolean isApiVersion(ParameterModel p) {
    return p.wireName().equalsIgnoreCase("api-version");
  }
}
