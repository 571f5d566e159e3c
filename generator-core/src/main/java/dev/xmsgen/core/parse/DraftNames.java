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
    return new PropertyModel(
        p.wireName(), javaName, type(p.type()), p.description(), p.required(), p.readOnly(),
        p.nullable(), p.flatten(), p.source());
  }

  ParameterModel parameter(ParameterModel p) {
    return new ParameterModel(
        p.wireName(), p.javaName(), p.location(), type(p.type()), p.description(), p.required(),
        p.constantValue(), p.clientLevel(), p.skipUrlEncoding(), p.collectionFormat(),
        p.source());
  }

  ResponseModel response(ResponseModel r) {
    List<ResponseModel.HeaderModel> headers =
        r.headers().stream()
            .map(h -> new ResponseModel.HeaderModel(
                h.wireName(), h.javaName(), type(h.type()), h.description()))
            .toList();
    return new ResponseModel(
        r.status(), r.body() == null ? null : type(r.body()), headers, r.error(), r.description());
  }

  OperationModel operation(OperationModel o, String javaName) {
    return new OperationModel(
        o.operationId(), javaName, o.httpMethod(), o.path(), o.summary(), o.description(),
        o.deprecated(), o.parameters().stream().map(this::parameter).toList(), o.consumes(),
        o.produces(), o.responses().stream().map(this::response).toList(), o.paging(),
        o.longRunning(), o.source());
  }
}
