package dev.xmsgen.core.emit.client;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A real HTTP server on a free loopback port for generated-client tests: answers {@code METHOD
 * raw-path} with a scripted status, JSON body and headers, and records every request.
 */
final class LocalServer implements AutoCloseable {
  private final HttpServer server;
  private final Map<String, Reply> routes = new HashMap<>();
  private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

  /** A request as received. */
  record Request(String method, String uri, Map<String, List<String>> headers, String body) {
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
      return values == null ? null : values.get(0);
    }
  }

  /**
   * A reply; {@code {base}} in the body and headers becomes the server's base URL. A body is JSON
   * unless the headers give another {@code Content-Type}.
   */
  record Reply(int status, String body, Map<String, String> headers) {}

  LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  LocalServer on(String method, String rawPath, int status, String body, String... headers) {
    Map<String, String> h = new HashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      h.put(headers[i], headers[i + 1]);
    }
    routes.put(method + " " + rawPath, new Reply(status, body, h));
    return this;
  }

  List<Request> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Map<String, List<String>> headers = new HashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), List.copyOf(v)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String method = exchange.getRequestMethod();
      requests.add(new Request(method, exchange.getRequestURI().toString(), headers, body));
      Reply reply = routes.get(method + " " + exchange.getRequestURI().getRawPath());
      if (reply == null) {
        reply = new Reply(404, "{\"error\":{\"code\":\"NoRoute\",\"message\":\"none\"}}", Map.of());
      }
      reply
          .headers()
          .forEach((k, v) -> exchange.getResponseHeaders().add(k, v.replace("{base}", base())));
      byte[] bytes = reply.body().replace("{base}", base()).getBytes(StandardCharsets.UTF_8);
      if (bytes.length > 0 && !exchange.getResponseHeaders().containsKey("Content-Type")) {
        exchange.getResponseHeaders().add("Content-Type", "application/json");
      }
      exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
