package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drafts the model class an object schema is: its own properties, its parent (the first {@code
 * $ref} in {@code allOf}), and the properties every later {@code allOf} member copies in, inherited
 * ones first. The types of properties are read back through the {@link SchemaReader}.
 */
final class ObjectSchemaReader {
  private static final TypeRef ANY = TypeRef.of(Primitive.ANY);

  private final SchemaReader schemas;
  private final RefResolver refs;
  private final Diagnostics diagnostics;
  private final TypeDrafts drafts;

  ObjectSchemaReader(
      SchemaReader schemas, RefResolver refs, Diagnostics diagnostics, TypeDrafts drafts) {
    this.schemas = schemas;
    this.refs = refs;
    this.diagnostics = diagnostics;
    this.drafts = drafts;
  }

  /**
   * The model class {@code s} defines, drafted; {@code definitionName} is {@code null} for a schema
   * that is not a definition.
   */
  TypeRef read(Node s, NameHint hint, String definitionName) {
    ObjectDraft draft = new ObjectDraft(s.key(), s, hint, definitionName);
    drafts.add(draft);
    draft.description = s.doc("description");
    draft.discriminator = s.text("discriminator");
    draft.discriminatorValue = s.text("x-ms-discriminator-value");
    Set<String> required = SchemaShapes.requiredNames(s);
    for (Map.Entry<String, Node> field : s.fields()) {
      if (field.getKey().equals("properties")) {
        readProperties(draft, field.getValue(), required);
      } else if (field.getKey().equals("allOf")) {
        readAllOf(draft, field.getValue(), required);
      }
    }
    TypeRef values = schemas.additionalProperties(s, new NameHint.Owned(draft.key, "Value"));
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
    Node refSite = p.isRef() ? p : SchemaShapes.singleRefWrapped(p);
    Node target = null;
    TypeRef type;
    if (refSite != null) {
      target = refs.target(refSite);
      type = target == null ? ANY : schemas.referenced(target);
    } else {
      type = schemas.typeOf(p, new NameHint.Owned(owner.key, JavaNames.pascal(javaName)));
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
        flag(p, target, "x-ms-secret"),
        p.source(),
        XmlObjects.ofProperty(p, target, refs),
        ArmIds.of(p));
  }

  /** The value of a boolean key on a property, else on the schema it references, else false. */
  private static boolean flag(Node property, Node target, String key) {
    Boolean own = property.bool(key);
    if (own != null) {
      return own;
    }
    return target != null && target.isTrue(key);
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
          diagnostics.error(
              member.source(),
              "allOf is cyclic: " + member.text("$ref") + " extends, directly or not, this schema");
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
    ObjectDraft base = drafts.object(schemas.referenced(target));
    if (base == null) {
      diagnostics.warn(
          member.source(),
          "allOf member " + member.text("$ref") + " is not an object with properties; ignored");
    } else if (base == draft) {
      diagnostics.error(member.source(), "allOf is cyclic: a schema cannot extend itself");
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
        diagnostics.error(
            site.source(),
            "allOf is cyclic: it refers back to a schema that is still being defined");
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
    required.addAll(SchemaShapes.requiredNames(member));
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
          schemas.additionalProperties(member, new NameHint.Owned(draft.key, "Value"));
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
      p = p.withRequired(true);
    }
    draft.properties.add(p);
  }
}
