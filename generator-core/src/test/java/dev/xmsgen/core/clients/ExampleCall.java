package dev.xmsgen.core.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xmsgen.core.clients.ExampleServer.Reply;
import dev.xmsgen.core.model.OperationModel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The server's side of one call of an operation, scripted from one response of its example.
 *
 * <p>The first request must be the operation's own, as {@link ExpectedRequest} says; it is answered
 * with the example's status, headers and body, or 400 naming what differs. After that:
 *
 * <ul>
 *   <li>a long-running operation answered 201 or 202 is followed on this server: the example's
 *       {@code Azure-AsyncOperation}, {@code Operation-Location} and {@code Location} headers are
 *       rewritten to a status monitor and a location here (both are added when the example gives
 *       neither, as Azure does); the monitor says {@code InProgress} once, then {@code Succeeded};
 *       a {@code Location} polled on its own answers 202 once; the location and the operation's URL
 *       then serve the example's final body, that of its 200 response (else of its 201);
 *   <li>a pageable operation's next link, if the example has one, is rewritten to an empty last
 *       page here.
 * </ul>
 *
 * Every request must carry the bearer token. Anything else is recorded as a failure.
 */
final class ExampleCall implements ExampleServer.Script {
  private static final int MAX_POLLS = 10;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Set<String> MONITOR_HEADERS =
      Set.of("azure-asyncoperation", "operation-location");

  /** How the operation is called. */
  enum Kind {
    PLAIN,
    PAGED,
    LONG_RUNNING
  }

  private final ExpectedRequest expected;
  private final Kind kind;
  private final int status;
  private final JsonNode response;
  private final JsonNode finalBody;
  private final OperationModel.Paging paging;
  private final String base;
  private final String prefix;
  private final List<String> requests = new ArrayList<>();
  private final List<String> failures = new ArrayList<>();
  private boolean monitored;
  private boolean nextLinkServed;
  private boolean nextPageFetched;
  private int statusPolls;
  private int locationPolls;

  /**
   * @param responses the example's {@code responses}
   * @param status the one to answer with
   * @param base the server's base URL
   * @param prefix a path prefix of this call's own routes, unique on the server
   */
  ExampleCall(
      OperationModel op,
      ExpectedRequest expected,
      JsonNode responses,
      String status,
      String base,
      String prefix) {
    this.expected = expected;
    this.kind =
        op.longRunning() != null
            ? Kind.LONG_RUNNING
            : op.paging() != null ? Kind.PAGED : Kind.PLAIN;
    this.status = Integer.parseInt(status);
    this.response = responses.path(status);
    this.finalBody = polled() ? finalBody(responses) : bodyOf(response);
    this.paging = op.paging();
    this.base = base;
    this.prefix = prefix;
  }

  /** The example's body that the operation's final result must hold, or {@code null}. */
  JsonNode resultBody() {
    return finalBody;
  }

  /** Whether the client must follow the operation after the first answer. */
  boolean polled() {
    return kind == Kind.LONG_RUNNING && (status == 201 || status == 202);
  }

  int status() {
    return status;
  }

  /** The requests received, in order. */
  synchronized List<String> requests() {
    return List.copyOf(requests);
  }

  /** What went wrong, including what the client left undone. */
  synchronized List<String> failures() {
    List<String> out = new ArrayList<>(failures);
    if (requests.isEmpty()) {
      out.add("the client sent no request");
    } else if (polled() && requests.size() < 2) {
      out.add("the client did not poll after a " + status);
    }
    if (nextLinkServed && !nextPageFetched) {
      out.add("the client did not fetch the next page");
    }
    return out;
  }

  @Override
  public synchronized Reply answer(ReceivedRequest request) {
    requests.add(request.toString());
    if (requests.size() == 1) {
      List<String> differences = expected.differences(request);
      if (!differences.isEmpty()) {
        failures.addAll(differences);
        return Reply.badRequest(differences);
      }
      return first();
    }
    expected.authorization(request).ifPresent(failures::add);
    String path = request.rawPath();
    if (request.method().equals("GET") && path.equals(prefix + "/status")) {
      return tooManyPolls(++statusPolls)
          ? Reply.badRequest(failures)
          : Reply.json(200, operationStatus(statusPolls == 1 ? "InProgress" : "Succeeded"));
    }
    if (request.method().equals("GET") && path.equals(prefix + "/location")) {
      if (tooManyPolls(++locationPolls)) {
        return Reply.badRequest(failures);
      }
      if (!monitored && locationPolls == 1) {
        return new Reply(202, Map.of("Location", base + prefix + "/location"), null);
      }
      return Reply.json(200, finalBody);
    }
    if (request.method().equals("GET") && path.equals(prefix + "/next") && nextLinkServed) {
      nextPageFetched = true;
      return Reply.json(200, NODES.objectNode().set(itemName(), NODES.arrayNode()));
    }
    if (polled() && request.method().equals("GET") && expected.isOperationUrl(request)) {
      return Reply.json(200, finalBody);
    }
    String problem = "unexpected request " + request;
    failures.add(problem);
    return Reply.badRequest(List.of(problem));
  }

  private Reply first() {
    Map<String, String> headers = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = response.path("headers").fields();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> h = it.next();
      headers.put(h.getKey(), h.getValue().asText());
    }
    JsonNode body = bodyOf(response);
    if (polled()) {
      followHere(headers);
    }
    if (kind == Kind.PAGED && status < 300 && body != null && body.isObject()) {
      body = withLocalNextLink((ObjectNode) body.deepCopy());
    }
    return new Reply(status, headers, body);
  }

  /** Points the polling headers at this server, adding both when the example gives neither. */
  private void followHere(Map<String, String> headers) {
    boolean located = false;
    for (Map.Entry<String, String> h : headers.entrySet()) {
      String name = h.getKey().toLowerCase(Locale.ROOT);
      if (MONITOR_HEADERS.contains(name)) {
        h.setValue(base + prefix + "/status");
        monitored = true;
      } else if (name.equals("location")) {
        h.setValue(base + prefix + "/location");
        located = true;
      }
    }
    if (!monitored && !located) {
      headers.put("Azure-AsyncOperation", base + prefix + "/status");
      headers.put("Location", base + prefix + "/location");
      monitored = true;
    }
  }

  private JsonNode withLocalNextLink(ObjectNode page) {
    String nextLinkName = paging.nextLinkName();
    if (nextLinkName != null
        && page.path(nextLinkName).isTextual()
        && !page.get(nextLinkName).asText().isEmpty()) {
      page.put(nextLinkName, base + prefix + "/next");
      nextLinkServed = true;
    }
    return page;
  }

  private String itemName() {
    return paging.itemName() == null ? "value" : paging.itemName();
  }

  /** For pageable operations: the example's items, which the client's iteration must yield. */
  JsonNode items() {
    JsonNode body = bodyOf(response);
    JsonNode items = body == null ? null : body.get(itemName());
    return items == null ? NODES.arrayNode() : items;
  }

  private boolean tooManyPolls(int polls) {
    if (polls > MAX_POLLS) {
      failures.add("the client polled more than " + MAX_POLLS + " times");
      return true;
    }
    return false;
  }

  private static JsonNode operationStatus(String value) {
    return NODES.objectNode().put("status", value);
  }

  /** The body of the example's 200 response, else of its 201, else {@code null}. */
  private static JsonNode finalBody(JsonNode responses) {
    JsonNode ok = bodyOf(responses.path("200"));
    return ok != null ? ok : bodyOf(responses.path("201"));
  }

  /** A response's body, or {@code null} when it has none. */
  private static JsonNode bodyOf(JsonNode response) {
    JsonNode body = response.get("body");
    return body == null || body.isNull() ? null : body;
  }
}
