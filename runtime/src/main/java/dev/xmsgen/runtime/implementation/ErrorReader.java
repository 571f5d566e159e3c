package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.AuthenticationException;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.ResponseBodyException;
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
  /** The ids Azure support asks for, in every exception message and log line that has them. */
  static final List<String> SUPPORT_IDS =
      List.of("x-ms-request-id", "x-ms-correlation-request-id", "x-ms-client-request-id");
  private static final ErrorDetail NOTHING = new ErrorDetail(null, null, null, List.of());

  private ErrorReader() {}

  /** The exception for an unexpected status. */
  static ApiException httpError(Request request, int status, HttpHeaders headers, byte[] body) {
    ErrorDetail parsed = parse(body);
    String message =
        request + " failed with status " + status + describe(parsed, body) + ids(headers);
    return new ApiException(
        message,
        null,
        request.method(),
        url(request),
        status,
        parsed,
        body,
        headers,
        typed(request.errorType(status), body));
  }

  /** The exception for a long-running operation that ended {@code outcome} (Failed, Canceled). */
  static ApiException operationFailed(
      Request operation, String outcome, int status, HttpHeaders headers, byte[] body) {
    ErrorDetail parsed = parse(body);
    String message =
        "long-running operation "
            + operation
            + " ended "
            + outcome
            + describe(parsed, body)
            + ids(headers);
    return new ApiException(
        message,
        null,
        operation.method(),
        url(operation),
        status,
        parsed,
        body,
        headers,
        typed(operation.errorType(status), body));
  }

  /** The exception for a response whose body could not be read ({@code problem} says why). */
  static ResponseBodyException unreadableBody(
      Request request, Response<byte[]> raw, String problem, Throwable cause) {
    String message =
        request + " answered " + raw.statusCode() + " but " + problem + ids(raw.headers());
    return new ResponseBodyException(
        message,
        cause,
        request.method(),
        url(request),
        raw.statusCode(),
        raw.value(),
        raw.headers());
  }

  /** The exception for a call that got no token. */
  static AuthenticationException credentialFailed(Request request, Throwable cause) {
    return new AuthenticationException(
        request + " got no token: " + cause, cause, request.method(), url(request));
  }

  /**
   * A call that got no response: {@code what} happened ("failed after 4 attempts", "did not
   * complete within PT30S"), named with the client request id its attempts carried.
   */
  static NoResponseException noResponse(
      Request request, String requestId, String what, IOException cause) {
    return new NoResponseException(
        request + " " + what + ": " + cause + " [x-ms-client-request-id=" + requestId + "]",
        cause,
        request.method(),
        url(request));
  }

  /** The support ids a response carried, as {@code " [x-ms-request-id=...]"}; empty if none. */
  static String ids(HttpHeaders headers) {
    StringBuilder out = new StringBuilder();
    for (String name : SUPPORT_IDS) {
      headers
          .firstValue(name)
          .ifPresent(v -> out.append(out.length() == 0 ? " [" : ", ").append(name).append('=').append(v));
    }
    return out.length() == 0 ? "" : out.append(']').toString();
  }

  private static String url(Request request) {
    return Redaction.url(request.uri(), request.secretQuery());
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
