package dev.xmsgen.runtime;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.xmsgen.runtime.implementation.json.Explicit;
import dev.xmsgen.runtime.implementation.json.ExplicitDeserializer;
import dev.xmsgen.runtime.implementation.json.ExplicitSerializer;
import dev.xmsgen.runtime.implementation.json.TimeModule;

/**
 * The one {@link ObjectMapper} configuration that generated models and clients use. The report's
 * {@code jsonMapper} names {@link #mapper()}.
 *
 * <p>Generated models are read and written through their fields only: getters, setters and
 * constructors are never detected, so chainable setters and the accessors of flattened properties
 * never become JSON properties. Fields that are {@code null} are not written, but {@code null}
 * values inside maps and lists are (a map entry set to {@code null} means something). Unknown JSON
 * properties are ignored, so older clients keep working when a service adds properties. A subtype
 * of a polymorphic hierarchy read where its discriminator is missing (or unknown) is read as the
 * type asked for, not only at the root. {@code java.time} values use {@link TimeModule}; {@code
 * x-nullable} properties hold {@link Explicit} values.
 */
public final class Json {
  private static final ObjectMapper MAPPER = newMapper();

  private Json() {}

  /** The shared, configured mapper. Do not reconfigure it; {@link ObjectMapper#copy()} it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@link Explicit} values: what {@code x-nullable} properties hold. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SimpleModule explicitValues() {
    SimpleModule module = new SimpleModule("xmsgen-explicit");
    module.addSerializer(new ExplicitSerializer());
    module.addDeserializer((Class) Explicit.class, new ExplicitDeserializer());
    return module;
  }

  /** A new mapper configured as generated code expects. */
  public static ObjectMapper newMapper() {
    return configure(
        JsonMapper.builder().enable(MapperFeature.USE_BASE_TYPE_AS_DEFAULT_IMPL).build());
  }

  /**
   * {@code mapper} set up as generated code expects: fields only, nulls left out, unknown
   * properties ignored, the runtime's date-time and {@code x-nullable} handling. The same settings
   * serve JSON and XML mappers.
   *
   * @return {@code mapper} itself
   */
  public static <M extends ObjectMapper> M configure(M mapper) {
    mapper.setVisibility(PropertyAccessor.ALL, Visibility.NONE);
    mapper.setVisibility(PropertyAccessor.FIELD, Visibility.ANY);
    mapper.setDefaultPropertyInclusion(
        JsonInclude.Value.construct(
            JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS));
    mapper.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    mapper.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    mapper.disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    mapper.registerModule(new TimeModule());
    mapper.registerModule(explicitValues());
    return mapper;
  }
}
