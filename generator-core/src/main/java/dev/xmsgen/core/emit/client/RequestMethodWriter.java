package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.xmsgen.core.emit.Literals;
import dev.xmsgen.core.emit.RuntimeTypes;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.XmlNames;
import dev.xmsgen.core.naming.AccessorNames;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's private request method: the one place its path, query, headers, body,
 * success statuses and error models are put together, shared by all its public methods.
 */
final class RequestMethodWriter {
  private final ClientTypes types;
  private final ClassName clientClass;

  RequestMethodWriter(ClientTypes types, ClassName clientClass) {
    this.types = types;
    this.clientClass = clientClass;
  }

  MethodSpec write(OperationPlan plan) {
    OperationModel op = plan.operation();
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(plan.requestMethod())
            .addModifiers(Modifier.PRIVATE)
            .returns(RuntimeTypes.REQUEST)
            .addParameters(types.parameters(plan.arguments()))
            .addParameter(RuntimeTypes.REQUEST_OPTIONS, plan.optionsName());
    for (ParameterModel p : plan.required()) {
      if (!types.argument(p).isPrimitive()) {
        method.addStatement(
            "$T.requireNonNull($N, $S)",
            Objects.class,
            p.javaName(),
            p.javaName() + " is required");
      }
    }
    for (ParameterValue value : plan.values()) {
      ParameterModel p = value.parameter();
      if (value.source() == ParameterValue.Source.GROUP_FIELD
          && p.required()
          && !types.argument(p).isPrimitive()) {
        method.addStatement(
            "$T.requireNonNull($L, $S)",
            Objects.class,
            groupField(value),
            value.value() + "." + p.javaName() + " is required");
      }
    }
    for (ParameterValue value : plan.validated()) {
      CodeBlock body = source(value);
      if (value.parameter().required()) {
        method.addStatement("$L.validate()", body);
      } else {
        method.beginControlFlow("if ($L != null)", body)
            .addStatement("$L.validate()", body)
            .endControlFlow();
      }
    }
    CodeBlock.Builder chain = CodeBlock.builder();
    chain.add(
        "return this.pipeline.request($S,$W$L)$>$>", op.httpMethod(), Literals.string(op.path()));
    for (ParameterValue value : plan.values()) {
      chain.add(parameter(value, op));
    }
    boolean acceptDeclared =
        op.parameters().stream()
            .anyMatch(
                p ->
                    p.location() == ParameterModel.Location.HEADER
                        && p.wireName().equalsIgnoreCase("accept"));
    if (!acceptDeclared
        && !op.produces().isEmpty()
        && op.produces().stream().noneMatch(ClientTypes::isJson)) {
      chain.add("\n.header($S, $L)", "Accept", Literals.string(String.join(", ", op.produces())));
    }
    if (!plan.expected().isEmpty()) {
      chain.add(
          "\n.expect($L)",
          plan.expected().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
    chain.add(errors(types, plan));
    chain.add("\n.options($N)", plan.optionsName());
    chain.add("\n.build();\n$<$<");
    return method.addCode(chain.build()).build();
  }

  /**
   * The request chain's {@code .error(404, X.class)} and {@code .defaultError(X.class)} calls: the
   * models the operation's errors are read as, for its requests and a resumed poller's.
   */
  static CodeBlock errors(ClientTypes types, OperationPlan plan) {
    CodeBlock.Builder chain = CodeBlock.builder();
    for (Map.Entry<Integer, TypeRef> error : plan.errors().entrySet()) {
      ClassName type = types.errorClass(error.getValue());
      if (type != null) {
        chain.add("\n.error($L, $T.class)", error.getKey(), type);
      }
    }
    ClassName defaultError = types.errorClass(plan.defaultError());
    if (defaultError != null) {
      chain.add("\n.defaultError($T.class)", defaultError);
    }
    return chain.build();
  }

  /** One {@code .path(...)}, {@code .query(...)}, ... call of the request chain. */
  private CodeBlock parameter(ParameterValue value, OperationModel op) {
    ParameterModel p = value.parameter();
    CodeBlock wire = Literals.string(p.wireName());
    CodeBlock raw = source(value);
    if (p.type() instanceof TypeRef.ListOf && p.location() != ParameterModel.Location.BODY) {
      ParameterModel.CollectionFormat format =
          p.collectionFormat() == null ? ParameterModel.CollectionFormat.CSV : p.collectionFormat();
      if (p.location() == ParameterModel.Location.QUERY) {
        return format.separator() == null
            ? CodeBlock.of("\n.queryEach($L, $L)", wire, raw)
            : CodeBlock.of("\n.query($L, $L, $S)", wire, raw, format.separator());
      }
      // multi repeats only query parameters; elsewhere its elements are joined as csv
      String separator = format.separator() == null ? "," : format.separator();
      CodeBlock joined =
          CodeBlock.of("$T.join($L, $S)", RuntimeTypes.PARAMETER_VALUES, raw, separator);
      switch (p.location()) {
        case PATH:
          return CodeBlock.of("\n.path($L, $L)", wire, joined);
        case HEADER:
          return CodeBlock.of("\n.header($L, $L)", wire, joined);
        default:
          return CodeBlock.of("\n.form($L, $L)", wire, joined);
      }
    }
    boolean constant = value.source() == ParameterValue.Source.CONSTANT;
    if (constant && p.location() == ParameterModel.Location.BODY) {
      // a constant body keeps its JSON type: true, 1.5 or "text"
      raw = p.type() instanceof TypeRef.Scalar scalar
          ? Literals.wireValue(scalar.primitive(), value.value())
          : raw;
    }
    CodeBlock v = constant ? raw : formatted(p, raw);
    switch (p.location()) {
      case PATH:
        return CodeBlock.of("\n.$L($L, $L)", p.skipUrlEncoding() ? "rawPath" : "path", wire, v);
      case QUERY:
        return CodeBlock.of("\n.$L($L, $L)", p.skipUrlEncoding() ? "rawQuery" : "query", wire, v);
      case HEADER:
        return CodeBlock.of("\n.header($L, $L)", wire, v);
      case FORM_DATA:
        return CodeBlock.of("\n.form($L, $L)", wire, v);
      case BODY:
      default:
        String media = bodyMediaType(op, p.type());
        String format = ClientTypes.wireFormat(p.type());
        if (isBytes(p.type())) {
          return CodeBlock.of("\n.bytes($L, $L)", v, Literals.string(media));
        }
        if (XmlNames.isXmlMediaType(media) && p.type() instanceof TypeRef.ListOf) {
          // a list has no element name of its own: the parser named its root and items
          return CodeBlock.of(
              "\n.xmlListBody($L, $L, $L, $L)",
              v,
              Literals.string(p.xml().name()),
              Literals.string(p.xml().itemName()),
              Literals.string(media));
        }
        if (!ClientTypes.isJson(media)) {
          return CodeBlock.of("\n.body($L, $L)", v, Literals.string(media));
        }
        if (format != null) {
          return CodeBlock.of("\n.body($L, $T.$L)", raw, RuntimeTypes.WIRE_FORMAT, format);
        }
        // JSON under its own media type (application/merge-patch+json) says so
        return media.equals("application/json")
            ? CodeBlock.of("\n.body($L)", v)
            : CodeBlock.of("\n.body($L, $L)", v, Literals.string(media));
    }
  }

  /**
   * The media type a body is sent as, among those the operation consumes: bytes go as the first
   * media type that is not JSON, anything else as the first JSON one; else the first listed, and
   * JSON when none is. Bytes are sent as they are whatever their media type.
   */
  static String bodyMediaType(OperationModel op, TypeRef body) {
    boolean bytes = isBytes(body);
    return op.consumes().stream()
        .filter(m -> ClientTypes.isJson(m) != bytes)
        .findFirst()
        .orElse(op.consumes().isEmpty() ? "application/json" : op.consumes().get(0));
  }

  /** Whether a body is a file's bytes ({@code binary}), sent as they are. */
  private static boolean isBytes(TypeRef body) {
    return body instanceof TypeRef.Scalar s && s.primitive() == TypeRef.Primitive.BINARY;
  }

  /** The expression a parameter's value comes from. */
  private CodeBlock source(ParameterValue value) {
    switch (value.source()) {
      case CLIENT_FIELD:
        return CodeBlock.of("this.$N", value.value());
      case CONSTANT:
        return Literals.string(value.value());
      case API_VERSION:
        return CodeBlock.of("$T.API_VERSION", clientClass);
      case GROUP_FIELD:
        return groupField(value);
      case ARGUMENT:
      default:
        return CodeBlock.of("$N", value.value());
    }
  }

  /**
   * A grouped parameter's value: the group's getter; {@code null} when an optional group is not
   * given.
   */
  private static CodeBlock groupField(ParameterValue value) {
    ParameterModel p = value.parameter();
    CodeBlock getter =
        CodeBlock.of("$N.$N()", value.value(), AccessorNames.getter(p.javaName()));
    return p.required()
        ? getter
        : CodeBlock.of("($N == null ? null : $L)", value.value(), getter);
  }

  /** Wire formats that differ from the value's JSON text go through the runtime's formatters. */
  private static CodeBlock formatted(ParameterModel p, CodeBlock value) {
    if (!(p.type() instanceof TypeRef.Scalar scalar)) {
      return value;
    }
    String formatter =
        switch (scalar.primitive()) {
          case DATE_TIME_RFC1123 -> "rfc1123";
          case UNIX_TIME -> "unixTime";
          case BASE64_URL -> "base64Url";
          default -> null;
        };
    return formatter == null
        ? value
        : CodeBlock.of("$T.$L($L)", RuntimeTypes.PARAMETER_VALUES, formatter, value);
  }
}
