package dev.xmsgen.core.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.generated.GeneratorIdentity;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaTypeNames;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the JSON report of a generation: which Java type each schema became, which client method
 * each operation became, and every warning. Keys are always in the same order and lists follow the
 * model's order, so equal generations give byte-identical reports.
 *
 * <pre>{@code
 * {
 *   "generator": {"name": "xmsgen", "version": "0.1.0"},
 *   "jsonMapper": "dev.xmsgen.runtime.Json#mapper",
 *   "models": [{"schema": "keyvault.json#/definitions/Vault", "javaType": "com.example.Vault",
 *               "kind": "class"}],
 *   "operations": [{"operationId": "Vaults_Get", "client": "com.example.VaultsClient",
 *                   "javaMethod": "get", "httpMethod": "GET", "path": "/subscriptions/...",
 *                   "responses": {"200": "com.example.Vault"}}],
 *   "warnings": [{"file": "keyvault.json", "pointer": "/definitions/X", "message": "..."}],
 *   "files": ["com/example/Vault.java"],
 *   "inputs": ["/abs/keyvault.json"]
 * }
 * }</pre>
 *
 * <p>{@code kind} is {@code class}, {@code enum} or {@code open-enum} (unknown values kept).
 * {@code responses} maps each non-error status to the Java type of its body, or to {@code null}
 * when it has none. Without clients, {@code operations} is empty.
 */
public final class ReportWriter {

  /** The mapper generated code serializes with, as the report names it. */
  public static final String JSON_MAPPER = "dev.xmsgen.runtime.Json#mapper";

  private ReportWriter() {}

  /** The report's bytes (UTF-8, ending with a newline). */
  public static byte[] toBytes(GenerationResult result, GeneratorOptions options)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(result, options, out);
    return out.toByteArray();
  }

  /** Writes the report to {@code out}, which stays open. */
  public static void write(GenerationResult result, GeneratorOptions options, OutputStream out)
      throws IOException {
    String pkg = options.packageName();
    String modelPkg = options.modelPackage();
    try (JsonGenerator json = JsonStyle.generator(out)) {
      json.writeStartObject();

      json.writeObjectFieldStart("generator");
      json.writeStringField("name", GeneratorIdentity.NAME);
      json.writeStringField("version", GeneratorIdentity.version());
      json.writeEndObject();
      json.writeStringField("jsonMapper", JSON_MAPPER);

      json.writeArrayFieldStart("models");
      for (TypeDef type : result.model().types()) {
        json.writeStartObject();
        json.writeStringField("schema", type.source().toString());
        json.writeStringField("javaType", modelPkg + "." + type.name());
        json.writeStringField("kind", kind(type));
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("operations");
      if (options.clients()) {
        for (OperationGroup group : result.model().groups()) {
          for (OperationModel op : group.operations()) {
            writeOperation(json, pkg + "." + group.javaName(), op, modelPkg);
          }
        }
      }
      json.writeEndArray();

      json.writeArrayFieldStart("warnings");
      for (Diagnostic warning : result.model().warnings()) {
        json.writeStartObject();
        json.writeStringField("file", warning.source().file());
        json.writeStringField("pointer", warning.source().pointer());
        json.writeStringField("message", warning.message());
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("files");
      for (GeneratedFile file : result.files()) {
        json.writeString(file.relativePath());
      }
      json.writeEndArray();

      json.writeArrayFieldStart("inputs");
      for (Path input : result.inputs()) {
        json.writeString(input.toString());
      }
      json.writeEndArray();

      json.writeEndObject();
    }
    out.write('\n');
  }

  private static void writeOperation(
      JsonGenerator json, String client, OperationModel op, String modelPkg)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("operationId", op.operationId());
    json.writeStringField("client", client);
    json.writeStringField("javaMethod", op.javaName());
    json.writeStringField("httpMethod", op.httpMethod());
    json.writeStringField("path", op.path());
    json.writeObjectFieldStart("responses");
    for (ResponseModel response : op.responses()) {
      if (!response.error()) {
        json.writeStringField(response.status(), javaType(modelPkg, response.body()));
      }
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static String kind(TypeDef type) {
    if (type instanceof EnumModel e) {
      return e.open() ? "open-enum" : "enum";
    }
    return "class";
  }

  /**
   * The Java type name generated code uses for a value of this type ({@code
   * java.util.List<com.example.Vault>}), from the mapping the emitters build their types from, or
   * {@code null} for no type.
   */
  private static String javaType(String modelPkg, TypeRef type) {
    return type == null ? null : JavaTypeNames.sourceName(modelPkg, type);
  }
}
