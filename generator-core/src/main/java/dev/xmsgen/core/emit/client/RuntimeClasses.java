package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;

/** The runtime and Jackson types generated clients name. */
final class RuntimeClasses {
  private static final String RUNTIME = "dev.xmsgen.runtime";

  static final ClassName HTTP_PIPELINE = ClassName.get(RUNTIME, "HttpPipeline");
  static final ClassName HTTP_PIPELINE_BUILDER = HTTP_PIPELINE.nestedClass("Builder");
  static final ClassName REQUEST = ClassName.get(RUNTIME, "Request");
  static final ClassName RESPONSE = ClassName.get(RUNTIME, "Response");
  static final ClassName BODY_TYPE = ClassName.get(RUNTIME, "BodyType");
  static final ClassName PAGED_ITERABLE = ClassName.get(RUNTIME, "PagedIterable");
  static final ClassName POLLER = ClassName.get(RUNTIME, "Poller");
  static final ClassName FINAL_STATE_VIA = ClassName.get(RUNTIME, "FinalStateVia");
  static final ClassName COLLECTION_FORMAT = ClassName.get(RUNTIME, "CollectionFormat");
  static final ClassName WIRE_FORMAT = ClassName.get(RUNTIME, "WireFormat");
  static final ClassName PARAMETER_VALUES = ClassName.get(RUNTIME, "ParameterValues");
  static final ClassName TOKEN_CREDENTIAL = ClassName.get(RUNTIME, "TokenCredential");
  static final ClassName RETRY_OPTIONS = ClassName.get(RUNTIME, "RetryOptions");
  static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");
  static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private RuntimeClasses() {}
}
