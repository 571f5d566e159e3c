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
  private final HttpPipeline.Builder pipeline;

  /**
   * A builder over {@code pipeline}, which already holds the client's defaults (endpoint, scopes,
   * user agent).
   *
   * @param pipeline the pipeline settings the client will be built with
   */
  protected ClientBuilder(HttpPipeline.Builder pipeline) {
    this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
  }

  /**
   * This builder, as its own type.
   *
   * @return {@code this}
   */
  protected abstract B self();

  /**
   * The pipeline settings, for the generated builder's own setters and {@code build()}.
   *
   * @return the pipeline builder
   */
  protected final HttpPipeline.Builder pipeline() {
    return pipeline;
  }

  /**
   * Where bearer tokens come from; without one, requests carry no token.
   *
   * @param credential the value
   * @return this builder
   */
  public final B credential(TokenCredential credential) {
    pipeline.credential(credential);
    return self();
  }

  /**
   * The OAuth2 scopes tokens are requested for; the client's {@code DEFAULT_SCOPES} unless set.
   *
   * @param scopes the value
   * @return this builder
   */
  public final B scopes(List<String> scopes) {
    pipeline.scopes(scopes);
    return self();
  }

  /**
   * When and how often failed requests are retried.
   *
   * @param retryOptions the value
   * @return this builder
   */
  public final B retryOptions(RetryOptions retryOptions) {
    pipeline.retryOptions(retryOptions);
    return self();
  }

  /**
   * The JDK HTTP client to send with; it must not follow redirects.
   *
   * @param httpClient the value
   * @return this builder
   */
  public final B httpClient(HttpClient httpClient) {
    pipeline.httpClient(httpClient);
    return self();
  }

  /**
   * Your application's product token, put first in the {@code User-Agent}.
   *
   * @param applicationId the value
   * @return this builder
   */
  public final B applicationId(String applicationId) {
    pipeline.applicationId(applicationId);
    return self();
  }

  /**
   * How long each attempt may wait for its response.
   *
   * @param responseTimeout the value
   * @return this builder
   */
  public final B responseTimeout(Duration responseTimeout) {
    pipeline.responseTimeout(responseTimeout);
    return self();
  }

  /**
   * The wait between polls of long-running operations when the service gives none.
   *
   * @param pollInterval the value
   * @return this builder
   */
  public final B pollInterval(Duration pollInterval) {
    pipeline.pollInterval(pollInterval);
    return self();
  }

  /**
   * Applies any other pipeline setting, such as a sleeper for tests.
   *
   * @param settings changes to the pipeline builder
   * @return this builder
   */
  public final B configure(Consumer<HttpPipeline.Builder> settings) {
    settings.accept(pipeline);
    return self();
  }
}
