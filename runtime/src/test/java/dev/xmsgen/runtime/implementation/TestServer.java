package dev.xmsgen.runtime.implementation;

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
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** A real HTTP server on a free local port that answers scripted replies and records requests. */
final class TestServer implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, Function<Recorded, Reply>> routes = new LinkedHashMap<>();
  private final List<Recorded> requests = Collections.synchronizedList(new ArrayList<>());
  private final String host;

  private TestServer(InetSocketAddress address, String host) {
    this.host = host;
    try {
      server = HttpServer.create(address, 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server on 127.0.0.1, addressed as {@code http://127.0.0.1:port}. */
  static TestServer start() {
    return new TestServer(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "127.0.0.1");
  }

  /** A server on every local address, addressed as {@code http://localhost:port}: another host. */
  static TestServer startAsLocalhost() {
    return new TestServer(new InetSocketAddress(0), "localhost");
  }

  String base() {
    return "http://" + host + ":" + server.getAddress().getPort();
  }

  /** Answers {@code METHOD path} (path without query) with {@code handler}. */
  TestServer on(String method, String path, Function<Recorded, Reply> handler) {
    routes.put(method + " " + path, handler);
    return this;
  }

  /** Answers {@code METHOD path} with each reply in turn, repeating the last one. */
  TestServer on(String method, String path, Reply... replies) {
    AtomicInteger next = new AtomicInteger();
    return on(method, path, r -> replies[Math.min(next.getAndIncrement(), replies.length - 1)]);
  }

  List<Recorded> requests() {
    synchronized (requests) {
      return new ArrayList<>(requests);
    }
  }

  /** The requests to {@code path}, in order. */
  List<Recorded> requests(String path) {
    List<Recorded> out = new ArrayList<>();
    for (Recorded r : requests()) {
      if (r.path().equals(path)) {
        out.add(r);
      }
    }
    return out;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      Map<String, List<String>> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Recorded recorded =
          new Recorded(
              exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body);
      requests.add(recorded);
      Function<Recorded, Reply> route = routes.get(recorded.method + " " + recorded.path());
      Reply reply =
          route != null
              ? route.apply(recorded)
              : Reply.json(404, "{\"error\":{\"code\":\"NoRoute\",\"message\":\"no test route\"}}");
      if (reply.dropConnection) {
        return;
      }
      if (reply.delayMillis > 0) {
        Thread.sleep(reply.delayMillis);
      }
      reply.headers.forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      byte[] bytes = reply.body.getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(reply.status, bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** A request the server received. */
  static final class Recorded {
    final String method;
    final String uri;
    final Map<String, List<String>> headers;
    final String body;

    Recorded(String method, String uri, Map<String, List<String>> headers, String body) {
      this.method = method;
      this.uri = uri;
      this.headers = headers;
      this.body = body;
    }

    String path() {
      int q = uri.indexOf('?');
      return q < 0 ? uri : uri.substring(0, q);
    }

    /** The first value of a header, or {@code null}. */
    String header(String name) {
      List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
      return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
      return method + " " + uri;
    }
  }

  /** What the server answers. */
  static final class Reply {
    final int status;
    final String body;
    final Map<String, String> headers = new LinkedHashMap<>();
    boolean dropConnection;
    long delayMillis;

    private Reply(int status, String body) {
      this.status = status;
      this.body = body;
    }

    static Reply json(int status, String body) {
      Reply r = new Reply(status, body);
      if (!body.isEmpty()) {
        r.headers.put("Content-Type", "application/json");
      }
      return r;
    }

    static Reply status(int status) {
      return new Reply(status, "");
    }

    /** Closes the connection without answering: the client sees an I/O error. */
    static Reply drop() {
      Reply r = new Reply(500, "");
      r.dropConnection = true;
      return r;
    }

    Reply header(String name, String value) {
      headers.put(name, value);
      return this;
    }

    Reply after(long millis) {
      delayMillis = millis;
      return this;
    }
  }
}
