package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.emit.JavadocWriter;
import dev.xmsgen.core.emit.Literals;
import dev.xmsgen.core.emit.RuntimeTypes;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.naming.AccessorNames;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes the top-level client: its constants (API version, default endpoint and scopes), one
 * accessor per operation group, and its {@code Builder}, which collects the endpoint, credential,
 * scopes, client-level parameters and pipeline settings.
 */
final class ServiceClientWriter {
  private final ClientTypes types;
  private final ClientPlan client;
  private final String clientVersion;

  /** {@code clientVersion}: what the User-Agent names, {@code null} for the jar's version. */
  ServiceClientWriter(ClientTypes types, ClientPlan client, String clientVersion) {
    this.types = types;
    this.client = client;
    this.clientVersion = clientVersion;
  }

  /**
   * The top-level client class.
   *
   * @param groups each group's client, in model order
   */
  /** The pipeline's field and accessor, a name no group accessor takes. */
  private static final String PIPELINE = AccessorNames.CLIENT_PIPELINE;

  TypeSpec write(List<GroupClient> groups) {
    ClientModel model = client.model();
    ClassName self = client.type();
    ClassName builder = self.nestedClass("Builder");
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(self)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addJavadoc(classDocs(model).build());
    spec.addField(
        FieldSpec.builder(
                String.class, "API_VERSION", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The API version every request is sent with.\n")
            .initializer("$L", Literals.string(model.apiVersion()))
            .build());
    if (client.hasEndpointSetter() && model.endpoint() != null) {
      spec.addField(
          FieldSpec.builder(
                  String.class,
                  "DEFAULT_ENDPOINT",
                  Modifier.PUBLIC,
                  Modifier.STATIC,
                  Modifier.FINAL)
              .addJavadoc("The endpoint used unless the builder is given another.\n")
              .initializer("$L", Literals.string(model.endpoint()))
              .build());
    }
    TypeName stringList = ParameterizedTypeName.get(List.class, String.class);
    if (!model.scopes().isEmpty()) {
      spec.addField(
          FieldSpec.builder(
                  stringList, "DEFAULT_SCOPES", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
              .addJavadoc(
                  "The OAuth2 scopes tokens are requested for unless the builder is given"
                      + " others.\n")
              .initializer(
                  "$T.of($Z$L)",
                  List.class,
                  model.scopes().stream()
                      .map(s -> Literals.string(s).toString())
                      .collect(Collectors.joining(", ")))
              .build());
    }
    MethodSpec.Builder constructor =
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.HTTP_PIPELINE, "pipeline");
    for (ClientParameter field : client.fieldParameters()) {
      constructor.addParameter(types.clientParameter(field.model()), field.name());
    }
    spec.addField(RuntimeTypes.CLIENT_PIPELINE, PIPELINE, Modifier.PRIVATE, Modifier.FINAL);
    constructor.addStatement("this.$N = pipeline", PIPELINE);
    for (GroupClient g : groups) {
      spec.addField(g.type(), g.group().accessorName(), Modifier.PRIVATE, Modifier.FINAL);
      String args = g.fields().stream().map(ClientParameter::name).collect(Collectors.joining(", "));
      constructor.addStatement(
          "this.$N = new $T(pipeline$L)",
          g.group().accessorName(),
          g.type(),
          args.isEmpty() ? "" : ", " + args);
    }
    spec.addMethod(constructor.build());
    spec.addMethod(
        MethodSpec.methodBuilder("builder")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addJavadoc("A builder for a client.\n\n@return a new builder\n")
            .addStatement("return new $T()", builder)
            .build());
    for (GroupClient g : groups) {
      OperationGroup group = g.group();
      spec.addMethod(
          MethodSpec.methodBuilder(group.accessorName())
              .addModifiers(Modifier.PUBLIC)
              .returns(g.type())
              .addJavadoc(
                  "The $L operations.\n\n@return the client for them\n",
                  JavadocWriter.code(group.name().isEmpty() ? model.name() : group.name()))
              .addStatement("return $N", group.accessorName())
              .build());
    }
    spec.addMethod(
        MethodSpec.methodBuilder(PIPELINE)
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.CLIENT_PIPELINE)
            .addJavadoc(
                "The pipeline this client sends with, for requests it has no method for: they get"
                    + " its token, policies, retries and timeouts.\n\n@return the pipeline\n")
            .addStatement("return $N", PIPELINE)
            .build());
    spec.addType(builderType(builder));
    return spec.build();
  }

  private JavadocWriter classDocs(ClientModel model) {
    JavadocWriter docs =
        JavadocWriter.summary(
            JavadocWriter.describe(model.description(), "The " + model.name() + " service."));
    StringBuilder example = new StringBuilder("<pre>{@code\n");
    example.append(model.name()).append(" client = ").append(model.name()).append(".builder()\n");
    if (client.hasEndpointSetter() && model.endpoint() == null) {
      example.append("    .endpoint(\"https://...\")\n");
    }
    example.append(
        model.apiKey() != null
            ? "    .keyCredential(new KeyCredential(key))\n"
            : "    .credential(credential)\n");
    for (ClientParameter p : client.hostParameters()) {
      example.append("    .").append(p.name()).append("(").append(p.name()).append(")\n");
    }
    for (ClientParameter p : client.fieldParameters()) {
      if (p.model().required()) {
        example.append("    .").append(p.name()).append("(").append(p.name()).append(")\n");
      }
    }
    example.append("    .build();\n}</pre>");
    return docs.paragraph("Build one with {@link #builder()}:\n" + example);
  }

  private TypeSpec builderType(ClassName builder) {
    ClientModel model = client.model();
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(builder)
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .superclass(ParameterizedTypeName.get(RuntimeTypes.CLIENT_BUILDER, builder))
            .addJavadoc(
                "Collects the settings of a {@link $T}; the common ones come from {@link $T}."
                    + " Not thread-safe.\n",
                client.type(),
                RuntimeTypes.CLIENT_BUILDER);
    for (ClientParameter p : client.hostParameters()) {
      spec.addField(types.clientParameter(p.model()), p.name(), Modifier.PRIVATE);
    }
    for (ClientParameter p : client.fieldParameters()) {
      spec.addField(types.clientParameter(p.model()), p.name(), Modifier.PRIVATE);
    }
    CodeBlock.Builder pipeline =
        CodeBlock.builder().add("new $T()$>$>", RuntimeTypes.CLIENT_OPTIONS);
    if (client.hasEndpointSetter() && model.endpoint() != null) {
      pipeline.add("\n.endpoint(DEFAULT_ENDPOINT)");
    }
    if (!model.scopes().isEmpty()) {
      pipeline.add("\n.scopes(DEFAULT_SCOPES)");
    }
    if (model.apiKey() != null) {
      pipeline.add(
          "\n.$N($S)", model.apiKey().inQuery() ? "keyQuery" : "keyHeader", model.apiKey().name());
    }
    pipeline.add(
        clientVersion == null
            ? CodeBlock.of(
                "\n.userAgent($T.clientToken($T.class))$<$<",
                RuntimeTypes.USER_AGENT,
                client.type())
            : CodeBlock.of(
                "\n.userAgent($T.clientToken($T.class, $S))$<$<",
                RuntimeTypes.USER_AGENT,
                client.type(),
                clientVersion));
    spec.addMethod(
        MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addStatement("super($L)", pipeline.build())
            .build());
    spec.addMethod(
        MethodSpec.methodBuilder("self")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PROTECTED)
            .returns(builder)
            .addStatement("return this")
            .build());
    if (client.hasEndpointSetter()) {
      String doc =
          model.endpoint() == null
              ? "The service's base URL. Required."
              : "The service's base URL; {@link #DEFAULT_ENDPOINT} unless set.";
      spec.addMethod(
          MethodSpec.methodBuilder("endpoint")
              .addModifiers(Modifier.PUBLIC)
              .returns(builder)
              .addParameter(String.class, "endpoint")
              .addJavadoc("$L\n\n@param endpoint the value\n@return this builder\n", doc)
              .addStatement("options().endpoint(endpoint)")
              .addStatement("return this")
              .build());
    }
    for (ClientParameter p : client.hostParameters()) {
      spec.addMethod(setter(builder, p));
    }
    for (ClientParameter p : client.fieldParameters()) {
      spec.addMethod(setter(builder, p));
    }
    spec.addMethod(build(builder));
    return spec.build();
  }

  private MethodSpec build(ClassName builder) {
    ClientModel model = client.model();
    MethodSpec.Builder build =
        MethodSpec.methodBuilder("build")
            .addModifiers(Modifier.PUBLIC)
            .returns(client.type())
            .addJavadoc(
                "The client.\n\n@return a new client\n"
                    + "@throws NullPointerException a required setting is missing\n"
                    + "@throws IllegalArgumentException a setting is invalid\n");
    for (ClientParameter p : client.hostParameters()) {
      requireSet(build, p);
    }
    for (ClientParameter p : client.fieldParameters()) {
      if (p.model().required()) {
        requireSet(build, p);
      }
    }
    if (model.hostTemplate() != null) {
      CodeBlock.Builder host =
          CodeBlock.builder()
              .add(
                  "$L",
                  Literals.string(
                      (model.useSchemePrefix() ? scheme(model) + "://" : "")
                          + model.hostTemplate()));
      for (ClientParameter p : client.hostParameters()) {
        host.add(
            "\n.replace($L, $T.format(this.$N))",
            Literals.string("{" + p.model().wireName() + "}"),
            RuntimeTypes.PARAMETER_VALUES,
            p.name());
      }
      String basePath =
          model.basePath() == null || model.basePath().equals("/") ? "" : model.basePath();
      if (!basePath.isEmpty()) {
        host.add("\n+ $L", Literals.string(basePath));
      }
      build.addStatement("options().endpoint($L)", host.build());
    }
    String args =
        client.fieldParameters().stream()
            .map(p -> "this." + p.name())
            .collect(Collectors.joining(", "));
    build.addStatement(
        "return new $T($T.of(options(), API_VERSION)$L)",
        client.type(),
        RuntimeTypes.HTTP_PIPELINE,
        args.isEmpty() ? "" : ", " + args);
    return build.build();
  }

  private static void requireSet(MethodSpec.Builder build, ClientParameter p) {
    build.addStatement(
        "$T.requireNonNull(this.$N, $S)", Objects.class, p.name(), p.name() + " is required");
  }

  private MethodSpec setter(ClassName builder, ClientParameter p) {
    String doc =
        JavadocWriter.describe(
                p.model().description(), "The " + JavadocWriter.code(p.model().wireName()) + " value.")
            + (p.model().required() ? " Required." : "");
    return MethodSpec.methodBuilder(p.name())
        .addModifiers(Modifier.PUBLIC)
        .returns(builder)
        .addParameter(types.clientParameter(p.model()), p.name())
        .addJavadoc("$L\n\n@param $L the value\n@return this builder\n", doc, p.name())
        .addStatement("this.$N = $N", p.name(), p.name())
        .addStatement("return this")
        .build();
  }

  /** The scheme a host template is prefixed with: the default endpoint's, else https. */
  private static String scheme(ClientModel model) {
    return model.endpoint() == null ? "https" : URI.create(model.endpoint()).getScheme();
  }
}
