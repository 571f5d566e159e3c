package dev.xmsgen.core.model;

import java.util.List;

/**
 * One operation (a path and an HTTP method).
 *
 * @param operationId as in the spec, for example {@code Vaults_CreateOrUpdate}
 * @param javaName the method name on the group's client, for example {@code createOrUpdate}
 * @param httpMethod upper case: {@code GET}, {@code PUT}, ...
 * @param path the path template relative to the base path, with {@code {name}} placeholders
 * @param summary the spec's summary, or empty
 * @param description the spec's description, or empty
 * @param deprecated {@code deprecated: true}
 * @param parameters every parameter, client-level and constant ones included, in spec order
 *     (path-level parameters first)
 * @param consumes request media types
 * @param produces response media types
 * @param responses declared responses, by status, {@code default} last
 * @param paging {@code x-ms-pageable}, or {@code null}
 * @param longRunning {@code x-ms-long-running-operation}, or {@code null}
 * @param source where it was declared
 */
public record OperationModel(
    String operationId,
    String javaName,
    String httpMethod,
    String path,
    String summary,
    String description,
    boolean deprecated,
    List<ParameterModel> parameters,
    List<String> consumes,
    List<String> produces,
    List<ResponseModel> responses,
    Paging paging,
    LongRunning longRunning,
    SourceRef source) {

  public OperationModel {
    parameters = List.copyOf(parameters);
    consumes = List.copyOf(consumes);
    produces = List.copyOf(produces);
    responses = List.copyOf(responses);
  }

  /** This {@code OperationModel} with another {@code operationId}. */
  public OperationModel withOperationId(String operationId) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code javaName}. */
  public OperationModel withJavaName(String javaName) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code httpMethod}. */
  public OperationModel withHttpMethod(String httpMethod) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code path}. */
  public OperationModel withPath(String path) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code summary}. */
  public OperationModel withSummary(String summary) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code description}. */
  public OperationModel withDescription(String description) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code deprecated}. */
  public OperationModel withDeprecated(boolean deprecated) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code parameters}. */
  public OperationModel withParameters(List<ParameterModel> parameters) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code consumes}. */
  public OperationModel withConsumes(List<String> consumes) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code produces}. */
  public OperationModel withProduces(List<String> produces) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code responses}. */
  public OperationModel withResponses(List<ResponseModel> responses) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code paging}. */
  public OperationModel withPaging(Paging paging) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code longRunning}. */
  public OperationModel withLongRunning(LongRunning longRunning) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /** This {@code OperationModel} with another {@code source}. */
  public OperationModel withSource(SourceRef source) {
    return new OperationModel(
        operationId, javaName, httpMethod, path, summary, description, deprecated, parameters,
        consumes, produces, responses, paging, longRunning, source);
  }

  /**
   * {@code x-ms-pageable}.
   *
   * @param itemName the JSON key of the page's items ({@code value} by default)
   * @param nextLinkName the JSON key of the next page's URL; {@code null} means a single page
   * @param nextOperationId the operation that fetches next pages ({@code operationName}), or
   *     {@code null} to GET the next link
   */
  public record Paging(String itemName, String nextLinkName, String nextOperationId) {}

  /**
   * {@code x-ms-long-running-operation}.
   *
   * @param finalStateVia {@code x-ms-long-running-operation-options.final-state-via} ({@code
   *     azure-async-operation}, {@code location}, {@code original-uri}), or {@code null} for Azure's
   *     default for the HTTP method
   */
  public record LongRunning(String finalStateVia) {}
}
