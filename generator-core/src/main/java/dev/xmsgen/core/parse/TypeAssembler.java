package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the drafts into the model's types once every type has its name: one enum per place that
 * defines it (the enum merging pass makes one of them), each class with the properties it declares
 * (a property that redeclares an inherited JSON key is dropped, since one JSON key cannot map to two
 * fields), and discriminator values and subtypes filled in. Property Java names are as the spec
 * gives them; the naming pass makes them unique with the inherited ones.
 */
final class TypeAssembler {
  private final TypeDrafts drafts;
  private final DraftNames names;
  private final Diagnostics diagnostics;
  private final Map<String, ObjectModel> finished = new HashMap<>();
  private final Map<String, Set<String>> subtypes = new HashMap<>();

  TypeAssembler(TypeDrafts drafts, DraftNames names, Diagnostics diagnostics) {
    this.drafts = drafts;
    this.names = names;
    this.diagnostics = diagnostics;
  }

  /** Every type, sorted by name. */
  List<TypeDef> assemble() {
    List<TypeDef> types = new ArrayList<>();
    for (Map.Entry<String, List<EnumDraft>> e : drafts.enums().entrySet()) {
      String name = names.name(e.getKey());
      for (EnumDraft d : e.getValue()) {
        types.add(
            new EnumModel(
                name, d.node().source(), d.description(), d.open(), d.wireType(), d.values()));
      }
    }
    for (ObjectDraft d : drafts.objects().values()) {
      if (d.parentKey != null) {
        subtypes.computeIfAbsent(d.parentKey, k -> new TreeSet<>()).add(names.name(d.key));
      }
    }
    for (ObjectDraft d : drafts.objects().values()) {
      types.add(finish(d));
    }
    types.sort(Comparator.comparing(TypeDef::name));
    return types;
  }

  private ObjectModel finish(ObjectDraft d) {
    ObjectModel done = finished.get(d.key);
    if (done != null) {
      return done;
    }
    ObjectDraft parentDraft = drafts.object(d.parentKey);
    ObjectModel parent = parentDraft == null ? null : finish(parentDraft);
    Set<String> inheritedWire = new HashSet<>();
    ObjectModel root = null;
    Set<String> seen = new HashSet<>();
    for (ObjectDraft a = parentDraft; a != null && seen.add(a.key); a = drafts.object(a.parentKey)) {
      ObjectModel ancestor = finished.get(a.key);
      for (PropertyModel p : ancestor.properties()) {
        inheritedWire.add(p.wireName());
      }
      if (ancestor.discriminator() != null) {
        root = ancestor;
      }
    }
    List<PropertyModel> properties = new ArrayList<>();
    for (PropertyModel p : d.properties) {
      if (inheritedWire.contains(p.wireName())) {
        diagnostics.warn(
            p.source(),
            "property '" + p.wireName() + "' is already inherited from " + parent.name()
                + "; the inherited one is used");
        continue;
      }
      properties.add(names.property(p, p.javaName()));
    }
    String name = names.name(d.key);
    String discriminator = null;
    if (d.discriminator != null) {
      if (root == null) {
        discriminator = d.discriminator;
      } else if (!d.discriminator.equals(root.discriminator())) {
        diagnostics.warn(
            d.node.source(),
            "a second discriminator '" + d.discriminator + "' below " + root.name()
                + " is not supported; '" + root.discriminator() + "' selects the subtype");
      }
    }
    boolean inHierarchy = root != null || discriminator != null;
    String discriminatorValue = null;
    if (inHierarchy) {
      discriminatorValue =
          d.discriminatorValue != null
              ? d.discriminatorValue
              : d.definitionName != null ? d.definitionName : name;
    } else if (d.discriminatorValue != null) {
      diagnostics.warn(
          d.node.source(),
          "x-ms-discriminator-value has no effect outside a hierarchy with a discriminator");
    }
    ObjectModel model =
        new ObjectModel(
            name,
            d.node.source(),
            d.description,
            parent == null ? null : parent.name(),
            properties,
            List.of(),
            d.additionalProperties == null ? null : names.type(d.additionalProperties),
            discriminator,
            discriminatorValue,
            new ArrayList<>(subtypes.getOrDefault(d.key, Set.of())),
            XmlObjects.of(d.node));
    finished.put(d.key, model);
    return model;
  }
}
