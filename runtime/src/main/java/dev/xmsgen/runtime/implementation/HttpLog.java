package dev.xmsgen.runtime.implementation;

import java.lang.System.Logger.Level;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Logs requests and responses at {@code DEBUG} through {@link System.Logger} {@value #NAME}: off
 * unless that logger is enabled. Never logs bodies, the token, or values marked secret.
 */
final class HttpLog {
  static final String NAME = "dev.xmsgen.runtime.http";
  private static final System.Logger LOGGER = System.getLogger(NAME);

  private HttpLog() {}

  static void request(Request request, HttpRequest sent, int attempt) {
    if (!LOGGER.isLoggable(Level.DEBUG)) {
      return;
    }
    StringBuilder line = new StringBuilder("--> ");
    line.append(request.method())
        .append(' ')
        .append(Redaction.url(request.uri(), request.secretQuery()));
    if (attempt > 0) {
      line.append(" (retry ").append(attempt).append(')');
    }
    for (Map.Entry<String, List<String>> h : sent.headers().map().entrySet()) {
      for (String value : h.getValue()) {
        line.append("\n    ")
            .append(h.getKey())
            .append(": ")
            .append(Redaction.header(h.getKey(), value, request.secretHeaders()));
      }
    }
    byte[] body = request.body();
    if (body != null) {
      line.append("\n    (").append(body.length).append("-byte body)");
    }
    LOGGER.log(Level.DEBUG, line.toString());
  }

  static void response(Request request, int status, long millis) {
    if (LOGGER.isLoggable(Level.DEBUG)) {
      LOGGER.log(Level.DEBUG, "<-- " + status + " " + request + " (" + millis + " ms)");
    }
  }

  static void retry(Request request, int attempt, Duration delay, String reason) {
    if (LOGGER.isLoggable(Level.DEBUG)) {
      LOGGER.log(
          Level.DEBUG,
          "retrying "
              + request
              + " after "
              + reason
              + " in "
              + delay.toMillis()
              + " ms (retry "
              + (attempt + 1)
              + ")");
    }
  }
}
