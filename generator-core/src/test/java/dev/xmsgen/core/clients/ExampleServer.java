package dev.xmsgen.core.clients;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on a free port of 127.0.0.1 that answers as the current {@link Script} says. A
 * test sets the script of a call before making it. A request that arrives while no script is set,
 * or that the script fails on, is answered 500 and kept in {@link #problems()}.
 */
final class ExampleServer implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Answers the requests of one call. Called on the server's thread. */
  interface Script {
    Reply answer(ReceivedRequest request);
  }

  /**
   * An answer: status, headers and an optional JSON body.
   *
   * @param body the JSON body, or {@code null} for none
   */
  record Reply(int status, Map<String, String> headers, JsonNode body) {
    Reply {
      headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    static Reply json(int status, JsonNode body) {
      return new Reply(status, Map.of(), body);
    }

    /** A 400 whose ARM-style error body gives {@code problems}. */
    static Reply badRequest(List<String> problems) {
      JsonNode body =
          JSON.createObjectNode()
              .set(
                  "error",
                  JSON.createObjectNode()
                      .put("code", "RequestDiffersFromExample")
                      .put("message", String.join("; ", problems)));
      return json(400, body);
    }
  }

  private final HttpServer server;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private volatile Script script;

  ExampleServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** {@code http://127.0.0.1:port}: the endpoint clients are built with. */
  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Answers with {@code next} from now on; {@code null} answers nothing. */
  void script(Script next) {
    script = next;
  }

  /** Requests that arrived while no script was set, or that the script failed on. */
  List<String> problems() {
    synchronized (problems) {
      return List.copyOf(problems);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      ReceivedRequest request =
          ReceivedRequest.of(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getRawPath(),
              exchange.getRequestURI().getRawQuery(),
              exchange.getRequestHeaders(),
              body);
      Script current = script;
      String problem = null;
      Reply reply = null;
      if (current == null) {
        problem = request + ": no call is expected now";
      } else {
        try {
          reply = current.answer(request);
        } catch (RuntimeException e) {
          problem = request + ": the script failed: " + e;
        }
      }
      if (problem != null) {
        problems.add(problem);
        Reply error = Reply.badRequest(List.of(problem));
        reply = new Reply(500, error.headers(), error.body());
      }
      send(exchange, reply);
    } finally {
      exchange.close();
    }
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    byte[] bytes = reply.body() == null ? new byte[0] : JSON.writeValueAsBytes(reply.body());
    if (bytes.length > 0) {
      exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
