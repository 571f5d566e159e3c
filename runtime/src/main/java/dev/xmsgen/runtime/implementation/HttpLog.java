package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.HttpLogLevel;
import java.lang.System.Logger.Level;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Logs a pipeline's exchanges at {@code INFO} through {@link System.Logger} {@value #NAME}, as much
 * as its {@link HttpLogLevel} says. Every line carries the call's {@code x-ms-client-request-id};
 * response lines also the service's request and correlation ids. Credential and secret values
 * never appear; header values off the allow-list are redacted.
 */
final class HttpLog {
  static final String NAME = "dev.xmsgen.runtime.http";
  static final int BODY_LIMIT = 4096;
  private static final System.Logger LOGGER = System.getLogger(NAME);

  private final HttpLogLevel level;
  private final Set<String> allowed;

  HttpLog(HttpLogLevel level, Set<String> allowed) {
    this.level = level;
    this.allowed = Set.copyOf(allowed);
  }

  private boolean at(HttpLogLevel least) {
    return level.compareTo(least) >= 0 && LOGGER.isLoggable(Level.INFO);
  }

  void request(Request request, HttpRequest sent, String requestId, int attempt) {
    if (!at(HttpLogLevel.BASIC)) {
      return;
    }
    StringBuilder line = new StringBuilder("--> ");
    line.append(request.method())
        .append(' ')
        .append(Redaction.url(request.uri(), request.secretQuery()));
    if (attempt > 0) {
      line.append(" (retry ").append(attempt).append(')');
    }
    line.append(" [x-ms-client-request-id=").append(requestId).append(']');
    if (at(HttpLogLevel.HEADERS)) {
      headers(line, sent.headers(), request.secretHeaders());
    }
    byte[] body = request.body();
    if (body != null) {
      body(line, body);
    }
    LOGGER.log(Level.INFO, line.toString());
  }

  void response(
      Request request, String requestId, int status, HttpHeaders headers, byte[] body, long ms) {
    if (!at(HttpLogLevel.BASIC)) {
      return;
    }
    StringBuilder line = new StringBuilder("<-- ");
    line.append(status)
        .append(' ')
        .append(request)
        .append(" (")
        .append(ms)
        .append(" ms) [x-ms-client-request-id=")
        .append(requestId);
    for (String name : List.of("x-ms-request-id", "x-ms-correlation-request-id")) {
      headers.firstValue(name).ifPresent(v -> line.append(", ").append(name).append('=').append(v));
    }
    line.append(']');
    if (at(HttpLogLevel.HEADERS)) {
      headers(line, headers, Set.of());
    }
    if (body != null && body.length > 0) {
      body(line, body);
    }
    LOGGER.log(Level.INFO, line.toString());
  }

  void retry(Request request, String requestId, int attempt, Duration delay, String reason) {
    if (at(HttpLogLevel.BASIC)) {
      LOGGER.log(
          Level.INFO,
          "retrying "
              + request
              + " after "
              + reason
              + " in "
              + delay.toMillis()
              + " ms (retry "
              + (attempt + 1)
              + ") [x-ms-client-request-id="
              + requestId
              + "]");
    }
  }

  private void headers(StringBuilder line, HttpHeaders headers, Set<String> secret) {
    for (Map.Entry<String, List<String>> h : headers.map().entrySet()) {
      String name = h.getKey();
      boolean shown = allowed.contains(name.toLowerCase(Locale.ROOT));
      for (String value : h.getValue()) {
        line.append("\n    ")
            .append(name)
            .append(": ")
            .append(shown ? Redaction.header(name, value, secret) : Redaction.REDACTED);
      }
    }
  }

  private void body(StringBuilder line, byte[] body) {
    if (!at(HttpLogLevel.BODIES)) {
      line.append("\n    (").append(body.length).append("-byte body)");
      return;
    }
    int shown = Math.min(body.length, BODY_LIMIT);
    line.append("\n    ").append(new String(body, 0, shown, StandardCharsets.UTF_8));
    if (shown < body.length) {
      line.append("... (").append(body.length).append(" bytes)");
    }
  }
}
