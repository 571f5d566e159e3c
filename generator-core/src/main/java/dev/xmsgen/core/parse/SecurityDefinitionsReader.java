package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.SourceRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a document's {@code securityDefinitions}: whether a scheme is OAuth2, which decides the
 * client's token scopes, and a warning with its exact pointer for each scheme that is not a
 * Swagger 2.0 security scheme (unknown type, missing or unknown member).
 *
 * <p>Read from the JSON tree rather than by swagger-parser: swagger-parser converts OAuth2 schemes
 * with an {@code ObjectMapper} of its own, whose start-up costs more than reading every spec of an
 * API.
 */
final class SecurityDefinitionsReader {

  private static final List<String> TYPES = List.of("basic", "apiKey", "oauth2");
  private static final List<String> FLOWS =
      List.of("implicit", "password", "application", "accessCode");

  /** The members each type of scheme may have, besides {@code type}, {@code description}, x-*. */
  private static final Map<String, Set<String>> MEMBERS =
      Map.of(
          "basic", Set.of(),
          "apiKey", Set.of("name", "in"),
          "oauth2", Set.of("flow", "authorizationUrl", "tokenUrl", "scopes"));

  private final Diagnostics diagnostics;

  SecurityDefinitionsReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * Whether a scheme of {@code definitions} (the member's value, or {@code null} when absent) is of
   * type {@code oauth2}.
   */
  boolean hasOAuth2(JsonNode definitions, String file) {
    if (definitions == null) {
      return false;
    }
    SourceRef at = new SourceRef(file, "/securityDefinitions");
    if (!definitions.isObject()) {
      warn(at, "securityDefinitions is not an object");
      return false;
    }
    boolean oauth2 = false;
    for (Map.Entry<String, JsonNode> e : definitions.properties()) {
      oauth2 |= scheme(e.getValue(), at.child(e.getKey()));
    }
    return oauth2;
  }

  /** Checks one scheme; whether it is OAuth2. */
  private boolean scheme(JsonNode scheme, SourceRef at) {
    if (!scheme.isObject()) {
      warn(at, "a security scheme is an object");
      return false;
    }
    String type = text(scheme, "type");
    if (type == null) {
      warn(at, "the security scheme has no type (basic, apiKey or oauth2)");
      return false;
    }
    if (!TYPES.contains(type)) {
      warn(
          at.child("type"),
          "unknown security scheme type '" + type + "'; expected basic, apiKey or oauth2");
      return false;
    }
    for (Map.Entry<String, JsonNode> e : scheme.properties()) {
      String key = e.getKey();
      if (!key.equals("type") && !key.equals("description") && !key.startsWith("x-")
          && !MEMBERS.get(type).contains(key)) {
        warn(at.child(key), "a security scheme of type " + type + " has no member '" + key + "'");
      }
    }
    switch (type) {
      case "apiKey" -> {
        require(scheme, at, "an apiKey scheme", "name");
        String in = require(scheme, at, "an apiKey scheme", "in");
        if (in != null && !in.equals("header") && !in.equals("query")) {
          warn(at.child("in"), "an apiKey is in 'header' or 'query', not '" + in + "'");
        }
      }
      case "oauth2" -> {
        String flow = require(scheme, at, "an oauth2 scheme", "flow");
        if (flow != null && !FLOWS.contains(flow)) {
          warn(
              at.child("flow"),
              "unknown OAuth2 flow '" + flow + "'; expected implicit, password, application or"
                  + " accessCode");
        } else if (flow != null) {
          if (flow.equals("implicit") || flow.equals("accessCode")) {
            require(scheme, at, "the oauth2 flow " + flow, "authorizationUrl");
          }
          if (!flow.equals("implicit")) {
            require(scheme, at, "the oauth2 flow " + flow, "tokenUrl");
          }
        }
        JsonNode scopes = scheme.get("scopes");
        if (scopes == null || !scopes.isObject()) {
          warn(
              scopes == null ? at : at.child("scopes"),
              "an oauth2 scheme needs 'scopes', an object of scope names and descriptions");
        }
      }
      default -> {}
    }
    return type.equals("oauth2");
  }

  /**
   * The text of a member the scheme needs, or {@code null} with a warning when it is missing.
   *
   * @param who what needs it, as the warning names it: {@code an apiKey scheme}
   */
  private String require(JsonNode scheme, SourceRef at, String who, String key) {
    String value = text(scheme, key);
    if (value == null) {
      warn(scheme.has(key) ? at.child(key) : at, who + " needs '" + key + "', a string");
    }
    return value;
  }

  private static String text(JsonNode object, String key) {
    JsonNode value = object.get(key);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  private void warn(SourceRef at, String message) {
    diagnostics.warn(at, "Swagger 2.0 structure: " + message);
  }
}
