package dev.xmsgen.core.model;

/**
 * Where a service takes its API key: an {@code apiKey} security definition that the spec's {@code
 * security} requires.
 *
 * @param name the header or query parameter the key goes in, such as {@code
 *     Ocp-Apim-Subscription-Key}
 * @param inQuery {@code true} for a query parameter, {@code false} for a header
 */
public record ApiKeyModel(String name, boolean inQuery) {

  /** This {@code ApiKeyModel} with another {@code name}. */
  public ApiKeyModel withName(String name) {
    return new ApiKeyModel(name, inQuery);
  }

  /** This {@code ApiKeyModel} with another {@code inQuery}. */
  public ApiKeyModel withInQuery(boolean inQuery) {
    return new ApiKeyModel(name, inQuery);
  }
}
