package dev.xmsgen.core.diff;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.io.IOException;

/**
 * An {@link ApiModel} as JSON, so that a build can keep the API it generated last and compare the
 * next one with it ({@code .xmsgen/api.json} beside the generation state). Reading back gives a
 * model equal to the one written; a snapshot that cannot be read (another generator version's
 * format) is reported as such, and the caller starts afresh.
 */
public final class ApiSnapshot {
  /** The file name in the generator's state folder. */
  public static final String FILE = "api.json";

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .addMixIn(TypeDef.class, TypeDefMixin.class)
          .addMixIn(TypeRef.class, TypeRefMixin.class)
          .addMixIn(ParameterModel.class, ParameterMixin.class)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private ApiSnapshot() {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "is")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = ObjectModel.class, name = "object"),
    @JsonSubTypes.Type(value = EnumModel.class, name = "enum")
  })
  private interface TypeDefMixin {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "is")
  @JsonSubTypes({
    @JsonSubTypes.Type(value = TypeRef.Scalar.class, name = "scalar"),
    @JsonSubTypes.Type(value = TypeRef.Named.class, name = "named"),
    @JsonSubTypes.Type(value = TypeRef.ListOf.class, name = "list"),
    @JsonSubTypes.Type(value = TypeRef.MapOf.class, name = "map")
  })
  private interface TypeRefMixin {}

  private abstract static class ParameterMixin {
    @JsonIgnore
    abstract boolean isMethodArgument();
  }

  /** The model as JSON. */
  public static String write(ApiModel model) {
    try {
      return MAPPER.writeValueAsString(model);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write the API snapshot: " + e.getMessage(), e);
    }
  }

  /**
   * The model read back.
   *
   * @throws IOException the text is not a snapshot this version can read
   */
  public static ApiModel read(String json) throws IOException {
    return MAPPER.readValue(json, ApiModel.class);
  }
}
