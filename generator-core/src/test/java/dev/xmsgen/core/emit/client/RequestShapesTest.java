package dev.xmsgen.core.emit.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.generated.GeneratedFile;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.CollectionFormat;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.testing.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * A data-plane style API ({@code x-ms-parameterized-host}) whose operations use every way of
 * carrying a value: array path, query and header parameters in each collection format, RFC 1123 and
 * unix-time values, a binary body and response, form fields, a per-status error model, a generic
 * result type, a deprecated operation, whole bodies of HTTP dates and base64url values, and a
 * constant body.
 * Compiled, then called against a local server.
 */
class RequestShapesTest {
  private static final String PACKAGE = "com.example.widgets";
  private static final SourceRef SRC = new SourceRef("widgets.json", "/paths");
  private static final TypeRef STRING = TypeRef.of(Primitive.STRING);

  private static ParameterModel param(
      String wire,
      String java,
      Location location,
      TypeRef type,
      boolean required,
      CollectionFormat format) {
    return Models.param(wire, location, type)
        .withJavaName(java)
        .withRequired(required)
        .withCollectionFormat(format)
        .withSource(SRC);
  }

  private static OperationModel op(
      String id,
      String javaName,
      String method,
      String path,
      boolean deprecated,
      List<ParameterModel> parameters,
      String consumes,
      String produces,
      List<ResponseModel> responses) {
    return Models.op(id, method, path)
        .withJavaName(javaName)
        .withDeprecated(deprecated)
        .withParameters(parameters)
        .withConsumes(List.of(consumes))
        .withProduces(List.of(produces))
        .withResponses(responses)
        .withSource(SRC.child(path));
  }

  static ApiModel model() {
    ParameterModel host =
        param("vaultBaseUrl", "vaultBaseUrl", Location.PATH, STRING, true, null)
            .withDescription("The vault's URL.")
            .withClientLevel(true)
            .withSkipUrlEncoding(true);
    ParameterModel apiVersion =
        param("api-version", "apiVersion", Location.QUERY, STRING, true, null)
            .withConstantValue("7.4")
            .withClientLevel(true);
    ClientModel client =
        Models.client("WidgetService")
            .withDescription("Widgets.")
            .withApiVersion("7.4")
            .withEndpoint(null)
            .withHostTemplate("{vaultBaseUrl}")
            .withUseSchemePrefix(false)
            .withScopes(List.of("https://vault.azure.net/.default"))
            .withParameters(List.of(apiVersion, host));
    ParameterModel name = param("name", "name", Location.PATH, STRING, true, null);
    ResponseModel defaultError =
        Models.response("default", Models.named("CloudError"));
    List<OperationModel> ops = new ArrayList<>();
    ops.add(
        op(
            "Widgets_Search",
            "search",
            "GET",
            "/widgets/{names}",
            false,
            List.of(
                param("names", "names", Location.PATH, new TypeRef.ListOf(STRING), true, null),
                param(
                    "tags",
                    "tags",
                    Location.QUERY,
                    new TypeRef.ListOf(STRING),
                    false,
                    CollectionFormat.MULTI),
                param(
                    "ids",
                    "ids",
                    Location.QUERY,
                    new TypeRef.ListOf(TypeRef.of(Primitive.INT32)),
                    false,
                    CollectionFormat.PIPES),
                param(
                    "If-Modified-Since",
                    "ifModifiedSince",
                    Location.HEADER,
                    TypeRef.of(Primitive.DATE_TIME_RFC1123),
                    false,
                    null),
                param(
                    "x-ms-labels",
                    "labels",
                    Location.HEADER,
                    new TypeRef.ListOf(STRING),
                    false,
                    CollectionFormat.SSV),
                param(
                    "since", "since", Location.QUERY, TypeRef.of(Primitive.UNIX_TIME), false, null),
                apiVersion),
            "application/json",
            "application/json",
            List.of(
                VaultsApi.ok("200", new TypeRef.ListOf(Models.named("Widget"))),
                Models.response("404", Models.named("WidgetError")),
                defaultError)));
    ops.add(
        op(
            "Widgets_Upload",
            "upload",
            "PUT",
            "/widgets/{name}/content",
            false,
            List.of(
                name,
                param(
                    "content", "content", Location.BODY, TypeRef.of(Primitive.BINARY), true, null),
                apiVersion),
            "application/octet-stream",
            "application/octet-stream",
            List.of(VaultsApi.ok("200", TypeRef.of(Primitive.BINARY)), defaultError)));
    ops.add(
        op(
            "Widgets_Create",
            "create",
            "POST",
            "/widgets",
            false,
            List.of(
                param("name", "name", Location.FORM_DATA, STRING, true, null),
                param(
                    "count", "count", Location.FORM_DATA, TypeRef.of(Primitive.INT32), true, null),
                apiVersion),
            "application/x-www-form-urlencoded",
            "application/json",
            List.of(VaultsApi.ok("201", Models.named("Widget")), defaultError)));
    ops.add(
        op(
            "Widgets_Remove",
            "remove",
            "DELETE",
            "/widgets/{name}",
            true,
            List.of(name, apiVersion),
            "application/json",
            "application/json",
            List.of(VaultsApi.ok("204", null), defaultError)));
    ops.add(
        op(
            "Widgets_Stamp",
            "stamp",
            "PUT",
            "/stamps",
            false,
            List.of(
                param(
                    "stamps",
                    "stamps",
                    Location.BODY,
                    new TypeRef.ListOf(TypeRef.of(Primitive.DATE_TIME_RFC1123)),
                    true,
                    null),
                apiVersion),
            "application/json",
            "application/json",
            List.of(
                VaultsApi.ok("200", new TypeRef.MapOf(TypeRef.of(Primitive.BASE64_URL))),
                defaultError)));
    ops.add(
        op(
            "Widgets_Enable",
            "enable",
            "POST",
            "/widgets/{name}/enable",
            false,
            List.of(
                name,
                param("enabled", "enabled", Location.BODY, TypeRef.of(Primitive.BOOLEAN), true, null)
                    .withConstantValue("true"),
                apiVersion),
            "application/merge-patch+json",
            "application/json",
            List.of(VaultsApi.ok("200", null), defaultError)));
    return Models.api(
        client,
        List.of(
            VaultsApi.object(
                "CloudError", VaultsApi.prop("error", Models.named("CloudErrorBody"))),
            VaultsApi.object(
                "CloudErrorBody",
                VaultsApi.prop("code", STRING),
                VaultsApi.prop("message", STRING)),
            VaultsApi.object("Widget", VaultsApi.prop("name", STRING)),
            VaultsApi.object("WidgetError", VaultsApi.prop("reason", STRING))),
        List.of(Models.group("Widgets", ops)));
  }

  private static String[] model(String name, String fields) {
    return new String[] {
      PACKAGE + "." + name,
      "package "
          + PACKAGE
          + ";\n/** Test model. */\npublic final class "
          + name
          + " {\n  "
          + fields
          + "\n}\n"
    };
  }

  private static final String DRIVER =
      String.join(
          "\n",
          "package com.example.widgets;",
          "",
          "import dev.xmsgen.runtime.ApiException;",
          "import dev.xmsgen.runtime.TokenCredential;",
          "import java.nio.charset.StandardCharsets;",
          "import java.time.OffsetDateTime;",
          "import java.time.ZoneOffset;",
          "import java.util.ArrayList;",
          "import java.util.List;",
          "import java.util.function.Function;",
          "",
          "/** Uses the generated client. */",
          "public final class Driver implements Function<String, List<String>> {",
          "  @Override",
          "  public List<String> apply(String base) {",
          "    List<String> out = new ArrayList<>();",
          "    WidgetsClient widgets = WidgetService.builder()",
          "        .vaultBaseUrl(base)",
          "        .credential(TokenCredential.of(\"data-token\"))",
          "        .build()",
          "        .widgets();",
          "    OffsetDateTime when = OffsetDateTime.of(2025, 1, 2, 3, 4, 0, 0, ZoneOffset.UTC);",
          "    List<Widget> found = widgets.search(List.of(\"a\", \"b/c\"), List.of(\"x\", \"y\"),",
          "        List.of(1, 2), when, List.of(\"l1\", \"l2\"), when);",
          "    out.add(\"found \" + found.get(0).name + \" \" + found.get(1).name);",
          "    byte[] echoed = widgets.upload(\"w 1\", \"raw"
              + " bytes\".getBytes(StandardCharsets.UTF_8));",
          "    out.add(\"uploaded \" + new String(echoed, StandardCharsets.UTF_8));",
          "    out.add(\"created \" + widgets.create(\"w2\", 3).name);",
          "    try {",
          "      widgets.search(List.of(\"gone\"));",
          "    } catch (ApiException e) {",
          "      out.add(\"missing \" + e.error(WidgetError.class).map(w ->"
              + " w.reason).orElse(\"-\"));",
          "    }",
          "    widgets.enable(\"w1\");",
          "    byte[] key = widgets.stamp(List.of(when)).get(\"k\");",
          "    out.add(\"stamped \" + new String(key, StandardCharsets.UTF_8));",
          "    return out;",
          "  }",
          "}",
          "");

  @Test
  void parametersReachTheWireAsDeclared() throws Exception {
    List<GeneratedFile> files = new ClientEmitter(PACKAGE).emit(model());
    ClassLoader loader =
        GeneratedClients.compile(
            files,
            List.of(
                model("CloudError", "public CloudErrorBody error;"),
                model("CloudErrorBody", "public String code; public String message;"),
                model("Widget", "public String name;"),
                model("WidgetError", "public String reason;"),
                new String[] {PACKAGE + ".Driver", DRIVER}));

    try (LocalServer server = new LocalServer()) {
      server
          .on("GET", "/widgets/a%2Cb%2Fc", 200, "[{\"name\":\"a\"},{\"name\":\"b\"}]")
          .on(
              "PUT",
              "/widgets/w%201/content",
              200,
              "stored",
              "Content-Type",
              "application/octet-stream")
          .on("POST", "/widgets", 201, "{\"name\":\"w2\"}")
          .on("GET", "/widgets/gone", 404, "{\"reason\":\"no such widget\"}")
          .on("POST", "/widgets/w1/enable", 200, "")
          .on("PUT", "/stamps", 200, "{\"k\":\"cmF3\"}");
      @SuppressWarnings("unchecked")
      Function<String, List<String>> driver =
          (Function<String, List<String>>)
              loader.loadClass(PACKAGE + ".Driver").getDeclaredConstructor().newInstance();

      List<String> out = driver.apply(server.base());

      assertEquals(
          List.of(
              "found a b", "uploaded stored", "created w2", "missing no such widget", "stamped raw"),
          out);
      List<LocalServer.Request> sent = server.requests();
      LocalServer.Request search = sent.get(0);
      assertEquals(
          "/widgets/a%2Cb%2Fc?tags=x&tags=y&ids=1%7C2&since=1735787040&api-version=7.4",
          search.uri());
      assertEquals("Thu, 02 Jan 2025 03:04:00 GMT", search.header("If-Modified-Since"));
      assertEquals("l1 l2", search.header("x-ms-labels"));
      assertEquals("Bearer data-token", search.header("Authorization"));
      LocalServer.Request upload = sent.get(1);
      assertEquals("raw bytes", upload.body());
      assertEquals("application/octet-stream", upload.header("Content-Type"));
      assertEquals("application/octet-stream", upload.header("Accept"));
      LocalServer.Request create = sent.get(2);
      assertEquals("name=w2&count=3", create.body());
      assertEquals("application/x-www-form-urlencoded", create.header("Content-Type"));
      assertEquals("true", sent.get(4).body(), "a constant body keeps its JSON type");
      assertEquals("application/merge-patch+json", sent.get(4).header("Content-Type"));
      assertEquals("[\"Thu, 02 Jan 2025 03:04:00 GMT\"]", sent.get(5).body());
      String widgets =
          files.stream()
              .filter(f -> f.relativePath().endsWith("WidgetsClient.java"))
              .findFirst()
              .orElseThrow()
              .content();
      assertTrue(widgets.contains("@Deprecated\n  public void remove(String name) {"), widgets);
      assertTrue(widgets.contains(".error(404, WidgetError.class)"));
      assertTrue(
          widgets.contains(".bytes(content, \"application/octet-stream\")"),
          "a binary body is sent as its bytes");
      assertTrue(widgets.contains("new TypeReference<List<Widget>>() {"));
    }
  }
}
