package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.List;
import java.util.Map;

/**
 * Replaces draft keys in {@link TypeRef.Named} references by the final Java names.
 */
final class DraftNames {
  private final Map<String, String> names;

  DraftNames(Map<String, String> names) {
    this.names = names;
  }

  TypeRef type(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return new TypeRef.Named(names.get(n.name()));
    } else if (type instanceof TypeRef.ListOf l) {
      return new TypeRef.ListOf(type(l.element()));
    } else if (type instanceof TypeRef.MapOf m) {
      return new TypeRef.MapOf(type(m.value()));
    }
    return type;
  }

  /** The Java name of the type drafted under {@code key}. */
  String name(String key) {
    return names.get(key);
  }

  PropertyModel property(PropertyModel p, String javaName) {
    return p.withJavaName(javaName).withType(type(p.type()));
  }

  ParameterModel parameter(ParameterModel p) {
    return p.withType(type(p.type()));
  }

  ResponseModel response(ResponseModel r) {
    List<ResponseModel.HeaderModel> headers =
        r.headers().stream()
            .map(h -> h.withType(type(h.type())))
            .toList();
    return r.withBody(r.body() == null ? null : type(r.body())).withHeaders(headers);
  }

  OperationModel operation(OperationModel o, String javaName) {
    return o.withJavaName(javaName)
        .withParameters(o.parameters().stream().map(this::parameter).toList())
        .withResponses(o.responses().stream().map(this::response).toList());
  }
}
