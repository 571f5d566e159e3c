package dev.xmsgen.core.clients;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.examples.WireComparison;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The request an operation must send for one example: its method, its path template with the
 * example's parameter values put in, the example's {@code api-version}, query and header values,
 * the bearer token, and the example's body (compared by {@link WireComparison}, so read-only
 * properties, which are not sent, are left aside).
 */
final class ExpectedRequest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^}]+)}");

  private final ApiModel model;
  private final OperationModel op;
  private final JsonNode parameters;
  private final String token;
  private final List<String> segments;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param parameters the example's {@code parameters}
   * @param token the token every request must carry
   */
  ExpectedRequest(ApiModel model, OperationModel op, JsonNode parameters, String token) {
    this.model = model;
    this.op = op;
    this.parameters = parameters;
    this.token = token;
    this.segments = pathSegments();
  }

  /** Problems of the example itself, such as a path parameter it gives no value for. */
  List<String> exampleProblems() {
    return List.copyOf(problems);
  }

  /** Whether {@code request} is for the operation's own URL, whatever its method. */
  boolean isOperationUrl(ReceivedRequest request) {
    return request.segments().equals(segments);
  }

  /** What differs between {@code request} and what the example says it must be. */
  List<String> differences(ReceivedRequest request) {
    List<String> out = new ArrayList<>();
    if (!request.method().equals(op.httpMethod().toUpperCase(Locale.ROOT))) {
      out.add("method: expected " + op.httpMethod() + " but was " + request.method());
    }
    if (!isOperationUrl(request)) {
      out.add("path: expected /" + String.join("/", segments) + " but was " + request.rawPath());
    }
    authorization(request).ifPresent(out::add);
    out.addAll(query(request));
    out.addAll(headers(request));
    out.addAll(body(request));
    return out;
  }

  /** The problem with a request's {@code Authorization} header, if it has one. */
  Optional<String> authorization(ReceivedRequest request) {
    String expected = "Bearer " + token;
    String actual = request.header("Authorization");
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(
            "Authorization: expected " + expected + " but was " + actual + " (" + request + ")");
  }

  private List<String> pathSegments() {
    List<String> out = new ArrayList<>();
    String path = op.path().startsWith("/") ? op.path().substring(1) : op.path();
    for (String segment : path.split("/", -1)) {
      Matcher m = PLACEHOLDER.matcher(segment);
      StringBuilder filled = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(filled, Matcher.quoteReplacement(pathValue(m.group(1))));
      }
      m.appendTail(filled);
      out.add(filled.toString());
    }
    return out;
  }

  private String pathValue(String name) {
    JsonNode value = parameters.get(name);
    if (value == null) {
      problems.add("the example gives no value for path parameter " + name);
      return "{" + name + "}";
    }
    return text(value);
  }

  private List<String> query(ReceivedRequest request) {
    List<String> out = new ArrayList<>();
    Set<String> allowed = new HashSet<>();
    for (ParameterModel p : op.parameters()) {
      if (p.location() != Location.QUERY) {
        continue;
      }
      allowed.add(p.wireName());
      List<String> expected = expectedValues(p);
      List<String> actual = request.query().get(p.wireName());
      if (expected == null) {
        continue;
      }
      if (!expected.equals(actual)) {
        out.add("query " + p.wireName() + ": expected " + expected + " but was " + actual);
      }
    }
    for (Map.Entry<String, List<String>> e : request.query().entrySet()) {
      if (!allowed.contains(e.getKey())) {
        out.add("query " + e.getKey() + ": not a parameter of the operation: " + e.getValue());
      } else if (expectedValues(parameter(e.getKey(), Location.QUERY)) == null) {
        out.add("query " + e.getKey() + ": sent " + e.getValue() + " but the example gives none");
      }
    }
    return out;
  }

  /**
   * The values a parameter must be sent with: the example's, else its constant (other than an
   * {@code api-version}, which must be the example's), else {@code null} for none.
   */
  private List<String> expectedValues(ParameterModel p) {
    JsonNode value = parameters.get(p.wireName());
    if (value == null) {
      boolean apiVersion = p.wireName().equalsIgnoreCase("api-version");
      return p.constantValue() == null || apiVersion ? null : List.of(p.constantValue());
    }
    if (!value.isArray()) {
      return List.of(text(value));
    }
    List<String> items = new ArrayList<>();
    value.forEach(v -> items.add(text(v)));
    if (p.collectionFormat() == ParameterModel.CollectionFormat.MULTI) {
      return items;
    }
    ParameterModel.CollectionFormat format =
        p.collectionFormat() == null ? ParameterModel.CollectionFormat.CSV : p.collectionFormat();
    return List.of(String.join(format.separator(), items));
  }

  private ParameterModel parameter(String wireName, Location location) {
    return op.parameters().stream()
        .filter(p -> p.location() == location && p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow();
  }

  private List<String> headers(ReceivedRequest request) {
    List<String> out = new ArrayList<>();
    for (ParameterModel p : op.parameters()) {
      if (p.location() != Location.HEADER) {
        continue;
      }
      List<String> expected = expectedValues(p);
      String actual = request.header(p.wireName());
      if (expected != null && !expected.equals(actual == null ? null : List.of(actual))) {
        out.add("header " + p.wireName() + ": expected " + expected + " but was " + actual);
      }
    }
    return out;
  }

  private List<String> body(ReceivedRequest request) {
    ParameterModel bodyParameter =
        op.parameters().stream()
            .filter(p -> p.location() == Location.BODY)
            .findFirst()
            .orElse(null);
    JsonNode expected = bodyParameter == null ? null : parameters.get(bodyParameter.wireName());
    if (expected == null) {
      return request.body().isEmpty()
          ? List.of()
          : List.of("body: the example gives none but the request has " + request.body());
    }
    if (request.body().isEmpty()) {
      return List.of("body: expected " + expected + " but the request has none");
    }
    String contentType = request.header("Content-Type");
    if (contentType == null || !contentType.startsWith("application/json")) {
      return List.of("Content-Type: expected application/json but was " + contentType);
    }
    JsonNode actual;
    try {
      actual = JSON.readTree(request.body());
    } catch (JsonProcessingException e) {
      return List.of("body: not JSON: " + request.body());
    }
    return WireComparison.differences(model, bodyParameter.type(), expected, actual, "body")
        .stream()
        .map(d -> "request " + d)
        .toList();
  }

  /** A parameter value as it appears in a URL or header, before encoding. */
  private static String text(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }
}
