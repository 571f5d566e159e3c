package dev.xmsgen.core.model;

import java.util.List;

/**
 * One declared response of an operation.
 *
 * @param status the status code as written in the spec ({@code "200"}) or {@code "default"}
 * @param body the body's type, or {@code null} when there is no body
 * @param headers declared response headers, sorted by wire name
 * @param error an error response: a {@code default}, or a status marked {@code
 *     x-ms-error-response: true}, or any status of 400 and above
 * @param description the spec's description, or empty
 */
public record ResponseModel(
    String status, TypeRef body, List<HeaderModel> headers, boolean error, String description) {

  public ResponseModel {
    headers = List.copyOf(headers);
  }

  /** This {@code ResponseModel} with another {@code status}. */
  public ResponseModel withStatus(String status) {
    return new ResponseModel(status, body, headers, error, description);
  }

  /** This {@code ResponseModel} with another {@code body}. */
  public ResponseModel withBody(TypeRef body) {
    return new ResponseModel(status, body, headers, error, description);
  }

  /** This {@code ResponseModel} with another {@code headers}. */
  public ResponseModel withHeaders(List<HeaderModel> headers) {
    return new ResponseModel(status, body, headers, error, description);
  }

  /** This {@code ResponseModel} with another {@code error}. */
  public ResponseModel withError(boolean error) {
    return new ResponseModel(status, body, headers, error, description);
  }

  /** This {@code ResponseModel} with another {@code description}. */
  public ResponseModel withDescription(String description) {
    return new ResponseModel(status, body, headers, error, description);
  }

  /**
   * A response header.
   *
   * @param wireName the header's name as declared
   * @param javaName a Java property name for it
   * @param type its type
   * @param description the spec's description, or empty
   */
  public record HeaderModel(String wireName, String javaName, TypeRef type, String description) {

    /** This header with another {@code type}. */
    public HeaderModel withType(TypeRef type) {
      return new HeaderModel(wireName, javaName, type, description);
    }
  }
}
