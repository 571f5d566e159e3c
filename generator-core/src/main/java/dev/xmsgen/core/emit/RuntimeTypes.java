package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;

/** The runtime module's classes that generated code names. */
final class RuntimeTypes {
  private static final String JSON = "dev.xmsgen.runtime.json";

  static final ClassName RFC1123_SERIALIZER = ClassName.get(JSON, "Rfc1123DateTimeSerializer");
  static final ClassName RFC1123_DESERIALIZER = ClassName.get(JSON, "Rfc1123DateTimeDeserializer");
  static final ClassName UNIX_TIME_SERIALIZER = ClassName.get(JSON, "UnixTimeSerializer");
  static final ClassName UNIX_TIME_DESERIALIZER = ClassName.get(JSON, "UnixTimeDeserializer");
  static final ClassName BASE64_URL_SERIALIZER = ClassName.get(JSON, "Base64UrlSerializer");
  static final ClassName BASE64_URL_DESERIALIZER = ClassName.get(JSON, "Base64UrlDeserializer");

  private RuntimeTypes() {}
}
