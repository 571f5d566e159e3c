package dev.xmsgen.runtime;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The settings a generated client is built with: endpoint, credential and scopes, retries, the
 * HTTP client, timeouts, and how waits are done. A generated builder holds one ({@link
 * ClientBuilder#configure} reaches the settings it has no setter for). Each setter returns this
 * object; each getter of the same name returns the value. Not thread-safe.
 */
public final class ClientOptions {
  private String endpoint;
  private TokenCredential credential;
  private KeyCredential keyCredential;
  private String keyHeader;
  private String keyQuery;
  private List<String> scopes = List.of();
  private String applicationId;
  private String userAgent;
  private RetryOptions retryOptions = RetryOptions.defaults();
  private HttpClient httpClient;
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Duration responseTimeout = Duration.ofSeconds(20);
  private Duration callTimeout = Duration.ofSeconds(30);
  /** The headers whose values are logged unless more are allowed. */
  public static final Set<String> DEFAULT_LOGGED_HEADERS =
      Collections.unmodifiableSet(
          new TreeSet<>(
              List.of(
                  "accept",
                  "azure-asyncoperation",
                  "content-length",
                  "content-type",
                  "date",
                  "etag",
                  "if-match",
                  "if-none-match",
                  "location",
                  "retry-after",
                  "user-agent",
                  "x-ms-client-request-id",
                  "x-ms-correlation-request-id",
                  "x-ms-ratelimit-remaining-subscription-reads",
                  "x-ms-ratelimit-remaining-subscription-writes",
                  "x-ms-request-id",
                  "x-ms-retry-after-ms")));

  private HttpLogLevel logLevel = HttpLogLevel.NONE;
  private Set<String> logAllowedHeaders = DEFAULT_LOGGED_HEADERS;
  private Duration credentialTimeout = Duration.ofSeconds(30);
  private Duration pollInterval = Duration.ofSeconds(2);
  private List<HttpPolicy> policies = List.of();
  private boolean telemetry = !telemetryDisabledByEnvironment();
  private Sleeper sleeper = Sleeper.system();
  private Clock clock = Clock.systemUTC();

  /** The defaults: no endpoint, no credential, {@link RetryOptions#defaults()}. */
  public ClientOptions() {}

  /** The service's base URL, for example {@code https://management.azure.com}. Required. */
  public ClientOptions endpoint(String value) {
    endpoint = Objects.requireNonNull(value, "endpoint");
    return this;
  }

  /** The service's base URL, or {@code null} when not set. */
  public String endpoint() {
    return endpoint;
  }

  /** Where bearer tokens come from; without one, requests carry no {@code Authorization}. */
  public ClientOptions credential(TokenCredential value) {
    credential = value;
    return this;
  }

  /** Where bearer tokens come from, or {@code null}. */
  public TokenCredential credential() {
    return credential;
  }

  /** The API key sent on every request, or {@code null} for none; see {@link KeyCredential}. */
  public ClientOptions keyCredential(KeyCredential value) {
    keyCredential = value;
    return this;
  }

  /** The API key sent on every request, or {@code null}. */
  public KeyCredential keyCredential() {
    return keyCredential;
  }

  /**
   * The header the API key goes in, such as {@code Ocp-Apim-Subscription-Key}, instead of a
   * {@link #keyQuery(String) query parameter}; a generated builder sets the one its spec declares.
   */
  public ClientOptions keyHeader(String name) {
    keyHeader = Objects.requireNonNull(name, "keyHeader");
    keyQuery = null;
    return this;
  }

  /** The header the API key goes in, or {@code null} when not set. */
  public String keyHeader() {
    return keyHeader;
  }

  /**
   * The query parameter the API key goes in, such as {@code code}, instead of a {@link
   * #keyHeader(String) header}; a generated builder sets the one its spec declares. The key is
   * added to each call's URL, and left out of every log line and exception message.
   */
  public ClientOptions keyQuery(String name) {
    keyQuery = Objects.requireNonNull(name, "keyQuery");
    keyHeader = null;
    return this;
  }

  /** The query parameter the API key goes in, or {@code null} when not set. */
  public String keyQuery() {
    return keyQuery;
  }

  /**
   * How long a call waits for the credential to yield a token before it fails with {@link
   * AuthenticationException}; default 30 seconds.
   */
  public ClientOptions credentialTimeout(Duration value) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("the credential timeout must be positive");
    }
    credentialTimeout = value;
    return this;
  }

  /** How long a call waits for a token. */
  public Duration credentialTimeout() {
    return credentialTimeout;
  }

  /** How much of each exchange is logged; {@link HttpLogLevel#NONE} unless set. */
  public ClientOptions logLevel(HttpLogLevel value) {
    logLevel = Objects.requireNonNull(value, "logLevel");
    return this;
  }

  /** How much of each exchange is logged. */
  public HttpLogLevel logLevel() {
    return logLevel;
  }

  /**
   * Adds header names whose values {@link HttpLogLevel#HEADERS} shows, to the defaults ({@link
   * #DEFAULT_LOGGED_HEADERS}); names are case-insensitive. Credential and {@code x-ms-secret}
   * headers stay redacted whatever this says.
   */
  public ClientOptions logAllowedHeaders(Set<String> names) {
    Set<String> all = new TreeSet<>(logAllowedHeaders);
    names.forEach(n -> all.add(n.toLowerCase(Locale.ROOT)));
    logAllowedHeaders = Collections.unmodifiableSet(all);
    return this;
  }

  /** The header names whose values are logged, lower case. */
  public Set<String> logAllowedHeaders() {
    return logAllowedHeaders;
  }

  /** The scopes tokens are requested for. */
  public ClientOptions scopes(List<String> value) {
    scopes = List.copyOf(value);
    return this;
  }

  /** The scopes tokens are requested for; empty unless set. */
  public List<String> scopes() {
    return scopes;
  }

  /** The caller's product token, put first in the {@code User-Agent}. */
  public ClientOptions applicationId(String value) {
    applicationId = value;
    return this;
  }

  /** The caller's product token, or {@code null}. */
  public String applicationId() {
    return applicationId;
  }

  /**
   * The generated client's product token, for example {@code KeyVaultManagementClient/1.0}; the
   * generated builder sets it.
   */
  public ClientOptions userAgent(String value) {
    userAgent = value;
    return this;
  }

  /** The generated client's product token, or {@code null}. */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Whether the {@code User-Agent} names the generated client, the runtime and the platform (Java
   * version and OS). Off, it carries only {@link #applicationId(String)}, or is not sent. On unless
   * the environment variable {@code AZURE_TELEMETRY_DISABLED} or the system property {@code
   * xmsgen.telemetry.disabled} is {@code true} (any case) or {@code 1}.
   */
  public ClientOptions telemetry(boolean value) {
    telemetry = value;
    return this;
  }

  /** Whether the {@code User-Agent} names the client, runtime and platform. */
  public boolean telemetry() {
    return telemetry;
  }

  private static boolean telemetryDisabledByEnvironment() {
    return isTrue(System.getProperty("xmsgen.telemetry.disabled"))
        || isTrue(System.getenv("AZURE_TELEMETRY_DISABLED"));
  }

  private static boolean isTrue(String value) {
    return value != null && (value.strip().equalsIgnoreCase("true") || value.strip().equals("1"));
  }

  /** When to retry; {@link RetryOptions#defaults()} unless set. */
  public ClientOptions retryOptions(RetryOptions value) {
    retryOptions = Objects.requireNonNull(value, "retryOptions");
    return this;
  }

  /** When to retry. */
  public RetryOptions retryOptions() {
    return retryOptions;
  }

  /**
   * The JDK client to send with. It must not follow redirects (a redirect could carry the token to
   * another host). Unless set, one is created with {@link #connectTimeout(Duration)}.
   */
  public ClientOptions httpClient(HttpClient value) {
    httpClient = value;
    return this;
  }

  /** The JDK client to send with, or {@code null} for one the client creates. */
  public HttpClient httpClient() {
    return httpClient;
  }

  /** How long connecting may take, for the HTTP client the client creates; 10 s unless set. */
  public ClientOptions connectTimeout(Duration value) {
    connectTimeout = Objects.requireNonNull(value, "connectTimeout");
    return this;
  }

  /** How long connecting may take. */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * How long each attempt may take, from sending to the last byte of the response body (a body
   * that trickles in fails too); 20 s unless set, {@code null} for none. On a timeout the attempt
   * fails with {@link java.net.http.HttpTimeoutException} and is retried like any I/O error (the
   * last one fails the call with {@link NoResponseException}),
   * within the {@link #callTimeout(Duration) call's time limit}.
   */
  public ClientOptions responseTimeout(Duration value) {
    responseTimeout = value;
    return this;
  }

  /** How long each attempt may wait for its response, or {@code null} for no limit. */
  public Duration responseTimeout() {
    return responseTimeout;
  }

  /**
   * How long one call may take, all its attempts, backoff and body reading included; 30 s unless
   * set, {@code null} for none. A call still running then fails with {@link NoResponseException}
   * (its cause an {@link java.net.http.HttpTimeoutException}) and
   * no further attempt starts, so with the defaults a server that never answers fails the call
   * after 30 s. A retry whose wait would end past the limit is not started: the call ends at once
   * with the response that asked for it (a 429 or 503, as {@link ApiException}) or the I/O error.
   * Each page of a list and each poll of a long-running operation is a call of its own; {@link
   * RequestOptions#timeout(Duration)} sets the limit for one call instead.
   */
  public ClientOptions callTimeout(Duration value) {
    if (value != null && (value.isNegative() || value.isZero())) {
      throw new IllegalArgumentException("the call timeout must be positive");
    }
    callTimeout = value;
    return this;
  }

  /** How long one call may take, or {@code null} for no limit. */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** The wait between polls of a long-running operation when the service gives none; 2 s. */
  public ClientOptions pollInterval(Duration value) {
    pollInterval = Objects.requireNonNull(value, "pollInterval");
    return this;
  }

  /** The wait between polls when the service gives none. */
  public Duration pollInterval() {
    return pollInterval;
  }

  /**
   * Adds a policy of your own to the pipeline, after those added before; see {@link HttpPolicy}
   * for where it runs.
   */
  public ClientOptions addPolicy(HttpPolicy policy) {
    List<HttpPolicy> all = new java.util.ArrayList<>(policies);
    all.add(Objects.requireNonNull(policy, "policy"));
    policies = List.copyOf(all);
    return this;
  }

  /** The policies added, in order; empty unless added. */
  public List<HttpPolicy> policies() {
    return policies;
  }

  /** How waits are done; {@link Sleeper#system()} unless set. Tests pass one that does not wait. */
  public ClientOptions sleeper(Sleeper value) {
    sleeper = Objects.requireNonNull(value, "sleeper");
    return this;
  }

  /** How waits are done. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The clock for token expiry and HTTP-date {@code Retry-After}; the UTC system clock. */
  public ClientOptions clock(Clock value) {
    clock = Objects.requireNonNull(value, "clock");
    return this;
  }

  /** The clock for token expiry and HTTP-date {@code Retry-After}. */
  public Clock clock() {
    return clock;
  }
}
