package dev.xmsgen.runtime;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The settings every generated client's {@code Builder} shares: where tokens come from, retries,
 * the HTTP client, timeouts. A generated builder adds its endpoint, its client-level parameters and
 * {@code build()}. Not thread-safe.
 *
 * @param <B> the generated builder, returned by every setter for chaining
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final ClientOptions options;

  /**
   * A builder over {@code options}, which already hold the client's defaults (endpoint, scopes,
   * user agent).
   *
   * @param options the settings the client will be built with
   */
  protected ClientBuilder(ClientOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * This builder, as its own type.
   *
   * @return {@code this}
   */
  protected abstract B self();

  /**
   * The settings, for the generated builder's own setters and {@code build()}.
   *
   * @return the settings this builder collects
   */
  protected final ClientOptions options() {
    return options;
  }

  /**
   * Where bearer tokens come from; without one, requests carry no token.
   *
   * @param credential the value
   * @return this builder
   */
  public final B credential(TokenCredential credential) {
    options.credential(credential);
    return self();
  }

  /**
   * The API key the client sends on every request, in the header its spec declares; see {@link
   * KeyCredential}.
   *
   * @param credential the key
   * @return this builder
   */
  public final B keyCredential(KeyCredential credential) {
    options.keyCredential(credential);
    return self();
  }

  /**
   * The OAuth2 scopes tokens are requested for; the client's {@code DEFAULT_SCOPES} unless set.
   *
   * @param scopes the value
   * @return this builder
   */
  public final B scopes(List<String> scopes) {
    options.scopes(scopes);
    return self();
  }

  /**
   * When and how often failed requests are retried.
   *
   * @param retryOptions the value
   * @return this builder
   */
  public final B retryOptions(RetryOptions retryOptions) {
    options.retryOptions(retryOptions);
    return self();
  }

  /**
   * The JDK HTTP client to send with; it must not follow redirects.
   *
   * @param httpClient the value
   * @return this builder
   */
  public final B httpClient(HttpClient httpClient) {
    options.httpClient(httpClient);
    return self();
  }

  /**
   * Your application's product token, put first in the {@code User-Agent}.
   *
   * @param applicationId the value
   * @return this builder
   */
  public final B applicationId(String applicationId) {
    options.applicationId(applicationId);
    return self();
  }

  /**
   * How long each attempt may take, from sending to the last byte of the response body; see
   * {@link ClientOptions#responseTimeout(Duration)}.
   *
   * @param responseTimeout the value, {@code null} for none
   * @return this builder
   */
  public final B responseTimeout(Duration responseTimeout) {
    options.responseTimeout(responseTimeout);
    return self();
  }

  /**
   * The wait between polls of long-running operations when the service gives none.
   *
   * @param pollInterval the value
   * @return this builder
   */
  public final B pollInterval(Duration pollInterval) {
    options.pollInterval(pollInterval);
    return self();
  }

  /**
   * Adds a policy of your own to the pipeline: it sees every call, or every attempt, as its
   * {@link HttpPolicy#position()} says.
   *
   * @param policy the policy
   * @return this builder
   */
  public final B addPolicy(HttpPolicy policy) {
    options.addPolicy(policy);
    return self();
  }

  /**
   * Applies any other setting, such as a sleeper for tests or the connect timeout.
   *
   * @param settings changes to the client's settings
   * @return this builder
   */
  public final B configure(Consumer<ClientOptions> settings) {
    settings.accept(options);
    return self();
  }
}
