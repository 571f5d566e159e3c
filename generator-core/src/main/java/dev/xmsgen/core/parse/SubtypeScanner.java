package dev.xmsgen.core.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings in the subtypes of polymorphic models that nothing references directly: every definition,
 * in every loaded document, whose {@code allOf} points at a class of a hierarchy with a
 * discriminator. Repeats until no new subtype appears (a subtype may load further documents, or
 * have subtypes of its own).
 */
final class SubtypeScanner {
  private final TypeDrafts drafts;
  private final SchemaReader schemas;
  private final RefResolver refs;
  private final DocumentLoader loader;

  SubtypeScanner(TypeDrafts drafts, SchemaReader schemas, RefResolver refs, DocumentLoader loader) {
    this.drafts = drafts;
    this.schemas = schemas;
    this.refs = refs;
    this.loader = loader;
  }

  void scan() {
    boolean added = true;
    while (added) {
      Set<String> polymorphic = polymorphicKeys();
      if (polymorphic.isEmpty()) {
        return;
      }
      added = false;
      List<SpecDocument> documents = new ArrayList<>(loader.documents());
      documents.sort(Comparator.comparing(SpecDocument::path));
      for (SpecDocument doc : documents) {
        Node definitions = doc.rootNode().child("definitions");
        if (definitions == null) {
          continue;
        }
        for (Map.Entry<String, Node> e : definitions.fields()) {
          Node definition = e.getValue();
          if (drafts.atLocation(definition.key()) == null && extendsAny(definition, polymorphic)) {
            schemas.definition(definition);
            added = true;
          }
        }
      }
    }
  }

  private boolean extendsAny(Node definition, Set<String> keys) {
    Node allOf = definition.child("allOf");
    if (allOf == null) {
      return false;
    }
    for (Node member : allOf.elements()) {
      if (member.isRef() && keys.contains(refs.loadedTargetKey(member))) {
        return true;
      }
    }
    return false;
  }

  /** Keys of every drafted class that has, or inherits, a discriminator. */
  private Set<String> polymorphicKeys() {
    Set<String> keys = new HashSet<>();
    for (ObjectDraft d : drafts.objects().values()) {
      Set<String> seen = new HashSet<>();
      for (ObjectDraft a = d; a != null && seen.add(a.key); a = drafts.object(a.parentKey)) {
        if (a.discriminator != null) {
          keys.add(d.key);
          break;
        }
      }
    }
    return keys;
  }
}
