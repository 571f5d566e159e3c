package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.transform.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns schemas (and the schema-like parts of parameters and headers) into {@link TypeRef}s,
 * drafting a model class or enum for every definition and anonymous schema that needs one.
 *
 * <p>Schemas are read from the JSON tree rather than from swagger-parser's models, because those
 * drop the keys that stand beside a {@code $ref} ({@code description}, {@code readOnly}, {@code
 * x-ms-client-flatten}, {@code x-ms-client-name}) and cannot follow references across files the way
 * AutoRest does. Every schema location is worked out once; a definition reached from several files
 * is one type.
 *
 * <p>The rules, following AutoRest:
 *
 * <ul>
 *   <li>A schema with {@code properties}, {@code allOf} or a {@code discriminator} is a model class.
 *       The first {@code $ref} in {@code allOf} is its parent; the properties of every later {@code
 *       $ref} (with those it inherits) and of inline {@code allOf} members are copied in.
 *   <li>A schema with {@code enum} is an enum, named by {@code x-ms-enum.name}, else by its
 *       definition name, else by its holder's Java name and property name.
 *   <li>An anonymous schema made only of an {@code allOf} with one {@code $ref} (a way to attach
 *       {@code description} or {@code x-nullable} to a reference) is that reference; a definition
 *       made so is a subclass without properties of its own.
 *   <li>An object with only {@code additionalProperties} is a map; an object with nothing at all,
 *       or a schema without a type, is any JSON value.
 * </ul>
 */
final class SchemaReader {
  private static final TypeRef ANY = TypeRef.of(Primitive.ANY);

  /**
   * How deep schemas may nest, counting every step into a schema being read: a {@code $ref}, an
   * {@code allOf} member, a property, {@code items}. Reading follows these steps by recursion, so
   * without a bound a long enough chain of definitions (each extending or holding the next) would
   * overflow the thread's stack; real specs stay within a few dozen levels. Deeper is an error.
   */
  static final int MAX_DEPTH = 256;

  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final TypeDrafts drafts;
  private int depth;
  private boolean tooDeepReported;

  SchemaReader(RefResolver refs, Diagnostics diagnostics, TypeDrafts drafts) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.drafts = drafts;
  }

  /** The type of {@code schema}; anonymous types it defines are named after {@code hint}. */
  TypeRef typeOf(Node schema, NameHint hint) {
    if (schema == null) {
      return ANY;
    }
    if (schema.isRef()) {
      Node target = refs.target(schema);
      return target == null ? ANY : referenced(target);
    }
    return structural(schema, hint, null);
  }

  /** The type of the scalar described by {@code node}'s {@code type} and {@code format}. */
  TypeRef scalarOf(Node node) {
    return TypeRef.of(Formats.primitive(node.text("type"), node.text("format"), node, diagnostics));
  }

  /**
   * The type of a request or response body or of a response header: a schema whose {@code enum}
   * has a single value and is not extensible is a constant, read as its plain scalar type (a {@code
   * date} stays a date); every other schema is {@link #typeOf}.
   */
  TypeRef valueTypeOf(Node schema, NameHint hint) {
    return schema != null && !schema.isRef() && singleValue(schema) != null
        ? scalarOf(schema)
        : typeOf(schema, hint);
  }

  /**
   * The one value of {@code node}'s {@code enum} (as wire text) when it lists exactly one value
   * other than {@code null} and {@code x-ms-enum} does not keep it extensible; else {@code null}.
   */
  static String singleValue(Node node) {
    JsonNode values = node.json().get("enum");
    if (values == null || !values.isArray() || values.size() != 1 || values.get(0).isNull()) {
      return null;
    }
    Node xmsEnum = node.child("x-ms-enum");
    if (xmsEnum != null && !Boolean.FALSE.equals(xmsEnum.bool("modelAsString"))) {
      return null;
    }
    return wireText(values.get(0));
  }

  /** The type of a definition ({@code #/definitions/X} in any document). */
  TypeRef definition(Node definition) {
    TypeRef known = drafts.atLocation(definition.key());
    if (known != null) {
      return known;
    }
    if (definition.isRef()) {
      // a definition that only points at another one is an alias of it
      if (!enter(definition)) {
        return ANY;
      }
      try {
        drafts.remember(definition.key(), ANY);
        Node target = refs.target(definition);
        TypeRef type = target == null ? ANY : referenced(target);
        drafts.remember(definition.key(), type);
        return type;
      } finally {
        depth--;
      }
    }
    return structural(definition, new NameHint.Given(definition.name()), definition.name());
  }

  /** Whether {@code node} sits directly under a document's {@code definitions}. */
  static boolean isDefinition(Node node) {
    String p = node.pointer();
    return p.startsWith("/definitions/") && p.indexOf('/', "/definitions/".length()) < 0;
  }

  private TypeRef referenced(Node target) {
    if (isDefinition(target)) {
      return definition(target);
    }
    TypeRef known = drafts.atLocation(target.key());
    return known != null ? known : structural(target, new NameHint.Given(target.name()), null);
  }

  private TypeRef structural(Node s, NameHint hint, String definitionName) {
    TypeRef known = drafts.atLocation(s.key());
    if (known != null) {
      return known;
    }
    if (!enter(s)) {
      return ANY;
    }
    try {
      drafts.remember(s.key(), ANY); // a schema made only of itself (an array of itself) ends here
      TypeRef type = build(s, hint, definitionName);
      drafts.remember(s.key(), type);
      return type;
    } finally {
      depth--;
    }
  }

  /**
   * Steps one level deeper into {@code s}; false (and, the first time, an error at {@code s}) when
   * that would pass {@link #MAX_DEPTH}. A caller that got true decrements {@link #depth} after.
   */
  private boolean enter(Node s) {
    if (depth >= MAX_DEPTH) {
      if (!tooDeepReported) {
        tooDeepReported = true;
        diagnostics.error(
            s.source(),
            "schemas nest more than "
                + MAX_DEPTH
                + " levels deep here (through $ref, allOf, properties or items); that is the most"
                + " xmsgen reads");
      }
      return false;
    }
    depth++;
    return true;
  }

  private TypeRef build(Node s, NameHint hint, String definitionName) {
    if (!s.json().isObject()) {
      diagnostics.warn(s.source(), "a schema must be a JSON object; any JSON value is accepted here");
      return ANY;
    }
    String type = typeName(s);
    JsonNode values = s.json().get("enum");
    if (values != null && values.isArray() && values.size() > 0
        && !"array".equals(type) && !"object".equals(type)) {
      if (hasValue(values)) {
        return enumType(s, hint, definitionName);
      }
      diagnostics.warn(
          s.child("enum").source(), "an enum whose only value is null; read as its plain type");
    }
    if ("array".equals(type) || (type == null && s.has("items"))) {
      Node items = s.child("items");
      if (items == null) {
        diagnostics.warn(s.source(), "an array without 'items'; its elements may be any JSON value");
      }
      return new TypeRef.ListOf(typeOf(items, hint.with("Item")));
    }
    Node wrapped = definitionName == null ? singleRefWrapped(s) : null;
    if (wrapped != null) {
      return typeOf(wrapped, hint);
    }
    if (isModel(s)) {
      return object(s, hint, definitionName);
    }
    if ("object".equals(type) && "file".equals(s.text("format"))) {
      // an object of format file is a file's bytes, as AutoRest reads it
      return TypeRef.of(Primitive.BINARY);
    }
    if ("object".equals(type) || (type == null && s.has("additionalProperties"))) {
      TypeRef valueType = additionalProperties(s, hint.with("Value"));
      return valueType == null ? ANY : new TypeRef.MapOf(valueType);
    }
    if (type == null) {
      return ANY;
    }
    return scalarOf(s);
  }

  private String typeName(Node s) {
    JsonNode type = s.json().get("type");
    if (type == null) {
      return null;
    }
    if (type.isTextual()) {
      return type.asText();
    }
    if (type.isArray() && type.size() > 0 && type.get(0).isTextual()) {
      diagnostics.warn(s.source(), "'type' must be a single name in Swagger 2.0; using the first");
      return type.get(0).asText();
    }
    diagnostics.warn(s.source(), "'type' must be a string; any JSON value is accepted here");
    return null;
  }

  private static boolean isModel(Node s) {
    JsonNode properties = s.json().get("properties");
    JsonNode allOf = s.json().get("allOf");
    return (properties != null && properties.isObject() && properties.size() > 0)
        || (allOf != null && allOf.isArray() && allOf.size() > 0)
        || s.text("discriminator") != null;
  }

  /** The value type of {@code additionalProperties}, or {@code null} when there is none. */
  private TypeRef additionalProperties(Node s, NameHint hint) {
    Node values = s.child("additionalProperties");
    if (values == null || values.json().isBoolean() && !values.json().asBoolean()) {
      return null;
    }
    return values.json().isBoolean() ? ANY : typeOf(values, hint);
  }

  // ---- model classes -------------------------------------------------------------------------

  private TypeRef object(Node s, NameHint hint, String definitionName) {
    ObjectDraft draft = new ObjectDraft(s.key(), s, hint, definitionName);
    drafts.add(draft);
    draft.description = s.doc("description");
    draft.discriminator = s.text("discriminator");
    draft.discriminatorValue = s.text("x-ms-discriminator-value");
    Set<String> required = requiredNames(s);
    for (Map.Entry<String, Node> field : s.fields()) {
      if (field.getKey().equals("properties")) {
        readProperties(draft, field.getValue(), required);
      } else if (field.getKey().equals("allOf")) {
        readAllOf(draft, field.getValue(), required);
      }
    }
    TypeRef values = additionalProperties(s, new NameHint.Owned(draft.key, "Value"));
    if (values != null) {
      draft.additionalProperties = values;
    }
    draft.complete = true;
    return new TypeRef.Named(draft.key);
  }

  private void readProperties(ObjectDraft draft, Node properties, Set<String> required) {
    for (Map.Entry<String, Node> e : properties.fields()) {
      String wireName = e.getKey();
      PropertyModel own = property(draft, wireName, e.getValue(), required.contains(wireName));
      PropertyModel copied = draft.property(wireName);
      if (copied == null) {
        draft.properties.add(own);
      } else {
        // declared beside allOf: the schema's own declaration wins over a copied one
        draft.properties.set(draft.properties.indexOf(copied), own);
      }
    }
  }

  private PropertyModel property(ObjectDraft owner, String wireName, Node p, boolean required) {
    String clientName = p.text("x-ms-client-name");
    String javaName = JavaNames.camel(clientName != null ? clientName : wireName);
    Node refSite = p.isRef() ? p : singleRefWrapped(p);
    Node target = null;
    TypeRef type;
    if (refSite != null) {
      target = refs.target(refSite);
      type = target == null ? ANY : referenced(target);
    } else {
      type = typeOf(p, new NameHint.Owned(owner.key, JavaNames.pascal(javaName)));
    }
    String description =
        p.has("description") || target == null ? p.doc("description") : target.doc("description");
    return new PropertyModel(
        wireName,
        javaName,
        type,
        description,
        required,
        flag(p, target, "readOnly"),
        flag(p, target, "x-nullable"),
        p.isTrue("x-ms-client-flatten"),
        p.source());
  }

  /** The value of a boolean key on a property, else on the schema it references, else false. */
  private static boolean flag(Node property, Node target, String key) {
    Boolean own = property.bool(key);
    if (own != null) {
      return own;
    }
    return target != null && target.isTrue(key);
  }

  /**
   * The lone {@code $ref} member of {@code {"allOf": [{"$ref": ...}], "description": ...}}, a common
   * way to attach a description to a reference; {@code null} for any other schema.
   */
  private static Node singleRefWrapped(Node p) {
    Node allOf = p.child("allOf");
    if (allOf == null || allOf.json().size() != 1 || isModelBesidesAllOf(p)) {
      return null;
    }
    Node only = allOf.elements().get(0);
    return only.isRef() ? only : null;
  }

  private static boolean isModelBesidesAllOf(Node p) {
    JsonNode properties = p.json().get("properties");
    return (properties != null && properties.size() > 0)
        || p.has("additionalProperties")
        || p.text("discriminator") != null;
  }

  private void readAllOf(ObjectDraft draft, Node allOf, Set<String> required) {
    boolean parentChosen = draft.parentKey != null;
    for (Node member : allOf.elements()) {
      if (!member.isRef()) {
        copyInline(draft, member, required);
        continue;
      }
      ObjectDraft base = referencedModel(draft, member);
      if (base == null) {
        continue;
      }
      if (!parentChosen) {
        if (inherits(base, draft)) {
          diagnostics.warn(
              member.source(),
              "allOf makes this schema its own ancestor; the reference is ignored");
          continue;
        }
        draft.parentKey = base.key;
        parentChosen = true;
      } else {
        copyAll(draft, base, member, required);
      }
    }
  }

  /** Whether {@code ancestor} is {@code draft} or one of its parents. */
  private boolean inherits(ObjectDraft draft, ObjectDraft ancestor) {
    Set<String> seen = new HashSet<>();
    for (ObjectDraft d = draft; d != null && seen.add(d.key); d = drafts.object(d.parentKey)) {
      if (d == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The model class an {@code allOf} reference points at, or {@code null} (with a warning). */
  private ObjectDraft referencedModel(ObjectDraft draft, Node member) {
    Node target = refs.target(member);
    if (target == null) {
      return null;
    }
    ObjectDraft base = drafts.object(referenced(target));
    if (base == null) {
      diagnostics.warn(
          member.source(),
          "allOf member " + member.text("$ref") + " is not an object with properties; ignored");
    } else if (base == draft) {
      diagnostics.warn(member.source(), "a schema cannot extend itself; this allOf member is ignored");
      return null;
    }
    return base;
  }

  /** Copies the properties of {@code base}, inherited ones first, into {@code draft}. */
  private void copyAll(ObjectDraft draft, ObjectDraft base, Node site, Set<String> required) {
    List<ObjectDraft> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ObjectDraft d = base; d != null && seen.add(d.key); d = drafts.object(d.parentKey)) {
      if (!d.complete) {
        diagnostics.warn(
            site.source(),
            "allOf refers back to a schema that is still being defined; its properties are not"
                + " copied");
        return;
      }
      chain.add(0, d);
    }
    for (ObjectDraft d : chain) {
      for (PropertyModel p : d.properties) {
        addCopied(draft, p, required, site);
      }
    }
  }

  /** Copies the properties of an inline {@code allOf} member (and of its own allOf) in. */
  private void copyInline(ObjectDraft draft, Node member, Set<String> outerRequired) {
    Set<String> required = new HashSet<>(outerRequired);
    required.addAll(requiredNames(member));
    for (Map.Entry<String, Node> field : member.fields()) {
      if (field.getKey().equals("properties")) {
        for (Map.Entry<String, Node> e : field.getValue().fields()) {
          PropertyModel p = property(draft, e.getKey(), e.getValue(), required.contains(e.getKey()));
          addCopied(draft, p, required, e.getValue());
        }
      } else if (field.getKey().equals("allOf")) {
        for (Node nested : field.getValue().elements()) {
          if (nested.isRef()) {
            ObjectDraft base = referencedModel(draft, nested);
            if (base != null) {
              copyAll(draft, base, nested, required);
            }
          } else {
            copyInline(draft, nested, required);
          }
        }
      }
    }
    if (draft.additionalProperties == null) {
      draft.additionalProperties =
          additionalProperties(member, new NameHint.Owned(draft.key, "Value"));
    }
  }

  private void addCopied(ObjectDraft draft, PropertyModel p, Set<String> required, Node site) {
    PropertyModel existing = draft.property(p.wireName());
    if (existing != null) {
      if (!existing.type().equals(p.type())) {
        diagnostics.warn(
            site.source(),
            "property '" + p.wireName() + "' from allOf has a different type than the one already"
                + " declared; the first is kept");
      }
      return;
    }
    if (!p.required() && required.contains(p.wireName())) {
      p =
          new PropertyModel(
              p.wireName(), p.javaName(), p.type(), p.description(), true, p.readOnly(),
              p.nullable(), p.flatten(), p.source());
    }
    draft.properties.add(p);
  }

  private static Set<String> requiredNames(Node s) {
    JsonNode required = s.json().get("required");
    if (required == null || !required.isArray()) {
      return Set.of();
    }
    Set<String> names = new HashSet<>();
    required.forEach(n -> names.add(n.asText()));
    return names;
  }

  // ---- enums ---------------------------------------------------------------------------------

  private TypeRef enumType(Node s, NameHint hint, String definitionName) {
    Node xmsEnum = s.child("x-ms-enum");
    String given = xmsEnum == null ? null : xmsEnum.text("name");
    if (given != null && given.isBlank()) {
      given = null;
    }
    String key;
    NameHint nameHint;
    if (given != null) {
      key = "enum:" + JavaNames.typeName(given);
      nameHint = new NameHint.Given(given);
    } else if (definitionName != null) {
      key = "enum:" + JavaNames.typeName(definitionName);
      nameHint = new NameHint.Given(definitionName);
    } else {
      key = s.key();
      nameHint = hint;
    }
    boolean open = xmsEnum != null && !Boolean.FALSE.equals(xmsEnum.bool("modelAsString"));
    List<EnumModel.EnumValue> values = enumValues(s, xmsEnum);
    EnumDraft draft =
        new EnumDraft(
            key, s, nameHint, s.doc("description"), open, wireType(s), values);
    drafts.add(draft);
    return new TypeRef.Named(key);
  }

  private List<EnumModel.EnumValue> enumValues(Node s, Node xmsEnum) {
    List<EnumModel.EnumValue> values = new ArrayList<>();
    Node described = xmsEnum == null ? null : xmsEnum.child("values");
    if (described != null && described.json().isArray() && described.json().size() > 0) {
      for (Node v : described.elements()) {
        JsonNode value = v.json().get("value");
        if (value == null || value.isNull()) {
          continue;
        }
        String wire = wireText(value);
        String name = v.text("name");
        values.add(
            new EnumModel.EnumValue(
                wire, JavaNames.constant(name != null ? name : wire), v.doc("description")));
      }
      return values;
    }
    for (JsonNode value : s.json().get("enum")) {
      if (!value.isNull()) {
        String wire = wireText(value);
        values.add(new EnumModel.EnumValue(wire, JavaNames.constant(wire), ""));
      }
    }
    return values;
  }

  /** Whether an {@code enum} lists a value other than {@code null}. */
  private static boolean hasValue(JsonNode values) {
    for (JsonNode value : values) {
      if (!value.isNull()) {
        return true;
      }
    }
    return false;
  }

  private static String wireText(JsonNode value) {
    return value.isTextual() ? value.asText() : value.toString();
  }

  private Primitive wireType(Node s) {
    String type = s.text("type");
    if (type == null) {
      JsonNode first = s.json().get("enum").get(0);
      type =
          first.isTextual() ? "string"
              : first.isBoolean() ? "boolean"
              : first.isIntegralNumber() ? "integer"
              : first.isNumber() ? "number" : "string";
    }
    if (type.equals("string")) {
      return Primitive.STRING;
    }
    return Formats.primitive(type, s.text("format"), s, diagnostics);
  }
}
