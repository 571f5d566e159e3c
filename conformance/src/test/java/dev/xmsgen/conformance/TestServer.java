package dev.xmsgen.conformance;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.RetryOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The AutoRest test server of this test run: a {@code node} process started on first use on a free
 * localhost port, and stopped when the run ends ({@link TestServerSession}) or, failing that, when
 * the JVM exits. Should even the JVM be killed, the server notices that its stdin closed and exits
 * too ({@code src/test/node/exit-with-parent.js}).
 *
 * <p>Where the installed npm package is, and where the server may write, come from system
 * properties the build sets: {@code conformance.testserver} and {@code conformance.workDirectory}.
 */
final class TestServer {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
  private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

  private static TestServer running;
  private static IllegalStateException startFailure;

  private final Process process;
  private final int port;
  private final Path log;
  private final HttpClient http = HttpClient.newHttpClient();

  private TestServer(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  /** The base URL of the running server, starting it if this is the first call. */
  static String endpoint() {
    return get().baseUrl();
  }

  /** The port of the running server, starting it if this is the first call. */
  static int port() {
    return get().port;
  }

  /**
   * Settings for a client under test: retries and polls without the production waits, so that retry
   * and long-running scenarios take milliseconds (the server's own {@code Retry-After} values are
   * still honoured), and a cookie store, as the server tells a retry or a poll from a first request
   * by a cookie it sets.
   */
  static void fast(ClientOptions pipeline) {
    pipeline
        .retryOptions(
            RetryOptions.defaults()
                .withBaseDelay(Duration.ofMillis(5))
                .withMaxDelay(Duration.ofMillis(50)))
        .pollInterval(Duration.ofMillis(5))
        .httpClient(HttpClient.newBuilder().cookieHandler(new CookieManager()).build());
  }

  /** The running server, started if this is the first call. */
  static synchronized TestServer get() {
    if (startFailure != null) {
      throw startFailure;
    }
    if (running == null) {
      try {
        running = start();
      } catch (IllegalStateException e) {
        startFailure = e;
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "test-server-stop"));
    }
    return running;
  }

  /** The server if a test started it. */
  static synchronized Optional<TestServer> ifStarted() {
    return Optional.ofNullable(running);
  }

  String baseUrl() {
    return "http://localhost:" + port;
  }

  /** The body of {@code GET path} as text; fails unless the status is 200. */
  String fetch(String path) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "GET " + path + " answered " + response.statusCode() + ": " + response.body());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** Stops the server and every process it started; waits for them to end. Idempotent. */
  void stop() {
    List<ProcessHandle> children = process.descendants().toList();
    children.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
  }

  private static TestServer start() {
    Path pkg = Path.of(property("conformance.testserver"));
    Path work = Path.of(property("conformance.workDirectory"));
    Path cli = pkg.resolve("dist/cli/cli.js");
    Path watchdog = Path.of(property("conformance.watchdog"));
    if (!Files.isRegularFile(cli)) {
      throw new IllegalStateException(
          "the AutoRest test server is not installed: no " + cli + " (the build runs npm ci)");
    }
    int port = freePort();
    Path log = work.resolve("server-" + port + ".log");
    ProcessBuilder builder =
        new ProcessBuilder(
                "node",
                "--require",
                watchdog.toString(),
                cli.toString(),
                "run",
                "--port=" + port,
                "--coverageDirectory=" + work.resolve("coverage"))
            .directory(work.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE);
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new IllegalStateException(
          "cannot run node (Node.js 20 is needed for the AutoRest test server): " + e.getMessage(),
          e);
    }
    TestServer server = new TestServer(process, port, log);
    server.awaitReady();
    return server;
  }

  /** Waits until {@code GET /report} answers; fails with the server's log if it never does. */
  private void awaitReady() {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the test server exited with status " + process.exitValue() + ":\n" + logText());
      }
      try {
        fetch("/report");
        return;
      } catch (RuntimeException notYet) {
        sleep(Duration.ofMillis(100));
      }
    }
    stop();
    throw new IllegalStateException(
        "the test server did not answer within " + START_TIMEOUT + ":\n" + logText());
  }

  private String logText() {
    try {
      return Files.readString(log, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  private static String property(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "system property " + name + " is not set (the build sets it)");
    }
    return value;
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
