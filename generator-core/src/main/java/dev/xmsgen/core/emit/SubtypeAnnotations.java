package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.palantir.javapoet.AnnotationSpec;
import dev.xmsgen.core.model.ObjectModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Jackson annotations of a discriminated hierarchy. The root gets {@code @JsonTypeInfo} on its
 * existing discriminator property ({@code EXISTING_PROPERTY}, visible, so the field is read like
 * any other and written from the value each class's constructor sets; an unknown value reads as the
 * root and is written back unchanged) and {@code @JsonSubTypes} naming every descendant by its wire
 * value; each class with a wire value also gets {@code @JsonTypeName}.
 */
final class SubtypeAnnotations {
  private final TypeIndex index;
  private final JavaTypes types;

  SubtypeAnnotations(TypeIndex index, JavaTypes types) {
    this.index = index;
    this.types = types;
  }

  List<AnnotationSpec> of(ObjectModel model) {
    List<AnnotationSpec> out = new ArrayList<>();
    if (model.discriminator() != null) {
      out.add(
          AnnotationSpec.builder(JsonTypeInfo.class)
              .addMember("use", "$T.Id.NAME", JsonTypeInfo.class)
              .addMember("include", "$T.As.EXISTING_PROPERTY", JsonTypeInfo.class)
              .addMember("property", "$L", Literals.string(model.discriminator()))
              .addMember("visible", "true")
              .addMember("defaultImpl", "$T.class", types.named(model.name()))
              .build());
    }
    if (model.discriminatorValue() != null && index.hierarchyRoot(model).isPresent()) {
      out.add(
          AnnotationSpec.builder(JsonTypeName.class)
              .addMember("value", "$L", Literals.string(model.discriminatorValue()))
              .build());
    }
    if (model.discriminator() != null) {
      List<ObjectModel> descendants =
          index.descendants(model).stream().filter(d -> d.discriminatorValue() != null).toList();
      if (!descendants.isEmpty()) {
        AnnotationSpec.Builder subtypes = AnnotationSpec.builder(JsonSubTypes.class);
        for (ObjectModel d : descendants) {
          subtypes.addMember(
              "value",
              "$L",
              AnnotationSpec.builder(JsonSubTypes.Type.class)
                  .addMember("name", "$L", Literals.string(d.discriminatorValue()))
                  .addMember("value", "$T.class", types.named(d.name()))
                  .build());
        }
        out.add(subtypes.build());
      }
    }
    return out;
  }

  /** The class comment's paragraph about the hierarchy, if the class is in one. */
  Optional<String> classNote(ObjectModel model) {
    Optional<ObjectModel> root = index.hierarchyRoot(model);
    if (root.isEmpty()) {
      return Optional.empty();
    }
    String key = JavadocWriter.code(root.get().discriminator());
    String selected =
        model.discriminatorValue() == null
            ? ""
            : " This class is selected by " + JavadocWriter.code(model.discriminatorValue()) + ".";
    String unknown =
        model == root.get()
            ? " A value this API does not know reads as this class and keeps the value."
            : "";
    return Optional.of(
        "Polymorphic: the JSON property " + key + " selects the class." + selected + unknown);
  }
}
