package dev.xmsgen.core.clients;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.Annotated;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import dev.xmsgen.core.examples.WireComparison;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.runtime.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a typed result holds what the example's JSON holds. Checked twice: as the result writes
 * itself through {@link Json#mapper()} (read-only properties are not written, and must not be), and
 * written with its read-only properties too, so that a read-only value the client lost counts as
 * lost.
 */
final class ResultCheck {
  /** {@link Json#mapper()}, but writing read-only ({@code WRITE_ONLY} access) properties too. */
  private static final ObjectMapper WITH_READ_ONLY =
      Json.mapper().copy().setAnnotationIntrospector(new AccessIgnoringIntrospector());

  private ResultCheck() {}

  /** The differences between {@code expected} and {@code result}, of type {@code type}. */
  static List<String> differences(ApiModel model, TypeRef type, JsonNode expected, Object result) {
    List<String> out = new ArrayList<>();
    JsonNode written = Json.mapper().valueToTree(result);
    out.addAll(WireComparison.differences(model, type, expected, written, "$"));
    JsonNode full = WITH_READ_ONLY.valueToTree(result);
    for (String d : WireComparison.differencesIncludingReadOnly(model, type, expected, full, "$")) {
      if (!out.contains(d)) {
        out.add(d + " (read-only properties included)");
      }
    }
    return out;
  }

  /** Ignores {@link JsonProperty#access()}, so read-only properties are written as well. */
  private static final class AccessIgnoringIntrospector extends JacksonAnnotationIntrospector {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonProperty.Access findPropertyAccess(Annotated annotated) {
      return null;
    }
  }
}
