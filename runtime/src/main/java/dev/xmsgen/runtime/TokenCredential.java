package dev.xmsgen.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Yields a bearer token for a list of OAuth2 scopes. Clients cache the token until shortly before
 * it expires, so implementations need not cache.
 *
 * <p>Clients ask through {@link #getTokenAsync(List, String)}, so an {@code ...Async} method never
 * waits for a token on the caller's thread. Its default runs {@link #getToken(List, String)} on a
 * new daemon thread; a credential with a non-blocking source of its own overrides it. A call that
 * gets {@code 401} asks once more, passing the {@code claims} of the service's {@code
 * WWW-Authenticate} challenge (continuous access evaluation) to {@link #getToken(List, String)}.
 *
 * <p>Any token source plugs in with a lambda. For azure-identity's credentials, the optional
 * {@code xmsgen-azure-identity} module has the bridge ({@code AzureCredential.of(credential)});
 * this module does not depend on the Azure SDK.
 */
@FunctionalInterface
public interface TokenCredential {

  /**
   * A token valid for {@code scopes}.
   *
   * @param scopes the scopes the token must cover, for example {@code
   *     https://management.azure.com/.default}
   * @return a token; never {@code null}
   */
  AccessToken getToken(List<String> scopes);

  /**
   * A token valid for {@code scopes} that satisfies a claims challenge. The default ignores the
   * claims and calls {@link #getToken(List)}.
   *
   * @param scopes the scopes the token must cover
   * @param claims the decoded JSON claims the service asked for, or {@code null} for none
   * @return a token; never {@code null}
   */
  default AccessToken getToken(List<String> scopes, String claims) {
    return getToken(scopes);
  }

  /**
   * {@link #getToken(List, String)} without blocking the caller. The default runs it on a new
   * daemon thread named {@code xmsgen-token}, so a slow or hanging credential holds no thread of
   * the caller's or of a shared pool.
   *
   * @return a future of the token; it fails with what the credential threw
   */
  default CompletableFuture<AccessToken> getTokenAsync(List<String> scopes, String claims) {
    CompletableFuture<AccessToken> token = new CompletableFuture<>();
    Thread fetch =
        new Thread(
            () -> {
              try {
                token.complete(getToken(scopes, claims));
              } catch (Throwable t) {
                token.completeExceptionally(t);
              }
            },
            "xmsgen-token");
    fetch.setDaemon(true);
    fetch.start();
    return token;
  }

  /** A credential that always yields {@code token}, treated as never expiring. */
  static TokenCredential of(String token) {
    AccessToken fixed = new AccessToken(Objects.requireNonNull(token, "token"), Instant.MAX);
    return new TokenCredential() {
      @Override
      public AccessToken getToken(List<String> scopes) {
        return fixed;
      }

      @Override
      public CompletableFuture<AccessToken> getTokenAsync(List<String> scopes, String claims) {
        return CompletableFuture.completedFuture(fixed);
      }
    };
  }
}
