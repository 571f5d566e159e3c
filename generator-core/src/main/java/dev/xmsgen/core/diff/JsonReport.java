package dev.xmsgen.core.diff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.xmsgen.core.model.SourceRef;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders an {@link ApiDiff} as JSON:
 *
 * <pre>
 * {"old": {"client": "...", "apiVersion": "...", "specs": [...]}, "new": {...},
 *  "summary": {"breaking": N, "nonBreaking": M},
 *  "changes": [{"kind": "property-removed", "breaking": true, "java": "com.example.models.Vault#getFoo()",
 *               "spec": {"old": "keyvault.json#/definitions/Vault/properties/foo", "new": null},
 *               "message": "..."}]}
 * </pre>
 *
 * <p>A change that an accept list covers also has {@code "accepted": "reason"}. Keys are always in
 * this order, so equal diffs give byte-identical reports.
 */
public final class JsonReport {
  private JsonReport() {}

  public static String render(ApiDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      side(g, "old", diff.oldApi());
      side(g, "new", diff.newApi());
      g.writeObjectFieldStart("summary");
      g.writeNumberField("breaking", diff.breaking());
      g.writeNumberField("nonBreaking", diff.nonBreaking());
      g.writeEndObject();
      g.writeArrayFieldStart("changes");
      for (ApiChange c : diff.changes()) {
        g.writeStartObject();
        g.writeStringField("kind", c.kind().id());
        g.writeBooleanField("breaking", c.breaking());
        g.writeStringField("java", c.java());
        g.writeObjectFieldStart("spec");
        ref(g, "old", c.oldSource());
        ref(g, "new", c.newSource());
        g.writeEndObject();
        g.writeStringField("message", c.message());
        String reason = diff.accepted().get(c);
        if (reason != null) {
          g.writeStringField("accepted", reason);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void side(JsonGenerator g, String name, ApiDiff.Side side) throws IOException {
    g.writeObjectFieldStart(name);
    g.writeStringField("client", side.client());
    g.writeStringField("apiVersion", side.apiVersion());
    g.writeArrayFieldStart("specs");
    for (String s : side.specs()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void ref(JsonGenerator g, String name, SourceRef ref) throws IOException {
    if (ref == null) {
      g.writeNullField(name);
    } else {
      g.writeStringField(name, ref.toString());
    }
  }
}
