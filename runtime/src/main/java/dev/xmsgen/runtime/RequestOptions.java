package dev.xmsgen.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletionStage;

/**
 * Settings for one call: extra headers, the client request id, a time limit for the whole call
 * (every attempt, the waits between them and reading the body) and a signal that cancels it.
 * Unset, a call behaves as the client's options say.
 *
 * <p>A pageable operation's next pages and a long-running operation's polls carry the same
 * options: the same headers and request id, the same cancel signal, and the time limit again for
 * each of them.
 */
public final class RequestOptions {
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Set<String> omittedHeaders = new TreeSet<>();
  private String clientRequestId;
  private Duration timeout;
  private CompletionStage<?> cancelSignal;

  /** Sends {@code name: value} on every attempt, replacing a header of that name the call sets. */
  public RequestOptions header(String name, String value) {
    headers.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Sends no {@code name} header (any letter case): neither one the operation sets nor one the
   * client adds by itself ({@code x-ms-client-request-id}, {@code User-Agent}, {@code Accept}). A
   * header set with {@link #header} is still sent.
   */
  public RequestOptions omitHeader(String name) {
    omittedHeaders.add(Objects.requireNonNull(name, "name").toLowerCase(Locale.ROOT));
    return this;
  }

  /** The names of the headers left out, in lower case. */
  public Set<String> omittedHeaders() {
    return Collections.unmodifiableSet(omittedHeaders);
  }

  /** The extra headers, in the order set. */
  public Map<String, String> headers() {
    return Collections.unmodifiableMap(headers);
  }

  /**
   * The {@code x-ms-client-request-id} every attempt of the call sends; a random UUID unless set.
   */
  public RequestOptions clientRequestId(String value) {
    clientRequestId = value;
    return this;
  }

  /** The client request id, or {@code null} for a random one. */
  public String clientRequestId() {
    return clientRequestId;
  }

  /**
   * How long the whole call may take, retries and body included; when it is up the call fails
   * with {@link NoResponseException} caused by {@link java.net.http.HttpTimeoutException}
   * and sends nothing more, and a retry whose wait would end later is not started (the call ends
   * with the last response or error, as {@link ClientOptions#callTimeout(Duration)} says). {@code null} (the default) keeps the client's {@link
   * ClientOptions#callTimeout(Duration) call timeout}; a value here replaces it, longer or shorter.
   */
  public RequestOptions timeout(Duration value) {
    timeout = value;
    return this;
  }

  /** The whole call's time limit, or {@code null}. */
  public Duration timeout() {
    return timeout;
  }

  /**
   * When {@code signal} completes (in any way) the call is cancelled: the exchange or wait in
   * flight is abandoned, no further attempt is sent, and the call fails with {@link
   * java.util.concurrent.CancellationException}.
   */
  public RequestOptions cancelWhen(CompletionStage<?> signal) {
    cancelSignal = signal;
    return this;
  }

  /** The cancel signal, or {@code null}. */
  public CompletionStage<?> cancelSignal() {
    return cancelSignal;
  }
}
