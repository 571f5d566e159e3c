package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ErrorDetail;
import dev.xmsgen.runtime.Json;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an error body into an {@link ApiException}. Reads {@code {"error": {...}}} (ARM's
 * CloudError, Managed HSM's error, long-running operation status bodies), {@code {"odata.error":
 * {...}}} and a bare {@code {"code", "message"}}.
 */
final class ErrorReader {
  private static final int BODY_EXCERPT = 200;
  private static final ErrorDetail NOTHING = new ErrorDetail(null, null, null, List.of());

  private ErrorReader() {}

  /** The exception for an unexpected status. */
  static ApiException httpError(Request request, int status, HttpHeaders headers, byte[] body) {
    ErrorDetail parsed = parse(body);
    String message = request + " failed with status " + status + describe(parsed, body);
    return new ApiException(
        message, status, parsed, body, headers, typed(request.errorType(status), body));
  }

  /** The exception for a long-running operation that ended {@code outcome} (Failed, Canceled). */
  static ApiException operationFailed(
      Request operation, String outcome, int status, HttpHeaders headers, byte[] body) {
    ErrorDetail parsed = parse(body);
    String message =
        "long-running operation " + operation + " ended " + outcome + describe(parsed, body);
    return new ApiException(
        message, status, parsed, body, headers, typed(operation.errorType(status), body));
  }

  /** The code, message, target and details of an error body; all null if it has none. */
  static ErrorDetail parse(byte[] body) {
    if (body == null || body.length == 0) {
      return NOTHING;
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      return NOTHING;
    }
    if (root == null || !root.isObject()) {
      return NOTHING;
    }
    for (String wrapper : List.of("error", "odata.error")) {
      if (root.path(wrapper).isObject()) {
        return detail(root.get(wrapper));
      }
    }
    return detail(root);
  }

  private static ErrorDetail detail(JsonNode node) {
    List<ErrorDetail> details = new ArrayList<>();
    for (JsonNode d : node.path("details")) {
      if (d.isObject()) {
        details.add(detail(d));
      }
    }
    JsonNode message = node.path("message");
    String text = message.isObject() ? text(message, "value") : text(node, "message");
    return new ErrorDetail(text(node, "code"), text, text(node, "target"), details);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
  }

  private static String describe(ErrorDetail parsed, byte[] body) {
    if (parsed.code() != null || parsed.message() != null) {
      return (parsed.code() == null ? "" : " (" + parsed.code() + ")")
          + (parsed.message() == null ? "" : ": " + parsed.message());
    }
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8).strip();
    return ": " + (text.length() > BODY_EXCERPT ? text.substring(0, BODY_EXCERPT) + "..." : text);
  }

  private static Object typed(Class<?> type, byte[] body) {
    if (type == null || body == null || body.length == 0) {
      return null;
    }
    try {
      return Json.mapper().readValue(body, type);
    } catch (IOException e) {
      return null;
    }
  }
}
