package dev.xmsgen.runtime.implementation;

import dev.xmsgen.runtime.ApiException;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.ClientPipeline;
import dev.xmsgen.runtime.HttpPolicy;
import dev.xmsgen.runtime.KeyCredential;
import dev.xmsgen.runtime.NoResponseException;
import dev.xmsgen.runtime.OutgoingRequest;
import dev.xmsgen.runtime.PagedIterable;
import dev.xmsgen.runtime.Poller;
import dev.xmsgen.runtime.RequestOptions;
import dev.xmsgen.runtime.Response;
import dev.xmsgen.runtime.RetryOptions;
import dev.xmsgen.runtime.Sleeper;
import dev.xmsgen.runtime.TokenCredential;
import dev.xmsgen.runtime.UntrustedUrlException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Sends a client's requests: the one path every call takes. Adds the user agent (unless the
 * operation sets its own), a fresh {@code x-ms-client-request-id} per call (kept across its
 * retries) and the bearer token; retries as {@link RetryOptions} say; reads success bodies as JSON
 * and errors into {@link ApiException}. Generated clients create one with {@link
 * #of(ClientOptions)}.
 *
 * <p>Requests go only to the endpoint's scheme, host and port: a next link, {@code Location} or
 * {@code Azure-AsyncOperation} URL elsewhere fails with {@link UntrustedUrlException} before
 * anything is sent. A token is only sent over https, or to {@code localhost}, {@code 127.0.0.1} or
 * {@code [::1]}.
 *
 * <p>Thread-safe; one pipeline serves a client and all its operation groups.
 */
public final class HttpPipeline implements ClientPipeline {
  private final URI endpoint;
  private final String base;
  private final Origin origin;
  private final TokenCache tokens;
  private final RetryPolicy retry;
  private final HttpClient httpClient;
  private final Duration responseTimeout;
  private final Duration callTimeout;
  private final KeyCredential key;
  private final String keyHeader;
  private final String keyQuery;
  private final List<HttpPolicy> perCall;
  private final List<HttpPolicy> perAttempt;
  private final String userAgent;
  private final String apiVersion;
  private final Duration pollInterval;
  private final Sleeper sleeper;
  private final Clock clock;
  private final HttpLog log;

  private HttpPipeline(ClientOptions options, String apiVersion, URI endpoint, Origin origin) {
    this.endpoint = endpoint;
    String e = endpoint.toString();
    this.base = e.endsWith("/") ? e.substring(0, e.length() - 1) : e;
    this.origin = origin;
    this.tokens =
        options.credential() == null
            ? null
            : new TokenCache(
                options.credential(),
                options.scopes(),
                options.clock(),
                options.credentialTimeout());
    this.retry = new RetryPolicy(options.retryOptions(), options.clock());
    this.httpClient =
        options.httpClient() != null
            ? options.httpClient()
            : HttpClient.newBuilder()
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(EnvironmentProxySelector.system())
                .build();
    this.responseTimeout = options.responseTimeout();
    this.callTimeout = options.callTimeout();
    this.perCall = at(options.policies(), HttpPolicy.Position.PER_CALL);
    this.perAttempt = at(options.policies(), HttpPolicy.Position.PER_ATTEMPT);
    this.userAgent = UserAgent.of(options.applicationId(), options.userAgent(), options.telemetry());
    this.apiVersion = apiVersion;
    this.pollInterval = options.pollInterval();
    this.sleeper = options.sleeper();
    this.clock = options.clock();
    this.key = options.keyCredential();
    this.keyHeader = options.keyHeader();
    this.keyQuery = options.keyQuery();
    Set<String> logged = new java.util.TreeSet<>(options.logAllowedHeaders());
    if (keyHeader != null) {
      logged.remove(keyHeader.toLowerCase(Locale.ROOT)); // the key is never logged
    }
    this.log = new HttpLog(options.logLevel(), logged);
  }

  private static List<HttpPolicy> at(List<HttpPolicy> policies, HttpPolicy.Position position) {
    List<HttpPolicy> out = new ArrayList<>();
    for (HttpPolicy p : policies) {
      if (Objects.requireNonNullElse(p.position(), HttpPolicy.Position.PER_CALL) == position) {
        out.add(p);
      }
    }
    return List.copyOf(out);
  }

  /** The endpoint every request goes to. */
  @Override
  public URI endpoint() {
    return endpoint;
  }

  /** The {@code User-Agent} every request carries, or {@code null} for none (telemetry off). */
  public String userAgent() {
    return userAgent;
  }

  /** Starts a request for {@code pathTemplate}, relative to the endpoint. */
  public RequestBuilder request(String method, String pathTemplate) {
    return new RequestBuilder(method, base, pathTemplate);
  }

  @Override
  public Response<byte[]> send(OutgoingRequest request) {
    return Futures.await(sendAsync(request));
  }

  @Override
  public CompletableFuture<Response<byte[]>> sendAsync(OutgoingRequest request) {
    return exchange(Request.of(request));
  }

  /** Sends a request whose success has no body. */
  public Response<Void> send(Request request) {
    return send(request, BodyType.none());
  }

  /**
   * Sends a request and reads the body as {@code type}.
   *
   * @throws ApiException the status is not one the request expects
   * @throws UntrustedUrlException the URL is not on the endpoint
   * @throws NoResponseException the connection failed on every attempt, or time ran out
   */
  public <T> Response<T> send(Request request, BodyType<T> type) {
    return Futures.await(sendAsync(request, type));
  }

  /** {@link #send(Request)} without blocking. */
  public CompletableFuture<Response<Void>> sendAsync(Request request) {
    return sendAsync(request, BodyType.none());
  }

  /** {@link #send(Request, BodyType)} without blocking; fails with the same exceptions. */
  public <T> CompletableFuture<Response<T>> sendAsync(Request request, BodyType<T> type) {
    CompletableFuture<Response<byte[]>> raw = call(request);
    return Futures.cancelling(
        raw.thenApply(r -> new Response<>(r.statusCode(), r.headers(), decode(request, r, type))),
        raw);
  }

  /** The body of {@code raw} as {@code type}; a body that is not one is a ResponseBodyException. */
  <T> T decode(Request request, Response<byte[]> raw, BodyType<T> type) {
    try {
      return type.decode(raw.value(), raw.header("content-type").orElse(null));
    } catch (UncheckedIOException e) {
      throw ErrorReader.unreadableBody(request, raw, e.getMessage(), e.getCause());
    }
  }

  /**
   * The items of a pageable operation ({@code x-ms-pageable}), fetched page by page as iteration
   * reaches them; next pages are a GET of the next link.
   *
   * @param firstPage the operation's request
   * @param itemName the JSON key of each page's items
   * @param nextLinkName the JSON key of the next page's URL, or {@code null} for a single page
   * @param itemType the items' type
   */
  public <T> PagedIterable<T> paged(
      Request firstPage, String itemName, String nextLinkName, BodyType<T> itemType) {
    return paged(firstPage, itemName, nextLinkName, itemType, null);
  }

  /**
   * As {@link #paged(Request, String, String, BodyType)}, with next pages fetched by the request
   * {@code nextPageRequest} makes from the next link (an {@code operationName}).
   */
  public <T> PagedIterable<T> paged(
      Request firstPage,
      String itemName,
      String nextLinkName,
      BodyType<T> itemType,
      Function<String, Request> nextPageRequest) {
    return new PagedIterable<>(
        new PageSource<>(this, firstPage, itemName, nextLinkName, itemType, nextPageRequest));
  }

  /**
   * Starts a long-running operation: sends {@code request} and returns a poller over the response.
   *
   * @param resultType the final result's type; {@link BodyType#none()} when there is none
   * @param finalStateVia where the final result comes from, or {@code null} for Azure's default for
   *     the method
   */
  public <T> Poller<T> beginLongRunning(
      Request request, BodyType<T> resultType, FinalStateVia finalStateVia) {
    return Futures.await(beginLongRunningAsync(request, resultType, finalStateVia));
  }

  /** {@link #beginLongRunning} without blocking. */
  public <T> CompletableFuture<Poller<T>> beginLongRunningAsync(
      Request request, BodyType<T> resultType, FinalStateVia finalStateVia) {
    CompletableFuture<Response<byte[]>> initial = call(request);
    return Futures.cancelling(
        initial.thenApply(
            r -> new LongRunningPoller<>(this, request, r, resultType, finalStateVia)),
        initial);
  }

  /**
   * Follows on a long-running operation from a {@link Poller#resumeToken()}, maybe written by
   * another process.
   *
   * @param resumeToken the token
   * @param errorsLike a request whose error models the operation's errors are read as
   * @param resultType the final result's type; {@link BodyType#none()} when there is none
   * @throws IllegalArgumentException the text is not a resume token (nothing of it is quoted)
   * @throws UntrustedUrlException a URL in it is not on this pipeline's endpoint
   */
  public <T> Poller<T> resumeLongRunning(
      String resumeToken, Request errorsLike, BodyType<T> resultType) {
    return LongRunningPoller.resume(
        this, Objects.requireNonNull(resumeToken, "resumeToken"), errorsLike, resultType);
  }

  /** Throws {@link UntrustedUrlException} unless {@code uri} is on the endpoint. */
  void checkOnEndpoint(URI uri) {
    if (!origin.matches(uri)) {
      throw new UntrustedUrlException(uri, origin.toString());
    }
  }

  /** Sends with retries and fails with {@link ApiException} unless the status is expected. */
  CompletableFuture<Response<byte[]>> call(Request request) {
    CompletableFuture<Response<byte[]>> exchange = exchange(request);
    return Futures.cancelling(
        exchange.thenApply(
            raw -> {
              if (!request.isExpected(raw.statusCode())) {
                throw ErrorReader.httpError(request, raw.statusCode(), raw.headers(), raw.value());
              }
              return raw;
            }),
        exchange);
  }

  /** Sends with retries, through the user's policies; any final status is returned. */
  CompletableFuture<Response<byte[]>> exchange(Request request) {
    if (!origin.matches(request.uri())) {
      return CompletableFuture.failedFuture(
          new UntrustedUrlException(request.uri(), origin.toString()));
    }
    CallControl<Response<byte[]>> control = new CallControl<>();
    RequestOptions options = request.options();
    if (options != null && options.cancelSignal() != null) {
      options.cancelSignal().whenComplete((value, failure) -> control.result().cancel(true));
    }
    String requestId =
        options != null && options.clientRequestId() != null
            ? options.clientRequestId()
            : UUID.randomUUID().toString();
    Duration limit = options != null && options.timeout() != null ? options.timeout() : callTimeout;
    control.limitTo(limit);
    CompletableFuture<Response<byte[]>> result =
        control.completeWith(
            through(
                perCall,
                0,
                outgoing(request, requestId),
                call -> withRetries(new Call(control, request, requestId, call))));
    return limit == null ? result : withinCallTimeout(request, requestId, result, limit);
  }

  /** What every attempt of one call shares (a class: the runtime targets Java 11). */
  private static final class Call {
    private final CallControl<Response<byte[]>> control;
    private final Request request;
    private final String requestId;
    private final OutgoingRequest outgoing;

    /**
     * @param control the call's future and what it waits on
     * @param request the operation's request, for errors and log lines
     * @param requestId the client request id every attempt carries
     * @param outgoing the request as the per-call policies passed it on, copied for each attempt
     */
    Call(
        CallControl<Response<byte[]>> control,
        Request request,
        String requestId,
        OutgoingRequest outgoing) {
      this.control = control;
      this.request = request;
      this.requestId = requestId;
      this.outgoing = outgoing;
    }

    CallControl<Response<byte[]>> control() {
      return control;
    }

    Request request() {
      return request;
    }

    String requestId() {
      return requestId;
    }

    OutgoingRequest outgoing() {
      return outgoing;
    }
  }

  /** The attempts of one call, and one more with a fresh token after a 401. */
  private CompletableFuture<Response<byte[]>> withRetries(Call call) {
    return attempt(call, 0)
        .thenCompose(
            first ->
                first.statusCode() == 401 && tokens != null
                    ? call.control()
                        .track(bearer(call.request(), true, Challenge.claims(first.headers())))
                        .thenCompose(refreshed -> attempt(call, 0))
                    : CompletableFuture.completedFuture(first));
  }

  /**
   * {@code request} through {@code policies} from {@code i} on, then {@code last}; a policy that
   * throws, or returns no future, fails the call.
   */
  private static CompletableFuture<Response<byte[]>> through(
      List<HttpPolicy> policies, int i, OutgoingRequest request, HttpPolicy.Next last) {
    if (i == policies.size()) {
      return last.send(request);
    }
    HttpPolicy policy = policies.get(i);
    try {
      CompletableFuture<Response<byte[]>> response =
          policy.process(request, next -> through(policies, i + 1, next, last));
      return response != null
          ? response
          : CompletableFuture.failedFuture(
              new IllegalStateException(policy.getClass().getName() + " returned no response"));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /** {@code result}, failed as an I/O error once the call's time limit is up. */
  private static CompletableFuture<Response<byte[]>> withinCallTimeout(
      Request request,
      String requestId,
      CompletableFuture<Response<byte[]>> result,
      Duration limit) {
    return Futures.cancelling(
        ResponseDeadline.bound(result, limit)
            .exceptionally(
                failure -> {
                  Throwable cause = Futures.unwrap(failure);
                  if (cause instanceof HttpTimeoutException && result.isCancelled()) {
                    throw ErrorReader.noResponse(
                        request,
                        requestId,
                        "did not complete within " + limit,
                        (HttpTimeoutException) cause);
                  }
                  throw failure instanceof CompletionException
                      ? (CompletionException) failure
                      : new CompletionException(failure);
                }),
        result);
  }

  /**
   * The token for a request, or {@code null} without a credential; a fresh one after a 401. A
   * credential that fails or does not answer in time fails the call with AuthenticationException.
   */
  private CompletableFuture<String> bearer(Request request, boolean refresh, String claims) {
    if (tokens == null) {
      return CompletableFuture.completedFuture(null);
    }
    return (refresh ? tokens.refresh(claims) : tokens.token())
        .handle(
            (token, failure) -> {
              if (failure != null) {
                throw ErrorReader.credentialFailed(request, Futures.unwrap(failure));
              }
              return token;
            });
  }

  private CompletableFuture<Response<byte[]>> attempt(Call call, int n) {
    return call.control()
        .track(bearer(call.request(), false, null))
        .thenCompose(token -> attempt(call, n, token));
  }

  /**
   * Attempt {@code n}: a copy of the call's request with the token, through the per-attempt
   * policies, sent; then retried after a delay when its failure or status says so.
   */
  private CompletableFuture<Response<byte[]>> attempt(Call call, int n, String token) {
    OutgoingRequest sent = call.outgoing().copyFor(n);
    try {
      call.control().checkNotCancelled();
      if ((token != null || key != null) && !origin.mayCarryToken()) {
        throw new IllegalStateException("refusing to send a secret over plain http to " + origin);
      }
      if (token != null) {
        sent.setHeader("Authorization", "Bearer " + token);
      }
      if (key != null && keyHeader != null) {
        sent.setHeader(keyHeader, key.key());
      }
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return through(perAttempt, 0, sent, r -> sendOnce(call, n, r))
        .handle(
            (response, failure) -> {
              if (failure != null) {
                Throwable cause = Futures.unwrap(failure);
                if (cause instanceof IOException && retry.canRetry(n)) {
                  Duration delay = retry.delay(n, null);
                  if (!call.control().outlasts(delay)) {
                    return retryAfter(call, n, delay, cause.toString());
                  }
                }
                return CompletableFuture.<Response<byte[]>>failedFuture(
                    cause instanceof IOException
                        ? ErrorReader.noResponse(
                            call.request(),
                            call.requestId(),
                            "failed after " + (n + 1) + (n == 0 ? " attempt" : " attempts"),
                            (IOException) cause)
                        : cause);
              }
              if (retry.isRetryable(response.statusCode()) && retry.canRetry(n)) {
                Duration delay = retry.delay(n, response.headers());
                // a wait that would end past the call's time limit is not started: the caller
                // gets this response (a 429 or 503, with its Retry-After) at once
                if (!call.control().outlasts(delay)) {
                  return retryAfter(call, n, delay, "status " + response.statusCode());
                }
              }
              return CompletableFuture.completedFuture(response);
            })
        .thenCompose(Function.identity());
  }

  /**
   * One send of {@code sent}, logged: the whole response, or a future failed with the I/O error
   * (a timeout too), or with ResponseBodyException when the body ended early.
   */
  private CompletableFuture<Response<byte[]>> sendOnce(Call call, int n, OutgoingRequest sent) {
    Request request = call.request();
    HttpRequest http;
    try {
      call.control().checkNotCancelled();
      http = toHttpRequest(sent);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    log.request(request, http, call.requestId(), n);
    long start = System.nanoTime();
    RawBody.Receiver receiver = RawBody.receiver();
    CompletableFuture<HttpResponse<RawBody>> exchange =
        call.control().track(httpClient.sendAsync(http, receiver));
    return ResponseDeadline.bound(exchange, responseTimeout)
        .handle(
            (whole, failure) -> {
              Throwable cause = failure == null ? null : Futures.unwrap(failure);
              RawBody.Arrived response =
                  failure == null ? RawBody.Arrived.of(whole) : receiver.cutShort(cause);
              if (response == null) {
                return CompletableFuture.<Response<byte[]>>failedFuture(cause);
              }
              RawBody body = response.body();
              log.response(
                  request,
                  call.requestId(),
                  response.statusCode(),
                  response.headers(),
                  body.bytes(),
                  (System.nanoTime() - start) / 1_000_000);
              Response<byte[]> raw =
                  new Response<>(response.statusCode(), response.headers(), body.bytes());
              if (body.failure() != null) {
                return CompletableFuture.<Response<byte[]>>failedFuture(
                    ErrorReader.unreadableBody(
                        request,
                        raw,
                        "the response body ended early: " + body.failure().getMessage(),
                        body.failure()));
              }
              return CompletableFuture.completedFuture(raw);
            })
        .thenCompose(Function.identity());
  }

  private CompletableFuture<Response<byte[]>> retryAfter(
      Call call, int n, Duration delay, String reason) {
    log.retry(call.request(), call.requestId(), n, delay, reason);
    return call.control()
        .track(sleeper.sleep(delay))
        .thenCompose(ignored -> attempt(call, n + 1));
  }

  /**
   * The call's request as policies see it: the operation's headers and the defaults it lacks
   * (request id, {@code Accept}, {@code User-Agent}), less those the options omit, then the
   * options' own; no token yet.
   */
  private OutgoingRequest outgoing(Request request, String requestId) {
    URI uri = request.uri();
    if (key != null && keyQuery != null) {
      // on the wire only: logs and exceptions name the request's own URL
      uri = UrlQuery.withValue(uri, UrlEncoding.encode(keyQuery), UrlEncoding.encode(key.key()));
    }
    OutgoingRequest out = new OutgoingRequest(request.method(), uri, request.body());
    RequestOptions options = request.options();
    Set<String> omitted = options == null ? Set.of() : options.omittedHeaders();
    BiConsumer<String, String> add =
        (name, value) -> {
          if (omitted.isEmpty() || !omitted.contains(name.toLowerCase(Locale.ROOT))) {
            out.addHeader(name, value);
          }
        };
    request.headers().forEach((name, values) -> values.forEach(v -> add.accept(name, v)));
    if (!hasHeader(request, "x-ms-client-request-id")) {
      add.accept("x-ms-client-request-id", requestId);
    }
    if (!hasHeader(request, "accept")) {
      add.accept("Accept", "application/json");
    }
    if (userAgent != null && !hasHeader(request, "user-agent")) {
      add.accept("User-Agent", userAgent);
    }
    if (options != null) {
      options.headers().forEach(out::setHeader);
    }
    return out;
  }

  private HttpRequest toHttpRequest(OutgoingRequest sent) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(sent.uri()).method(sent.method(), sent.bodyPublisher());
    if (responseTimeout != null) {
      b.timeout(responseTimeout);
    }
    sent.headers().forEach((name, values) -> values.forEach(v -> b.header(name, v)));
    return b.build();
  }

  private static boolean hasHeader(Request request, String name) {
    return request.headers().keySet().stream().anyMatch(k -> k.equalsIgnoreCase(name));
  }

  /** The client's API version for next links whose first page had none, or {@code null}. */
  String apiVersion() {
    return apiVersion;
  }

  /** A link from a response, made absolute against the endpoint. */
  URI resolve(String link) {
    try {
      return endpoint.resolve(link);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the service returned an invalid URL: " + Redaction.withoutQuery(link), e);
    }
  }

  Duration pollInterval() {
    return pollInterval;
  }

  Sleeper sleeper() {
    return sleeper;
  }

  Clock clock() {
    return clock;
  }

  /** The longest wait a server's {@code Retry-After} may ask for, between attempts or polls. */
  Duration maxDelay() {
    return retry.maxDelay();
  }

  /**
   * The pipeline {@code options} describe, for a client with no API version of its own.
   *
   * @throws IllegalArgumentException as {@link #of(ClientOptions, String)}
   */
  public static HttpPipeline of(ClientOptions options) {
    return of(options, null);
  }

  /**
   * The pipeline {@code options} describe, for a generated client whose API version is {@code
   * apiVersion}: a next-page link is sent with it when the request of the first page carried no
   * {@code api-version} of its own ({@code null}: such links are sent as the service wrote them).
   *
   * @throws IllegalArgumentException the endpoint is missing or not an absolute http(s) URL; a
   *     credential is set with no scopes, or for a plain http endpoint other than this machine;
   *     the HTTP client follows redirects
   */
  public static HttpPipeline of(ClientOptions options, String apiVersion) {
    String endpoint = options.endpoint();
    TokenCredential credential = options.credential();
    HttpClient httpClient = options.httpClient();
    if (endpoint == null) {
      throw new IllegalArgumentException("an endpoint is required");
    }
    URI uri;
    Origin origin;
    try {
      uri = URI.create(endpoint);
      origin = Origin.of(uri);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "invalid endpoint '" + endpoint + "': " + e.getMessage(), e);
    }
    if ((credential != null || options.keyCredential() != null) && !origin.mayCarryToken()) {
      throw new IllegalArgumentException(
          "refusing to send "
              + (credential != null ? "a token" : "an API key")
              + " over plain http to "
              + origin.host()
              + "; use an https endpoint");
    }
    if (options.keyCredential() != null
        && options.keyHeader() == null
        && options.keyQuery() == null) {
      throw new IllegalArgumentException(
          "an API key needs the header (keyHeader) or query parameter (keyQuery) it goes in");
    }
    if (credential != null && options.scopes().isEmpty()) {
      throw new IllegalArgumentException("a credential needs at least one scope");
    }
    if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "the HTTP client must not follow redirects: one could carry the token elsewhere");
    }
    return new HttpPipeline(options, apiVersion, uri, origin);
  }
}
