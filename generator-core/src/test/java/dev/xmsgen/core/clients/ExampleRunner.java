package dev.xmsgen.core.clients;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.xmsgen.core.clients.OperationInvoker.Result;
import dev.xmsgen.core.examples.ExampleCatalog.ExampleCase;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.TokenCredential;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Runs the examples of one spec set through its generated clients against one {@link
 * ExampleServer}: for each example, one call per response it gives with a numeric status. A success
 * response's call must return what the response (for a long-running operation, the final one)
 * holds; an error response's call must throw {@link ApiException} holding the error.
 */
final class ExampleRunner {
  static final String TOKEN = "example-token";
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

  /**
   * The pipeline settings of the clients under test: no retries, so that a request the server
   * refuses fails at once, and no real waiting between polls (examples ask for {@code Retry-After:
   * 60}).
   */
  static final Consumer<ClientOptions> SETTINGS =
      pipeline ->
          pipeline
              .retryOptions(RetryOptions.none())
              .sleeper(d -> CompletableFuture.completedFuture(null));

  private final GeneratedService service;
  private final ExampleServer server;
  private final Map<Map<String, JsonNode>, Object> clients = new HashMap<>();
  private final List<String> failures = new ArrayList<>();
  private int called;
  private int passed;
  private int responses;
  private int nextCall;

  ExampleRunner(GeneratedService service, ExampleServer server) {
    this.service = service;
    this.server = server;
  }

  /** Calls the example's operation once per response; returns what went wrong. */
  List<String> run(ExampleCase example) {
    called++;
    List<String> problems = new ArrayList<>();
    Optional<OperationModel> op = service.operation(example.operationId());
    if (op.isEmpty()) {
      problems.add("the generated clients have no operation " + example.operationId());
    } else {
      for (Iterator<String> it = example.example().path("responses").fieldNames(); it.hasNext(); ) {
        String status = it.next();
        if (status.matches("\\d{3}")) {
          responses++;
          for (String p : call(op.get(), example, status)) {
            problems.add(status + ": " + p);
          }
        }
      }
    }
    if (problems.isEmpty()) {
      passed++;
    } else {
      failures.add(example + ": " + String.join("; ", problems));
    }
    return problems;
  }

  int called() {
    return called;
  }

  int passed() {
    return passed;
  }

  /** How many example responses were served. */
  int responses() {
    return responses;
  }

  List<String> failures() {
    return List.copyOf(failures);
  }

  private List<String> call(OperationModel op, ExampleCase example, String status) {
    JsonNode parameters = example.example().path("parameters");
    ExpectedRequest expected = new ExpectedRequest(service.model(), op, parameters, TOKEN);
    if (!expected.exampleProblems().isEmpty()) {
      return expected.exampleProblems();
    }
    ExampleCall call =
        new ExampleCall(
            op,
            expected,
            example.example().path("responses"),
            status,
            server.base(),
            "/example-calls/" + ++nextCall);
    Object client = client(parameters);
    Result result = null;
    Throwable thrown = null;
    server.script(call);
    try {
      result =
          assertTimeoutPreemptively(
              CALL_TIMEOUT,
              () -> OperationInvoker.call(client, service.groupOf(op), op, parameters),
              () -> "no answer within " + CALL_TIMEOUT + "; requests: " + call.requests());
    } catch (Throwable t) {
      thrown = t;
    } finally {
      server.script(null);
    }
    List<String> problems = new ArrayList<>(call.failures());
    if (call.status() >= 400) {
      problems.addAll(errorProblems(op, call, thrown));
    } else if (thrown != null) {
      problems.add("the call threw " + describe(thrown));
    } else {
      problems.addAll(resultProblems(op, call, result));
    }
    return problems;
  }

  private List<String> resultProblems(OperationModel op, ExampleCall call, Result result) {
    if (result.paged()) {
      String itemName = op.paging().itemName() == null ? "value" : op.paging().itemName();
      Optional<TypeRef> itemType = service.itemType(op, itemName);
      if (itemType.isEmpty()) {
        return List.of("paged, but the page type declares no list " + itemName);
      }
      return ResultCheck.differences(
          service.model(), new TypeRef.ListOf(itemType.get()), call.items(), result.value());
    }
    Optional<TypeRef> type = service.resultType(op);
    JsonNode expected = call.resultBody();
    if (type.isEmpty() || expected == null) {
      return result.value() == null
          ? List.of()
          : List.of("expected no result but got " + result.value());
    }
    if (result.value() == null) {
      return List.of("expected a result holding " + abbreviate(expected) + " but got none");
    }
    return ResultCheck.differences(service.model(), type.get(), expected, result.value());
  }

  private List<String> errorProblems(OperationModel op, ExampleCall call, Throwable thrown) {
    if (!(thrown instanceof ApiException e)) {
      return List.of("expected ApiException " + call.status() + " but got " + describe(thrown));
    }
    List<String> problems = new ArrayList<>();
    if (e.statusCode() != call.status()) {
      problems.add("ApiException status " + e.statusCode());
    }
    JsonNode body = call.resultBody();
    if (body == null) {
      return problems;
    }
    JsonNode error = body.path("error");
    String code = error.path("code").asText(null);
    if (code != null && !code.equals(e.errorCode())) {
      problems.add("ApiException errorCode: expected " + code + " but was " + e.errorCode());
    }
    String message = error.path("message").asText(null);
    if (message != null && !message.equals(e.errorMessage())) {
      problems.add(
          "ApiException errorMessage: expected " + message + " but was " + e.errorMessage());
    }
    Optional<TypeRef> type = service.responseType(op, String.valueOf(call.status()));
    if (type.isPresent()) {
      if (e.error() == null) {
        problems.add("ApiException has no typed error");
      } else {
        problems.addAll(ResultCheck.differences(service.model(), type.get(), body, e.error()));
      }
    }
    return problems;
  }

  /** A client for the example's client parameters, built once per distinct set of values. */
  private Object client(JsonNode parameters) {
    Map<String, JsonNode> values = new TreeMap<>();
    for (ParameterModel p : service.clientParameters()) {
      // an operation that does not use a client parameter still needs the builder to have one
      JsonNode value = parameters.get(p.wireName());
      values.put(p.wireName(), value != null ? value : placeholder(p.type()));
    }
    return clients.computeIfAbsent(
        values, v -> service.newClient(server.base(), TokenCredential.of(TOKEN), v, SETTINGS));
  }

  /** A value of {@code type} for a client parameter that the called operation does not use. */
  private static JsonNode placeholder(TypeRef type) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    if (type instanceof TypeRef.Scalar scalar) {
      switch (scalar.primitive()) {
        case UUID:
          return nodes.textNode(new UUID(0, 0).toString());
        case INT32:
        case INT64:
          return nodes.numberNode(0);
        default:
          break;
      }
    }
    return nodes.textNode("unused");
  }

  /** An exception with the first frames of its stack, enough to see where it came from. */
  private static String describe(Throwable t) {
    if (t == null) {
      return "nothing";
    }
    return t
        + Arrays.stream(t.getStackTrace())
            .limit(4)
            .map(f -> "\n      at " + f)
            .collect(Collectors.joining());
  }

  private static String abbreviate(JsonNode node) {
    String s = String.valueOf(node);
    return s.length() > 120 ? s.substring(0, 117) + "..." : s;
  }
}
