package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;

/**
 * The runtime module's (and Jackson's) classes that generated models and clients name: the one
 * place that spells them, so a rename in the runtime is one change here. Generated code names the
 * user API of {@code dev.xmsgen.runtime} in its public signatures and the plumbing of {@code
 * dev.xmsgen.runtime.implementation} only inside method bodies and private members.
 */
public final class RuntimeTypes {
  private static final String RUNTIME = "dev.xmsgen.runtime";
  private static final String IMPLEMENTATION = RUNTIME + ".implementation";
  private static final String JSON = IMPLEMENTATION + ".json";

  public static final ClassName DATE_TIME_SERIALIZER = ClassName.get(JSON, "DateTimeSerializer");
  public static final ClassName DATE_TIME_DESERIALIZER =
      ClassName.get(JSON, "DateTimeDeserializer");
  public static final ClassName DATE_SERIALIZER = ClassName.get(JSON, "DateSerializer");
  public static final ClassName DATE_DESERIALIZER = ClassName.get(JSON, "DateDeserializer");
  public static final ClassName DURATION_SERIALIZER = ClassName.get(JSON, "DurationSerializer");
  public static final ClassName DURATION_DESERIALIZER =
      ClassName.get(JSON, "DurationDeserializer");
  public static final ClassName RFC1123_SERIALIZER =
      ClassName.get(JSON, "Rfc1123DateTimeSerializer");
  public static final ClassName RFC1123_DESERIALIZER =
      ClassName.get(JSON, "Rfc1123DateTimeDeserializer");
  public static final ClassName UNIX_TIME_SERIALIZER = ClassName.get(JSON, "UnixTimeSerializer");
  public static final ClassName UNIX_TIME_DESERIALIZER =
      ClassName.get(JSON, "UnixTimeDeserializer");
  public static final ClassName BASE64_URL_SERIALIZER = ClassName.get(JSON, "Base64UrlSerializer");
  public static final ClassName BASE64_URL_DESERIALIZER =
      ClassName.get(JSON, "Base64UrlDeserializer");

  public static final ClassName EXPLICIT = ClassName.get(JSON, "Explicit");
  public static final ClassName ENUM_VALUES = ClassName.get(IMPLEMENTATION, "EnumValues");
  public static final ClassName EXPLICIT_SERIALIZER = ClassName.get(JSON, "ExplicitSerializer");
  public static final ClassName EXPLICIT_DESERIALIZER =
      ClassName.get(JSON, "ExplicitDeserializer");

  public static final ClassName CLIENT_BUILDER = ClassName.get(RUNTIME, "ClientBuilder");
  public static final ClassName CLIENT_OPTIONS = ClassName.get(RUNTIME, "ClientOptions");
  public static final ClassName CLIENT_PIPELINE = ClassName.get(RUNTIME, "ClientPipeline");
  public static final ClassName UNTRUSTED_URL_EXCEPTION =
      ClassName.get(RUNTIME, "UntrustedUrlException");
  public static final ClassName RESPONSE = ClassName.get(RUNTIME, "Response");
  public static final ClassName PAGED_ITERABLE = ClassName.get(RUNTIME, "PagedIterable");
  public static final ClassName POLLER = ClassName.get(RUNTIME, "Poller");
  public static final ClassName REQUEST_OPTIONS = ClassName.get(RUNTIME, "RequestOptions");
  public static final ClassName API_EXCEPTION = ClassName.get(RUNTIME, "ApiException");

  public static final ClassName HTTP_PIPELINE = ClassName.get(IMPLEMENTATION, "HttpPipeline");
  public static final ClassName XML_ITEM_NAME = ClassName.get(IMPLEMENTATION, "XmlItemName");
  public static final ClassName REQUEST = ClassName.get(IMPLEMENTATION, "Request");
  public static final ClassName BODY_TYPE = ClassName.get(IMPLEMENTATION, "BodyType");
  public static final ClassName FINAL_STATE_VIA = ClassName.get(IMPLEMENTATION, "FinalStateVia");
  public static final ClassName USER_AGENT = ClassName.get(IMPLEMENTATION, "UserAgent");
  public static final ClassName WIRE_FORMAT = ClassName.get(IMPLEMENTATION, "WireFormat");
  public static final ClassName PARAMETER_VALUES =
      ClassName.get(IMPLEMENTATION, "ParameterValues");
  public static final ClassName TYPE_REFERENCE =
      ClassName.get("com.fasterxml.jackson.core.type", "TypeReference");

  private RuntimeTypes() {}
}
