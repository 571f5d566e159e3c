package dev.xmsgen.core.clients;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.TokenCredential;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The models and clients generated from one spec set, compiled in memory as a user's build would
 * compile them. Generated once per spec set and test run, whichever test asks first.
 */
final class GeneratedService {
  static final String PACKAGE = "com.example.keyvault";

  private static final Map<SharedSpecs, GeneratedService> GENERATED =
      new EnumMap<>(SharedSpecs.class);

  private final ApiModel model;
  private final CompiledClasses classes;

  private GeneratedService(ApiModel model, CompiledClasses classes) {
    this.model = model;
    this.classes = classes;
  }

  /** The service of {@code specs}; skips the calling test when the shared specs are absent. */
  static synchronized GeneratedService of(SharedSpecs specs) throws SpecException {
    GeneratedService service = GENERATED.get(specs);
    if (service == null) {
      GenerationResult result =
          new Generator().generate(new GeneratorOptions(specs.files(), PACKAGE));
      service = new GeneratedService(result.model(), InMemoryCompiler.compile(result.files()));
      GENERATED.put(specs, service);
    }
    return service;
  }

  ApiModel model() {
    return model;
  }

  /** The operation of that id, if the spec set has it. */
  Optional<OperationModel> operation(String operationId) {
    return model.groups().stream()
        .flatMap(g -> g.operations().stream())
        .filter(o -> o.operationId().equals(operationId))
        .findFirst();
  }

  /** The group that holds {@code op}. */
  OperationGroup groupOf(OperationModel op) {
    return model.groups().stream()
        .filter(g -> g.operations().contains(op))
        .findFirst()
        .orElseThrow();
  }

  /** The type of {@code op}'s success body: that of its first success response with one. */
  Optional<TypeRef> resultType(OperationModel op) {
    return op.responses().stream()
        .filter(r -> !r.error() && r.body() != null)
        .map(ResponseModel::body)
        .findFirst();
  }

  /** The type of the body {@code op} declares for {@code status}, else for {@code default}. */
  Optional<TypeRef> responseType(OperationModel op, String status) {
    Optional<ResponseModel> exact =
        op.responses().stream().filter(r -> r.status().equals(status)).findFirst();
    return exact
        .or(() -> op.responses().stream().filter(r -> r.status().equals("default")).findFirst())
        .map(ResponseModel::body);
  }

  /** The type of the items of a pageable {@code op}, when its page type declares them. */
  Optional<TypeRef> itemType(OperationModel op, String itemName) {
    Optional<TypeRef> page = resultType(op);
    if (page.isEmpty() || !(page.get() instanceof TypeRef.Named named)) {
      return Optional.empty();
    }
    Optional<TypeDef> type = model.type(named.name());
    while (type.isPresent() && type.get() instanceof ObjectModel object) {
      for (PropertyModel p : object.properties()) {
        if (p.wireName().equals(itemName) && p.type() instanceof TypeRef.ListOf list) {
          return Optional.of(list.element());
        }
      }
      type = object.parent() == null ? Optional.empty() : model.type(object.parent());
    }
    return Optional.empty();
  }

  /** The Java type generated for {@code type}. */
  JavaType javaType(TypeFactory types, TypeRef type) {
    if (type instanceof TypeRef.Named named) {
      return types.constructType(classes.type(PACKAGE + ".models." + named.name()));
    }
    if (type instanceof TypeRef.ListOf list) {
      return types.constructCollectionType(List.class, javaType(types, list.element()));
    }
    if (type instanceof TypeRef.MapOf map) {
      return types.constructMapType(
          Map.class, types.constructType(String.class), javaType(types, map.value()));
    }
    return types.constructType(JsonNode.class);
  }

  /**
   * A top-level client made with its generated builder: {@code endpoint}, a static token, each
   * client parameter (such as {@code subscriptionId}) from {@code values} by wire name, and {@code
   * settings} applied to the pipeline.
   */
  Object newClient(
      String endpoint,
      TokenCredential credential,
      Map<String, JsonNode> values,
      Consumer<ClientOptions> settings) {
    Class<?> clientType = classes.type(PACKAGE + "." + model.client().name());
    Object builder = invoke(method(clientType, "builder", 0), null);
    invoke(method(builder.getClass(), "endpoint", 1), builder, endpoint);
    invoke(method(builder.getClass(), "credential", 1), builder, credential);
    for (ParameterModel p : clientParameters()) {
      Method setter =
          findMethod(builder.getClass(), p.javaName(), 1)
              .or(() -> findMethod(builder.getClass(), p.javaName() + "Value", 1))
              .orElseThrow(
                  () -> new AssertionError("the builder has no setter for " + p.wireName()));
      invoke(setter, builder, ExampleValues.argument(values.get(p.wireName()), setter, 0));
    }
    invoke(method(builder.getClass(), "configure", 1), builder, settings);
    return invoke(method(builder.getClass(), "build", 0), builder);
  }

  /** The client parameters the builder sets: all but constants and the API version. */
  List<ParameterModel> clientParameters() {
    return model.client().parameters().stream()
        .filter(p -> p.constantValue() == null && !p.wireName().equalsIgnoreCase("api-version"))
        .toList();
  }

  private static Method method(Class<?> type, String name, int arity) {
    return findMethod(type, name, arity)
        .orElseThrow(() -> new AssertionError(type.getName() + " has no " + name + "/" + arity));
  }

  private static Optional<Method> findMethod(Class<?> type, String name, int arity) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == arity) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  private static Object invoke(Method method, Object target, Object... args) {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method + " failed: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
  }
}
