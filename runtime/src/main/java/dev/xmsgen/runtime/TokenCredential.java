package dev.xmsgen.runtime;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Yields a bearer token for a list of OAuth2 scopes. Clients cache the token until shortly before
 * it expires, so implementations need not cache.
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

  /** A credential that always yields {@code token}, treated as never expiring. */
  static TokenCredential of(String token) {
    AccessToken fixed = new AccessToken(Objects.requireNonNull(token, "token"), Instant.MAX);
    return scopes -> fixed;
  }
}
