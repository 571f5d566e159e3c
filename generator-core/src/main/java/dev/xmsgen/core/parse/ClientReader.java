package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.ApiKeyModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Describes the service as a whole from its main document: the first spec file given that declares
 * operations (else the first given). Its {@code info.title} names the client (in Pascal case,
 * ending in {@code Client}), its {@code schemes} (https preferred; http when none is listed, as
 * AutoRest assumes), {@code host} and {@code basePath} make the endpoint, {@code
 * x-ms-parameterized-host} the host template (prefixed with the endpoint's scheme). Token scopes
 * are the URL scopes its {@code security} requirements list, else, for an OAuth2 security
 * definition with a host, {@code https://<host>/.default}.
 */
final class ClientReader {
  private final SpecDocument main;
  private final Diagnostics diagnostics;

  ClientReader(SpecDocument main, Diagnostics diagnostics) {
    this.main = main;
    this.diagnostics = diagnostics;
  }

  /** The top-level client's simple name. */
  String clientName() {
    String title = main.header().title();
    if (title == null || title.isBlank()) {
      String file = main.fileName();
      int dot = file.lastIndexOf('.');
      title = dot > 0 ? file.substring(0, dot) : file;
    }
    String name = JavaNames.pascal(title);
    return name.endsWith("Client") ? name : name + "Client";
  }

  /** The parameters of {@code x-ms-parameterized-host}, with draft type keys. */
  List<ParameterModel> hostParameters(ParameterReader parameters) {
    List<ParameterModel> out = new ArrayList<>();
    Node host = main.rootNode().child("x-ms-parameterized-host");
    Node list = host == null ? null : host.child("parameters");
    if (list == null) {
      return out;
    }
    ParameterReader.Context context =
        new ParameterReader.Context(
            JavaNames.pascal(clientName()),
            JavaNames.pascal(clientName()),
            main.header().version());
    for (Node site : list.elements()) {
      ParameterModel p = parameters.readHostParameter(site, context);
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * The client: its parameters are every client-level parameter of the operations (one per wire
   * name and location, as first met) and the host parameters, sorted by Java name.
   */
  ClientModel read(String name, List<OperationGroup> groups, List<ParameterModel> hostParameters) {
    DocumentHeader header = main.header();
    Node hostTemplate = main.rootNode().child("x-ms-parameterized-host");
    Map<String, ParameterModel> byWire = new LinkedHashMap<>();
    for (OperationGroup group : groups) {
      for (OperationModel op : group.operations()) {
        for (ParameterModel p : op.parameters()) {
          if (p.clientLevel()) {
            addOnce(byWire, p);
          }
        }
      }
    }
    hostParameters.forEach(p -> addOnce(byWire, p));
    List<ParameterModel> parameters = new ArrayList<>(byWire.values());
    parameters.sort(Comparator.comparing(ParameterModel::javaName));

    String host = header.host();
    List<String> scopes = declaredScopes();
    if (scopes.isEmpty()) {
      scopes =
          header.oauth2() && host != null ? List.of("https://" + host + "/.default") : List.of();
    }
    String basePath = header.basePath();
    String endpoint =
        host == null ? null : scheme(header.schemes()) + "://" + host + trimmed(basePath);
    return new ClientModel(
        name,
        header.description(),
        header.version() == null ? "" : header.version(),
        endpoint,
        hostTemplate == null ? null : hostTemplate.text("hostTemplate"),
        hostTemplate == null || !Boolean.FALSE.equals(hostTemplate.bool("useSchemePrefix")),
        basePath,
        scopes,
        parameters,
        apiKey());
  }

  /**
   * The first {@code apiKey} security definition, in a header or the query, that the document's
   * {@code security}, or an operation's, requires; {@code null} when none does.
   */
  private ApiKeyModel apiKey() {
    JsonNode root = main.rootNode().json();
    JsonNode definitions = root.path("securityDefinitions");
    List<JsonNode> requirements = new ArrayList<>();
    root.path("security").forEach(requirements::add);
    root.path("paths")
        .forEach(
            path ->
                path.forEach(
                    operation -> operation.path("security").forEach(requirements::add)));
    for (JsonNode requirement : requirements) {
      for (java.util.Iterator<String> names = requirement.fieldNames(); names.hasNext(); ) {
        JsonNode definition = definitions.path(names.next());
        String in = definition.path("in").asText("");
        if (definition.path("type").asText("").equals("apiKey")
            && (in.equals("header") || in.equals("query"))
            && definition.path("name").isTextual()
            && !definition.path("name").asText().isBlank()) {
          return new ApiKeyModel(definition.path("name").asText().strip(), in.equals("query"));
        }
      }
    }
    return null;
  }

  /**
   * The scopes the document's {@code security} requirements list that are resource URLs ({@code
   * https://vault.azure.net/.default}), in order; names such as {@code user_impersonation} are not
   * scopes a token can be requested for and are left out.
   */
  private List<String> declaredScopes() {
    List<String> scopes = new ArrayList<>();
    Node security = main.rootNode().child("security");
    if (security == null || !security.json().isArray()) {
      return scopes;
    }
    for (JsonNode requirement : security.json()) {
      requirement
          .fields()
          .forEachRemaining(
              e ->
                  e.getValue()
                      .forEach(
                          scope -> {
                            if (scope.isTextual()
                                && scope.asText().contains("://")
                                && !scopes.contains(scope.asText())) {
                              scopes.add(scope.asText());
                            }
                          }));
    }
    return scopes;
  }

  private void addOnce(Map<String, ParameterModel> byWire, ParameterModel p) {
    String key = p.location() + " " + p.wireName();
    ParameterModel known = byWire.putIfAbsent(key, p);
    if (known != null && !known.type().equals(p.type())) {
      diagnostics.warn(
          p.source(),
          "client parameter '"
              + p.wireName()
              + "' has type "
              + p.type()
              + " here but "
              + known.type()
              + " at "
              + known.source()
              + "; the client uses "
              + known.type());
    }
  }

  /** https when listed, else the first listed; http, as AutoRest assumes, when none is. */
  private static String scheme(List<String> schemes) {
    if (schemes.isEmpty()) {
      return "http";
    }
    return schemes.contains("https") ? "https" : schemes.get(0);
  }

  private static String trimmed(String basePath) {
    return basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
  }
}
