package dev.xmsgen.core.parse;

import java.util.List;

/**
 * The top of one Swagger document, as swagger-parser reads it (the security definitions as {@link
 * SecurityDefinitionsReader} does): what describes the service rather than its operations or
 * schemas.
 *
 * @param title {@code info.title}, or {@code null}
 * @param version {@code info.version}, or {@code null}
 * @param description {@code info.description}, or empty
 * @param host {@code host}, or {@code null}
 * @param basePath {@code basePath}, or empty
 * @param schemes {@code schemes} in lower case, in spec order
 * @param consumes the document's default request media types
 * @param produces the document's default response media types
 * @param oauth2 whether a security definition is of type {@code oauth2}
 */
record DocumentHeader(
    String title,
    String version,
    String description,
    String host,
    String basePath,
    List<String> schemes,
    List<String> consumes,
    List<String> produces,
    boolean oauth2) {

  DocumentHeader {
    schemes = List.copyOf(schemes);
    consumes = List.copyOf(consumes);
    produces = List.copyOf(produces);
  }
}
