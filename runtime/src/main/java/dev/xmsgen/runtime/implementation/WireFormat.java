package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.xmsgen.runtime.Json;
import dev.xmsgen.runtime.implementation.json.Base64UrlDeserializer;
import dev.xmsgen.runtime.implementation.json.Base64UrlSerializer;
import dev.xmsgen.runtime.implementation.json.Rfc1123DateTimeDeserializer;
import dev.xmsgen.runtime.implementation.json.Rfc1123DateTimeSerializer;
import dev.xmsgen.runtime.implementation.json.UnixTimeDeserializer;
import dev.xmsgen.runtime.implementation.json.UnixTimeSerializer;
import java.time.OffsetDateTime;

/**
 * A wire form of a whole request or response body that is not the default for its Java type: a body
 * that is a {@code date-time-rfc1123}, {@code unixtime} or {@code base64url} value, or a list or
 * map of them (at any depth). Model properties in these forms name their serializers on the field
 * instead; a body has no field to carry them.
 */
public enum WireFormat {
  /** {@code date-time-rfc1123}: {@link OffsetDateTime} as an HTTP date. */
  RFC1123 {
    @Override
    SimpleModule module() {
      return new SimpleModule("xmsgen-rfc1123")
          .addSerializer(OffsetDateTime.class, new Rfc1123DateTimeSerializer())
          .addDeserializer(OffsetDateTime.class, new Rfc1123DateTimeDeserializer());
    }
  },
  /** {@code unixtime}: {@link OffsetDateTime} as seconds since the epoch. */
  UNIX_TIME {
    @Override
    SimpleModule module() {
      return new SimpleModule("xmsgen-unixtime")
          .addSerializer(OffsetDateTime.class, new UnixTimeSerializer())
          .addDeserializer(OffsetDateTime.class, new UnixTimeDeserializer());
    }
  },
  /** {@code base64url}: {@code byte[]} as unpadded base64url text. */
  BASE64_URL {
    @Override
    SimpleModule module() {
      return new SimpleModule("xmsgen-base64url")
          .addSerializer(byte[].class, new Base64UrlSerializer())
          .addDeserializer(byte[].class, new Base64UrlDeserializer());
    }
  };

  private volatile ObjectMapper mapper;

  abstract SimpleModule module();

  /** {@link Json#mapper()} with this form for the Java type it applies to. */
  ObjectMapper mapper() {
    ObjectMapper m = mapper;
    if (m == null) {
      synchronized (this) {
        m = mapper;
        if (m == null) {
          m = Json.newMapper().registerModule(module());
          mapper = m;
        }
      }
    }
    return m;
  }
}
