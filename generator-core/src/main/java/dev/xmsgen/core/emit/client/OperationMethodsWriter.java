package dev.xmsgen.core.emit.client;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.emit.JavadocWriter;
import dev.xmsgen.core.emit.Literals;
import dev.xmsgen.core.emit.RuntimeTypes;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.naming.OperationNames;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes an operation's public methods. Each kind of operation gets a simple method, overloaded
 * with the optional arguments when it has any, a non-blocking twin, and the full-control variant
 * ({@code ...WithResponse} or {@code begin...}) taking every argument:
 *
 * <ul>
 *   <li>plain: {@code get}, {@code getAsync}, {@code getWithResponse}, {@code
 *       getWithResponseAsync};
 *   <li>pageable: {@code list} returning a {@code PagedIterable} (which has page-level async
 *       access);
 *   <li>long-running: {@code createOrUpdate} (waits for the result), {@code createOrUpdateAsync},
 *       {@code beginCreateOrUpdate} returning a {@code Poller}, {@code beginCreateOrUpdateAsync},
 *       and {@code resumeCreateOrUpdate}, which rebuilds the poller from its resume token.
 * </ul>
 */
final class OperationMethodsWriter {
  private static final String THROWS = "the service answered with an error";
  private static final String OPTIONS_DOC =
      "this call's extra headers, request id, time limit and cancel signal; null for none";

  private final ClientTypes types;

  OperationMethodsWriter(ClientTypes types) {
    this.types = types;
  }

  List<MethodSpec> write(OperationPlan plan) {
    switch (plan.kind()) {
      case PAGED:
        return paged(plan);
      case LONG_RUNNING:
        return longRunning(plan);
      case PLAIN:
      default:
        return plain(plan);
    }
  }

  private List<MethodSpec> plain(OperationPlan plan) {
    String withResponse = plan.operation().javaName() + "WithResponse";
    TypeName response =
        ParameterizedTypeName.get(RuntimeTypes.RESPONSE, types.result(plan.result()));
    List<MethodSpec> methods =
        simpleAndAsync(
            plan,
            withResponse,
            new Unwrap("value()", null, CodeBlock.of("thenApply($T::value)", RuntimeTypes.RESPONSE)),
            "the response body",
            "a future of the response body",
            "a future that completes when it is done");
    methods.addAll(
        full(
            plan,
            withResponse,
            response,
            "the response: status, headers and body",
            CodeBlock.of(
                "return this.pipeline.send($Z$N($L),$W$L);\n",
                plan.requestMethod(),
                withOptions(plan),
                types.bodyType(plan.result()))));
    methods.addAll(
        full(
            plan,
            withResponse + "Async",
            future(response),
            "a future of the response",
            CodeBlock.of(
                "return this.pipeline.sendAsync($Z$N($L),$W$L);\n",
                plan.requestMethod(),
                withOptions(plan),
                types.bodyType(plan.result()))));
    return methods;
  }

  private List<MethodSpec> paged(OperationPlan plan) {
    OperationPlan.Paging paging = plan.paging();
    String name = plan.operation().javaName();
    TypeName iterable =
        ParameterizedTypeName.get(RuntimeTypes.PAGED_ITERABLE, types.result(paging.itemType()));
    String returnDoc = "the items of all pages, each page fetched when iteration reaches it";
    List<MethodSpec> methods =
        overloads(
            plan,
            name,
            iterable,
            returnDoc,
            args -> CodeBlock.of("return $N($L);\n", name, plus(args, "null")));
    methods.add(
        method(plan, name, plan.arguments(), true, iterable, returnDoc)
            .addCode(
                "return this.pipeline.paged($Z$N($L),$W$L,$W$L,$W$L$L);\n",
                plan.requestMethod(),
                withOptions(plan),
                Literals.string(paging.itemName()),
                Literals.string(paging.nextLinkName()),
                types.bodyType(paging.itemType()),
                nextPage(plan))
            .build());
    return methods;
  }

  /**
   * {@code , nextLink -> listNextRequest(nextLink, options)} or {@code , nextLink ->
   * listNextRequest(nextLink, top, options)}; nothing when next pages are a GET of the next link.
   */
  private static CodeBlock nextPage(OperationPlan plan) {
    OperationPlan.NextPage next = plan.paging().nextPage();
    if (next == null) {
      return CodeBlock.of("");
    }
    String link = "nextLink";
    List<String> taken =
        plan.arguments().stream().map(ParameterModel::javaName).collect(Collectors.toList());
    taken.add(plan.optionsName());
    while (taken.contains(link)) {
      link = "next" + Character.toUpperCase(link.charAt(0)) + link.substring(1);
    }
    String variable = link;
    String args =
        Stream.concat(
                next.arguments().stream().map(a -> a == null ? variable : a),
                Stream.of(plan.optionsName()))
            .collect(Collectors.joining(", "));
    return CodeBlock.of(",$W$N -> $N($L)", variable, next.requestMethod(), args);
  }

  private List<MethodSpec> longRunning(OperationPlan plan) {
    String name = plan.operation().javaName();
    String begin = OperationNames.begin(name);
    TypeName poller = ParameterizedTypeName.get(RuntimeTypes.POLLER, types.result(plan.result()));
    CodeBlock via =
        plan.finalStateVia() == null
            ? CodeBlock.of("null")
            : CodeBlock.of("$T.$L", RuntimeTypes.FINAL_STATE_VIA, plan.finalStateVia());
    List<MethodSpec> methods =
        simpleAndAsync(
            plan,
            begin,
            new Unwrap(
                "getFinalResult()",
                "getFinalResult()",
                CodeBlock.of("thenCompose($T::getFinalResultAsync)", RuntimeTypes.POLLER)),
            "the final result, once the operation has finished",
            "a future of the final result",
            "a future that completes when the operation has finished");
    methods.addAll(
        full(
            plan,
            begin,
            poller,
            "a poller that follows the operation to its end",
            CodeBlock.of(
                "return this.pipeline.beginLongRunning($Z$N($L),$W$L,$W$L);\n",
                plan.requestMethod(),
                withOptions(plan),
                types.bodyType(plan.result()),
                via)));
    methods.addAll(
        full(
            plan,
            begin + "Async",
            future(poller),
            "a future of the poller",
            CodeBlock.of(
                "return this.pipeline.beginLongRunningAsync($Z$N($L),$W$L,$W$L);\n",
                plan.requestMethod(),
                withOptions(plan),
                types.bodyType(plan.result()),
                via)));
    methods.add(resume(plan, poller));
    return methods;
  }

  /** {@code resumeCreateOrUpdate(resumeToken)}: the poller a token from {@code resumeToken()}. */
  private MethodSpec resume(OperationPlan plan, TypeName poller) {
    OperationModel op = plan.operation();
    JavadocWriter docs =
        JavadocWriter.summary(
                "Follows on a " + JavadocWriter.code(op.operationId()) + " operation started"
                    + " earlier, maybe by another process, from its poller's {@code"
                    + " resumeToken()}.")
            .param("resumeToken", "the text {@code resumeToken()} gave")
            .returns("a poller that follows the operation on from where the token was taken")
            .throwsWhen(
                "IllegalArgumentException",
                "the text is not a resume token; nothing of it is quoted");
    docs.throwsWhen(RuntimeTypes.UNTRUSTED_URL_EXCEPTION, "a URL in the token is not on the endpoint");
    return MethodSpec.methodBuilder(OperationNames.resume(op.javaName()))
        .addModifiers(Modifier.PUBLIC)
        .returns(poller)
        .addParameter(String.class, "resumeToken")
        .addJavadoc(docs.build())
        .addCode(
            "return this.pipeline.resumeLongRunning($Z$N,$W"
                + "this.pipeline.request($S, \"\")$>$>$L\n.build(),$<$<$W$L);\n",
            "resumeToken",
            op.httpMethod(),
            RequestMethodWriter.errors(types, plan),
            types.bodyType(plan.result()))
        .build();
  }

  /**
   * How the simple methods get their result from the full-control variant they delegate to.
   *
   * @param withBody what the blocking method calls on the variant's result when there is a body
   * @param withoutBody the same without a body, or {@code null} to call nothing
   * @param async what the non-blocking method chains onto the variant's future
   */
  private record Unwrap(String withBody, String withoutBody, CodeBlock async) {}

  /**
   * The simple blocking method and its non-blocking twin (each with its overloads), both
   * delegating to the full-control variant {@code full} and its {@code Async} twin.
   */
  private List<MethodSpec> simpleAndAsync(
      OperationPlan plan,
      String full,
      Unwrap unwrap,
      String bodyDoc,
      String asyncBodyDoc,
      String asyncVoidDoc) {
    String name = plan.operation().javaName();
    TypeName result = types.result(plan.result());
    boolean hasBody = plan.result() != null;
    List<MethodSpec> methods = new ArrayList<>();
    methods.addAll(
        overloads(
            plan,
            name,
            hasBody ? result : TypeName.VOID,
            hasBody ? bodyDoc : null,
            args ->
                hasBody
                    ? CodeBlock.of("return $N($L).$L;\n", full, args, unwrap.withBody())
                    : unwrap.withoutBody() == null
                        ? CodeBlock.of("$N($L);\n", full, args)
                        : CodeBlock.of("$N($L).$L;\n", full, args, unwrap.withoutBody())));
    methods.addAll(
        overloads(
            plan,
            name + "Async",
            future(result),
            hasBody ? asyncBodyDoc : asyncVoidDoc,
            args -> CodeBlock.of("return $N($L)$Z.$L;\n", full + "Async", args, unwrap.async())));
    return methods;
  }

  /**
   * The simple method with the required arguments (optional ones passed as {@code null}), plus,
   * when there are optional arguments, the overload taking them all.
   */
  private List<MethodSpec> overloads(
      OperationPlan plan,
      String name,
      TypeName returns,
      String returnDoc,
      Function<CodeBlock, CodeBlock> body) {
    List<MethodSpec> methods = new ArrayList<>();
    List<String> withNulls = new ArrayList<>();
    plan.required().forEach(p -> withNulls.add(p.javaName()));
    plan.optional().forEach(p -> withNulls.add("null"));
    methods.add(
        method(plan, name, plan.required(), false, returns, returnDoc)
            .addCode(body.apply(CodeBlock.of("$L", String.join(", ", withNulls))))
            .build());
    if (!plan.optional().isEmpty()) {
      methods.add(
          method(plan, name, plan.arguments(), false, returns, returnDoc)
              .addCode(body.apply(names(plan.arguments())))
              .build());
    }
    return methods;
  }

  /**
   * The full-control variant twice: taking every argument, and the same with the per-call options
   * after them, which runs {@code body}; the first passes {@code null} options to the second.
   */
  private List<MethodSpec> full(
      OperationPlan plan, String name, TypeName returns, String returnDoc, CodeBlock body) {
    return List.of(
        method(plan, name, plan.arguments(), false, returns, returnDoc)
            .addStatement("return $N($L)", name, plus(names(plan.arguments()), "null"))
            .build(),
        method(plan, name, plan.arguments(), true, returns, returnDoc).addCode(body).build());
  }

  /** The request method's arguments: every argument, then the per-call options. */
  private static CodeBlock withOptions(OperationPlan plan) {
    return plus(names(plan.arguments()), plan.optionsName());
  }

  /** An argument list with {@code last} appended: {@code a, b, last}, or {@code last} alone. */
  private static CodeBlock plus(CodeBlock arguments, String last) {
    return arguments.toString().isEmpty()
        ? CodeBlock.of("$L", last)
        : CodeBlock.of("$L, $L", arguments, last);
  }

  private MethodSpec.Builder method(
      OperationPlan plan,
      String name,
      List<ParameterModel> arguments,
      boolean options,
      TypeName returns,
      String returnDoc) {
    OperationModel op = plan.operation();
    JavadocWriter docs =
        JavadocWriter.summary(
            op.summary(), op.description(), "Calls " + JavadocWriter.code(op.operationId()) + ".");
    for (ParameterModel p : arguments) {
      docs.param(
          p.javaName(),
          JavadocWriter.describe(
                  p.description(), "the " + JavadocWriter.code(p.wireName()) + " parameter")
              + (p.required() ? "" : " (optional: null leaves it out)"));
    }
    if (options) {
      docs.param(plan.optionsName(), OPTIONS_DOC);
    }
    if (returnDoc != null) {
      docs.returns(returnDoc);
    }
    docs.throwsWhen(RuntimeTypes.API_EXCEPTION, THROWS);
    for (ParameterValue body : plan.validated()) {
      docs.throwsWhen(
          "IllegalStateException",
          "a required property of {@code "
              + body.parameter().javaName()
              + "} is not set (its {@code validate()} fails); nothing is sent");
    }
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(name)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameters(types.parameters(arguments));
    if (options) {
      method.addParameter(RuntimeTypes.REQUEST_OPTIONS, plan.optionsName());
    }
    if (op.deprecated()) {
      docs.deprecated("the service has deprecated this operation.");
      method.addAnnotation(AnnotationSpec.builder(Deprecated.class).build());
    }
    return method.addJavadoc(docs.build());
  }

  private static TypeName future(TypeName of) {
    return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), of);
  }

  private static CodeBlock names(List<ParameterModel> arguments) {
    return CodeBlock.of(
        "$L", arguments.stream().map(ParameterModel::javaName).collect(Collectors.joining(", ")));
  }
}
