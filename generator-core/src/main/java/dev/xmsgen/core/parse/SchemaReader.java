package dev.xmsgen.core.parse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;

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
 *
 * <p>This class decides what a schema is and follows references; {@link ObjectSchemaReader} drafts
 * model classes, {@link EnumSchemaReader} enums, and {@link SchemaShapes} answers what shape a
 * schema has from its keys alone.
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
  private final ObjectSchemaReader objects;
  private final EnumSchemaReader enums;
  private int depth;
  private boolean tooDeepReported;

  SchemaReader(RefResolver refs, Diagnostics diagnostics, TypeDrafts drafts) {
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.drafts = drafts;
    this.objects = new ObjectSchemaReader(this, refs, diagnostics, drafts);
    this.enums = new EnumSchemaReader(diagnostics, drafts);
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
    return schema != null && !schema.isRef() && SchemaShapes.singleValue(schema) != null
        ? scalarOf(schema)
        : typeOf(schema, hint);
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
        if (refs.resolve(definition) == null) {
          return ANY; // the chain breaks or loops back to this definition: an error already
        }
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

  /** The type of a schema a {@code $ref} points at. */
  TypeRef referenced(Node target) {
    if (SchemaShapes.isDefinition(target)) {
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
    MemberTypes.checkSchema(s, diagnostics);
    String type = typeName(s);
    JsonNode values = s.json().get("enum");
    if (values != null && values.isArray() && values.size() > 0
        && !"array".equals(type) && !"object".equals(type)) {
      if (SchemaShapes.hasValue(values)) {
        return enums.read(s, hint, definitionName);
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
    Node wrapped = definitionName == null ? SchemaShapes.singleRefWrapped(s) : null;
    if (wrapped != null) {
      return typeOf(wrapped, hint);
    }
    if (SchemaShapes.isModel(s)) {
      return objects.read(s, hint, definitionName);
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

  /** The value type of {@code additionalProperties}, or {@code null} when there is none. */
  TypeRef additionalProperties(Node s, NameHint hint) {
    Node values = s.child("additionalProperties");
    if (values == null || values.json().isBoolean() && !values.json().asBoolean()) {
      return null;
    }
    return values.json().isBoolean() ? ANY : typeOf(values, hint);
  }
}
