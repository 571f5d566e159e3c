package dev.xmsgen.core.model;

import java.util.List;

/**
 * The service as a whole: what the top-level client and its builder need.
 *
 * @param name the top-level client's simple name, from {@code info.title}
 * @param description {@code info.description}, or empty
 * @param apiVersion {@code info.version}
 * @param endpoint the default endpoint from {@code schemes}, {@code host} and {@code basePath}
 *     (https preferred, http when no scheme is listed), or {@code null} when the spec has no host;
 *     its scheme also prefixes the host template
 * @param hostTemplate {@code x-ms-parameterized-host.hostTemplate}, or {@code null}
 * @param useSchemePrefix {@code x-ms-parameterized-host.useSchemePrefix} (default true)
 * @param basePath {@code basePath}, or empty
 * @param scopes OAuth2 scopes from the security definitions (for ARM, {@code
 *     https://management.azure.com/.default})
 * @param parameters client-level parameters, host template parameters included, sorted by Java
 *     name
 * @param apiKey where the service takes an API key, or {@code null} when its spec requires none
 */
public record ClientModel(
    String name,
    String description,
    String apiVersion,
    String endpoint,
    String hostTemplate,
    boolean useSchemePrefix,
    String basePath,
    List<String> scopes,
    List<ParameterModel> parameters,
    ApiKeyModel apiKey) {

  public ClientModel {
    scopes = List.copyOf(scopes);
    parameters = List.copyOf(parameters);
  }

  /** This {@code ClientModel} with another {@code name}. */
  public ClientModel withName(String name) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code description}. */
  public ClientModel withDescription(String description) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code apiVersion}. */
  public ClientModel withApiVersion(String apiVersion) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code endpoint}. */
  public ClientModel withEndpoint(String endpoint) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code hostTemplate}. */
  public ClientModel withHostTemplate(String hostTemplate) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code useSchemePrefix}. */
  public ClientModel withUseSchemePrefix(boolean useSchemePrefix) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code basePath}. */
  public ClientModel withBasePath(String basePath) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code scopes}. */
  public ClientModel withScopes(List<String> scopes) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code parameters}. */
  public ClientModel withParameters(List<ParameterModel> parameters) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters,
        apiKey);
  }

  /** This {@code ClientModel} with another {@code apiKey}. */
  public ClientModel withApiKey(ApiKeyModel apiKey) {
    return new ClientModel(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters, apiKey);
  }

  /** A client that takes no API key. */
  public ClientModel(
      String name,
      String description,
      String apiVersion,
      String endpoint,
      String hostTemplate,
      boolean useSchemePrefix,
      String basePath,
      List<String> scopes,
      List<ParameterModel> parameters) {
    this(
        name, description, apiVersion, endpoint, hostTemplate, useSchemePrefix, basePath, scopes,
        parameters, null);
  }
}
