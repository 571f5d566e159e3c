package dev.xmsgen.azure.identity;

import com.azure.core.credential.TokenRequestContext;
import com.azure.identity.DefaultAzureCredentialBuilder;
import dev.xmsgen.runtime.AccessToken;
import dev.xmsgen.runtime.TokenCredential;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * An Azure SDK credential as the {@link TokenCredential} a generated client's builder takes:
 *
 * <pre>{@code
 * KeyVaultSampleClient client = KeyVaultSampleClient.builder()
 *     .credential(AzureCredential.of(new DefaultAzureCredentialBuilder().build()))
 *     ...
 * }</pre>
 *
 * <p>Clients ask through {@link #getTokenAsync}, azure-identity's asynchronous {@code getToken}, so
 * neither the synchronous nor the {@code ...Async} methods hold a thread while the token endpoint
 * answers; a continuous access evaluation challenge's claims are passed on. The client keeps the
 * token until shortly before it expires. A credential that cannot
 * authenticate fails with its own exception, unwrapped from the executor wrappers azure-identity's
 * synchronous path puts around it: for example msal4j's {@code MsalServiceException} with the
 * {@code AADSTS} code and reason, or azure-identity's {@code CredentialUnavailableException}.
 */
public final class AzureCredential implements TokenCredential {
  private final com.azure.core.credential.TokenCredential azure;

  private AzureCredential(com.azure.core.credential.TokenCredential azure) {
    this.azure = Objects.requireNonNull(azure, "azure credential");
  }

  /**
   * Any Azure SDK credential: {@code DefaultAzureCredential}, {@code ClientSecretCredential},
   * {@code ManagedIdentityCredential}, {@code AzureCliCredential}, or one of your own.
   */
  public static AzureCredential of(com.azure.core.credential.TokenCredential azure) {
    return new AzureCredential(azure);
  }

  /**
   * azure-identity's {@code DefaultAzureCredential} with its defaults: environment variables,
   * workload identity, managed identity, then the developer tools' sign-ins, in azure-identity's
   * order.
   */
  public static AzureCredential defaultAzureCredential() {
    return of(new DefaultAzureCredentialBuilder().build());
  }

  /**
   * A token from the Azure credential for {@code scopes}, through its synchronous {@code
   * getTokenSync}.
   *
   * @throws IllegalStateException when the Azure credential completes without a token
   */
  @Override
  public AccessToken getToken(List<String> scopes) {
    return getToken(scopes, null);
  }

  /**
   * A token for {@code scopes} that satisfies {@code claims} (a continuous access evaluation
   * challenge), through the Azure credential's synchronous {@code getTokenSync}.
   *
   * @throws IllegalStateException when the Azure credential completes without a token
   */
  @Override
  public AccessToken getToken(List<String> scopes, String claims) {
    try {
      return converted(azure.getTokenSync(context(scopes, claims)), scopes);
    } catch (RuntimeException e) {
      throw unwrapped(e);
    }
  }

  /**
   * What clients call: the Azure credential's own asynchronous {@code getToken}, so no thread
   * waits for the token endpoint. The future fails with the credential's own exception, or with
   * {@link IllegalStateException} when it completes without a token.
   */
  @Override
  public CompletableFuture<AccessToken> getTokenAsync(List<String> scopes, String claims) {
    CompletableFuture<AccessToken> token = new CompletableFuture<>();
    azure
        .getToken(context(scopes, claims))
        .toFuture()
        .whenComplete(
            (azureToken, failure) -> {
              if (failure != null) {
                Throwable cause = failure;
                if (cause instanceof CompletionException && cause.getCause() != null) {
                  cause = cause.getCause();
                }
                token.completeExceptionally(
                    cause instanceof RuntimeException ? unwrapped((RuntimeException) cause) : cause);
                return;
              }
              try {
                token.complete(converted(azureToken, scopes));
              } catch (RuntimeException e) {
                token.completeExceptionally(e);
              }
            });
    return token;
  }

  private static TokenRequestContext context(List<String> scopes, String claims) {
    TokenRequestContext context = new TokenRequestContext().setScopes(List.copyOf(scopes));
    if (claims != null) {
      context.setClaims(claims);
    }
    return context;
  }

  private AccessToken converted(com.azure.core.credential.AccessToken token, List<String> scopes) {
    if (token == null || token.getToken() == null || token.getExpiresAt() == null) {
      throw new IllegalStateException(
          "the Azure credential " + azure.getClass().getSimpleName() + " gave no token for "
              + scopes);
    }
    return new AccessToken(token.getToken(), token.getExpiresAt().toInstant());
  }

  /**
   * The exception that says what went wrong: {@code e} without the plain {@code RuntimeException},
   * {@code ExecutionException} and {@code CompletionException} layers around it.
   */
  static RuntimeException unwrapped(RuntimeException e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t.getClass() == RuntimeException.class
            || t instanceof ExecutionException
            || t instanceof CompletionException)) {
      t = t.getCause();
    }
    return t instanceof RuntimeException ? (RuntimeException) t : e;
  }

  @Override
  public String toString() {
    return "AzureCredential[" + azure.getClass().getSimpleName() + "]";
  }
}
