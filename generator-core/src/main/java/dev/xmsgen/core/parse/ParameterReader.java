package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.ParameterModel.CollectionFormat;
import dev.xmsgen.core.model.ParameterModel.Location;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.XmlNames;
import dev.xmsgen.core.naming.JavaNames;
import java.util.Locale;

/**
 * Reads one parameter, inline or {@code $ref}'d (keys beside the {@code $ref} win over the target's),
 * and decides what callers see of it:
 *
 * <ul>
 *   <li>a required parameter whose {@code enum} has a single value (and that {@code x-ms-enum} does
 *       not declare extensible) is a constant with that value, never exposed; so is a required
 *       body whose inline schema is such an enum (its type is then the enum's plain type);
 *   <li>{@code api-version} is a constant too, required or not: its single enum value, else the
 *       {@code info.version} of the document declaring the operation; unless {@code
 *       x-ms-api-version: false} makes it an ordinary parameter;
 *   <li>parameters declared in a document's global {@code parameters} section (bodies aside), and
 *       {@code subscriptionId} and {@code api-version} (by wire name) wherever they are defined, are
 *       set once on the client unless {@code x-ms-parameter-location: method}, as AutoRest does; so
 *       is any parameter with {@code x-ms-parameter-location: client}; a parameter pinned by a
 *       single-value enum stays with its operation;
 *   <li>a method argument with {@code x-ms-parameter-grouping} is a field of its group: the
 *       {@code name} given, else {@code {MethodGroup}{Method}} and the {@code postfix} (by default
 *       {@code Parameters}).
 * </ul>
 */
final class ParameterReader {
  private static final String API_VERSION = "api-version";
  private static final String SUBSCRIPTION_ID = "subscriptionId";

  private final RefResolver refs;
  private final SchemaReader schemas;
  private final Diagnostics diagnostics;

  ParameterReader(RefResolver refs, SchemaReader schemas, Diagnostics diagnostics) {
    this.refs = refs;
    this.schemas = schemas;
    this.diagnostics = diagnostics;
  }

  /**
   * Where a parameter is read: what names its anonymous types and groups, and the api-version to
   * send when the parameter does not pin one.
   *
   * @param typeNameBase prefix for anonymous types, for example {@code VaultsCreateOrUpdate}
   * @param groupNameBase {@code {MethodGroup}{Method}}, the default parameter group name's start
   * @param apiVersion the declaring document's {@code info.version}
   */
  record Context(String typeNameBase, String groupNameBase, String apiVersion) {}

  /** The parameter at {@code site}, or {@code null} (with an error) when it cannot be read. */
  ParameterModel read(Node site, Context context) {
    Node target = refs.resolve(site);
    if (target == null) {
      return null;
    }
    Merged p = new Merged(site, target);
    String name = p.text("name");
    String in = p.text("in");
    if (name == null || in == null) {
      diagnostics.error(site.source(), "a parameter needs both 'name' and 'in'");
      return null;
    }
    Location location = location(in);
    if (location == null) {
      diagnostics.error(
          site.source(),
          "parameter '" + name + "' has 'in: " + in + "'; expected path, query, header, body or"
              + " formData");
      return null;
    }
    String clientName = p.text("x-ms-client-name");
    String javaName = JavaNames.camel(clientName != null ? clientName : name);
    boolean required = location == Location.PATH || Boolean.TRUE.equals(p.bool("required"));
    // x-ms-api-version: false says a parameter named api-version is an ordinary one
    boolean apiVersion =
        API_VERSION.equals(name) && !Boolean.FALSE.equals(p.bool("x-ms-api-version"));

    Node schema = location == Location.BODY ? target.child("schema") : null;
    String constant =
        !(required || apiVersion)
            ? null
            : location == Location.BODY
                ? (schema == null || schema.isRef() ? null : SchemaShapes.singleValue(schema))
                : SchemaShapes.singleValue(target);
    boolean pinned = constant != null;
    if (apiVersion && constant == null) {
      constant = context.apiVersion();
    }
    String declaredLocation = p.text("x-ms-parameter-location");
    boolean byDefault =
        apiVersion
            || SUBSCRIPTION_ID.equals(name)
            || (isGlobal(target) && location != Location.BODY);
    boolean clientLevel =
        !pinned
            && ("client".equals(declaredLocation)
                || (byDefault && !"method".equals(declaredLocation)));

    TypeRef type;
    NameHint hint =
        new NameHint.Given(
            isGlobal(target)
                ? JavaNames.pascal(target.name())
                : context.typeNameBase() + JavaNames.pascal(javaName));
    if (location == Location.BODY) {
      if (schema == null) {
        diagnostics.error(target.source(), "body parameter '" + name + "' has no 'schema'");
        return null;
      }
      type = schemas.valueTypeOf(schema, hint);
      if (Boolean.TRUE.equals(p.bool("x-ms-client-flatten"))) {
        diagnostics.warn(
            site.source(),
            "x-ms-client-flatten on a body parameter is not supported; the body is passed whole");
      }
    } else if (constant != null) {
      type = schemas.scalarOf(target);
    } else {
      type = schemas.typeOf(target, hint);
    }

    // a constant or client-level parameter is not the caller's to pass, in a group or alone
    String group = constant == null && !clientLevel ? groupName(p, context) : null;
    return new ParameterModel(
        name,
        javaName,
        location,
        type,
        p.doc("description"),
        required,
        constant,
        clientLevel,
        Boolean.TRUE.equals(p.bool("x-ms-skip-url-encoding")),
        collectionFormat(p, target, location),
        target.source(),
        group,
        // the body schema's xml object names an array's root and item elements
        schema != null && type instanceof TypeRef.ListOf ? bodyXml(schema, name) : null);
  }

  /**
   * The client parameter described under {@code x-ms-parameterized-host}: always set on the client
   * (its value completes the host), always a path-style substitution.
   */
  ParameterModel readHostParameter(Node site, Context context) {
    ParameterModel p = read(site, context);
    if (p == null) {
      return null;
    }
    return p.withLocation(Location.PATH)
        .withRequired(true)
        .withClientLevel(true)
        .withCollectionFormat(null);
  }

  /** Whether {@code target} is declared in a document's global {@code parameters} section. */
  private static boolean isGlobal(Node target) {
    return target.pointer().startsWith("/parameters/")
        && target.pointer().indexOf('/', "/parameters/".length()) < 0;
  }

  private static Location location(String in) {
    switch (in) {
      case "path":
        return Location.PATH;
      case "query":
        return Location.QUERY;
      case "header":
        return Location.HEADER;
      case "body":
        return Location.BODY;
      case "formData":
        return Location.FORM_DATA;
      default:
        return null;
    }
  }

  private CollectionFormat collectionFormat(Merged p, Node target, Location location) {
    if (location == Location.BODY || !"array".equals(target.text("type"))) {
      return null;
    }
    String format = p.text("collectionFormat");
    if (format == null) {
      return CollectionFormat.CSV;
    }
    try {
      return CollectionFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      diagnostics.warn(
          target.source(), "unknown collectionFormat '" + format + "'; values are joined with ','");
      return CollectionFormat.CSV;
    }
  }

  /** The XML element names of an array body, through its {@code $ref}s (which resolved). */
  private XmlNames bodyXml(Node schema, String name) {
    Node resolved = schema.isRef() ? refs.resolve(schema) : schema;
    return resolved == null ? XmlNames.NONE : XmlObjects.ofArrayBody(resolved, name, refs);
  }

  private static String groupName(Merged p, Context context) {
    Node grouping = p.node("x-ms-parameter-grouping");
    if (grouping == null || !grouping.json().isObject()) {
      return null;
    }
    String name = grouping.text("name");
    if (name != null && !name.isBlank()) {
      return JavaNames.typeName(name);
    }
    String postfix = grouping.text("postfix");
    // each part is cased on its own: a postfix "second-param-group" starts a new word
    return JavaNames.typeName(
        context.groupNameBase()
            + JavaNames.pascal(postfix == null || postfix.isBlank() ? "Parameters" : postfix));
  }

  /** A {@code $ref}'d parameter seen through its referring site: keys beside the ref win. */
  private static final class Merged {
    private final Node site;
    private final Node target;

    Merged(Node site, Node target) {
      this.site = site;
      this.target = target;
    }

    Node node(String key) {
      Node own = site == target ? null : site.child(key);
      return own != null ? own : target.child(key);
    }

    String text(String key) {
      Node n = node(key);
      return n != null && n.json().isTextual() ? n.json().asText() : null;
    }

    String doc(String key) {
      String t = text(key);
      return t == null ? "" : t.strip();
    }

    Boolean bool(String key) {
      Node n = node(key);
      return n != null && n.json().isBoolean() ? n.json().asBoolean() : null;
    }
  }
}
