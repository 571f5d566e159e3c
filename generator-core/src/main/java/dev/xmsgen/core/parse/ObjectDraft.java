package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * A model class while the specs are still being read. Types it refers to are {@link
 * TypeRef.Named} references by draft key until {@link TypeNamer} has named every type.
 */
final class ObjectDraft {
  final String key;
  final Node node;
  final NameHint hint;
  /** The definition's name for a {@code #/definitions/X} schema, else {@code null}. */
  final String definitionName;

  String description = "";
  String parentKey;
  final List<PropertyModel> properties = new ArrayList<>();
  TypeRef additionalProperties;
  String discriminator;
  String discriminatorValue;
  /** Set once every property is read; copying from an incomplete draft means an allOf cycle. */
  boolean complete;

  ObjectDraft(String key, Node node, NameHint hint, String definitionName) {
    this.key = key;
    this.node = node;
    this.hint = hint;
    this.definitionName = definitionName;
  }

  /** The property of that JSON key declared or copied into this draft, or {@code null}. */
  PropertyModel property(String wireName) {
    for (PropertyModel p : properties) {
      if (p.wireName().equals(wireName)) {
        return p;
      }
    }
    return null;
  }
}
