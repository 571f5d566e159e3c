package dev.xmsgen.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints an {@link ApiModel} as stable, indented text: the client, every type with its properties,
 * flattened properties and enum values, every operation group with its operations, parameters and
 * responses, then the warnings. Lists print in model order, so equal models print byte for byte the
 * same; tests compare against it and people read it to see what will be generated.
 *
 * <p>Each line is {@code kind name: details}; flags follow after commas, descriptions go on a
 * {@code doc:} line below their owner, with line breaks shown as {@code \n}. For example:
 *
 * <pre>
 * object PrivateEndpointConnection extends Resource  (keyvault.json#/definitions/...)
 *   property properties "properties": PrivateEndpointConnectionProperties, flatten
 *   flattened privateEndpoint = properties.privateEndpoint: PrivateEndpoint
 * </pre>
 */
public final class ModelPrinter {
  private final StringBuilder out = new StringBuilder();

  private ModelPrinter() {}

  /** The whole model as text, ending with a line break. */
  public static String print(ApiModel model) {
    ModelPrinter p = new ModelPrinter();
    p.client(model.client());
    p.line(0, "");
    p.line(0, "types");
    model.types().forEach(p::type);
    p.line(0, "");
    p.line(0, "groups");
    model.groups().forEach(p::group);
    p.line(0, "");
    p.line(0, "warnings");
    model.warnings().forEach(w -> p.line(1, w.toString()));
    return p.out.toString();
  }

  /** One type as text, as it appears in {@link #print(ApiModel)} but without indentation. */
  public static String print(TypeDef type) {
    ModelPrinter p = new ModelPrinter();
    p.type(type);
    return p.out.toString().replaceAll("(?m)^  ", "");
  }

  private void client(ClientModel c) {
    line(0, "client " + c.name());
    doc(1, c.description());
    line(1, "api version: " + c.apiVersion());
    line(1, "endpoint: " + (c.endpoint() == null ? "none" : c.endpoint()));
    if (c.hostTemplate() != null) {
      line(1, "host template: " + c.hostTemplate() + (c.useSchemePrefix() ? "" : ", no scheme prefix"));
    }
    if (!c.basePath().isEmpty()) {
      line(1, "base path: " + c.basePath());
    }
    line(1, "scopes: " + (c.scopes().isEmpty() ? "none" : String.join(" ", c.scopes())));
    if (c.apiKey() != null) {
      line(
          1,
          "api key: " + (c.apiKey().inQuery() ? "query " : "header ") + c.apiKey().name());
    }
    c.parameters().forEach(p -> parameter(1, p));
  }

  private void type(TypeDef type) {
    if (type instanceof ObjectModel o) {
      object(o);
    } else if (type instanceof EnumModel e) {
      enumeration(e);
    }
  }

  private void object(ObjectModel o) {
    line(
        1,
        "object " + o.name() + (o.parent() == null ? "" : " extends " + o.parent())
            + "  (" + o.source() + ")");
    doc(2, o.description());
    if (o.discriminator() != null) {
      line(2, "discriminator: " + o.discriminator());
    }
    if (o.discriminatorValue() != null) {
      line(2, "discriminator value: " + o.discriminatorValue());
    }
    if (!o.subtypes().isEmpty()) {
      line(2, "subtypes: " + String.join(", ", o.subtypes()));
    }
    for (PropertyModel p : o.properties()) {
      List<String> flags = new ArrayList<>();
      flag(flags, p.required(), "required");
      flag(flags, p.readOnly(), "read-only");
      flag(flags, p.nullable(), "nullable");
      flag(flags, p.flatten(), "flatten");
      flag(flags, p.secret(), "secret");
      line(
          2,
          "property " + p.javaName() + " \"" + p.wireName() + "\": " + p.type()
              + join(flags));
      doc(3, p.description());
    }
    for (FlattenedProperty f : o.flattened()) {
      line(
          2,
          "flattened " + f.javaName() + " = " + String.join(".", f.path()) + "."
              + f.leaf().javaName() + ": " + f.leaf().type());
    }
    if (o.additionalProperties() != null) {
      line(2, "additional properties: " + o.additionalProperties());
    }
  }

  private void enumeration(EnumModel e) {
    line(
        1,
        "enum " + e.name() + " " + (e.open() ? "open" : "closed") + " "
            + new TypeRef.Scalar(e.wireType()) + "  (" + e.source() + ")");
    doc(2, e.description());
    for (EnumModel.EnumValue v : e.values()) {
      line(2, v.javaName() + " = \"" + escape(v.wireValue()) + "\"");
      doc(3, v.description());
    }
  }

  private void group(OperationGroup g) {
    line(1, "group \"" + g.name() + "\": " + g.javaName() + ", accessor " + g.accessorName());
    for (OperationModel op : g.operations()) {
      line(
          2,
          op.javaName() + ": " + op.httpMethod() + " " + op.path() + " (" + op.operationId()
              + ")  (" + op.source() + ")");
      if (!op.summary().isEmpty()) {
        line(3, "summary: " + escape(op.summary()));
      }
      doc(3, op.description());
      if (op.deprecated()) {
        line(3, "deprecated");
      }
      if (op.longRunning() != null) {
        String via = op.longRunning().finalStateVia();
        line(3, "long-running, final state via " + (via == null ? "default" : via));
      }
      if (op.paging() != null) {
        OperationModel.Paging paging = op.paging();
        line(
            3,
            "pageable, items " + paging.itemName() + ", next link " + paging.nextLinkName()
                + (paging.nextOperationId() == null ? "" : ", next operation "
                    + paging.nextOperationId()));
      }
      line(3, "consumes: " + String.join(" ", op.consumes()));
      line(3, "produces: " + String.join(" ", op.produces()));
      op.parameters().forEach(p -> parameter(3, p));
      for (ResponseModel r : op.responses()) {
        line(
            3,
            "response " + r.status() + ": " + (r.body() == null ? "no body" : r.body())
                + (r.error() ? ", error" : ""));
        doc(4, r.description());
        for (ResponseModel.HeaderModel h : r.headers()) {
          line(4, "header " + h.javaName() + " \"" + h.wireName() + "\": " + h.type());
        }
      }
    }
  }

  private void parameter(int depth, ParameterModel p) {
    List<String> flags = new ArrayList<>();
    flag(flags, p.required(), "required");
    flag(flags, p.constantValue() != null, "constant \"" + escape(p.constantValue()) + "\"");
    flag(flags, p.clientLevel(), "client");
    flag(flags, p.skipUrlEncoding(), "skip url encoding");
    flag(flags, p.collectionFormat() != null, "collection " + p.collectionFormat());
    flag(flags, p.group() != null, "group " + p.group());
    flag(flags, !p.xml().isNone(), "xml " + p.xml());
    line(
        depth,
        "parameter " + p.javaName() + ": " + p.location().name().toLowerCase(java.util.Locale.ROOT)
            + " \"" + p.wireName() + "\" " + p.type() + join(flags));
  }

  private static void flag(List<String> flags, boolean set, String text) {
    if (set) {
      flags.add(text);
    }
  }

  private static String join(List<String> flags) {
    return flags.isEmpty() ? "" : ", " + String.join(", ", flags);
  }

  private void doc(int depth, String description) {
    if (description != null && !description.isEmpty()) {
      line(depth, "doc: " + escape(description));
    }
  }

  private static String escape(String s) {
    return s == null ? "null" : s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }
}
