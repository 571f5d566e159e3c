package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.palantir.javapoet.AnnotationSpec;
import java.util.List;

/**
 * The class annotations that carry the runtime mapper's configuration onto every model, so that a
 * plain {@code new ObjectMapper()} (a Spring Boot application's, a test's) reads and writes
 * exactly the JSON the runtime does: fields only (no getter, setter or constructor detected, so
 * flattened accessors never become properties), {@code null} fields left out, unknown properties
 * ignored.
 */
final class MappingAnnotations {
  private static final List<AnnotationSpec> OF_A_MODEL =
      List.of(
          AnnotationSpec.builder(JsonAutoDetect.class)
              .addMember("fieldVisibility", "$T.Visibility.ANY", JsonAutoDetect.class)
              .addMember("getterVisibility", "$T.Visibility.NONE", JsonAutoDetect.class)
              .addMember("isGetterVisibility", "$T.Visibility.NONE", JsonAutoDetect.class)
              .addMember("setterVisibility", "$T.Visibility.NONE", JsonAutoDetect.class)
              .addMember("creatorVisibility", "$T.Visibility.NONE", JsonAutoDetect.class)
              .build(),
          AnnotationSpec.builder(JsonInclude.class)
              .addMember("value", "$T.Include.NON_NULL", JsonInclude.class)
              .build(),
          AnnotationSpec.builder(JsonIgnoreProperties.class)
              .addMember("ignoreUnknown", "true")
              .build());

  private MappingAnnotations() {}

  /** The annotations of a model class. */
  static List<AnnotationSpec> ofModel() {
    return OF_A_MODEL;
  }
}
