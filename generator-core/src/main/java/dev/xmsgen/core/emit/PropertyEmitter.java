package dev.xmsgen.core.emit;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.naming.AccessorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes a declared property: a private field annotated with its JSON key, and its accessors. The
 * field is not initialized (an untouched list or map is not sent as {@code []} or {@code {}}),
 * except a required enum with one value, which starts as that value.
 *
 * <ul>
 *   <li>Plain: a public {@code getX()} (booleans too) and a chainable {@code setX(value)}.
 *   <li>Read-only: {@code @JsonProperty(access = WRITE_ONLY)}, so it is read from responses and
 *       never written; a getter, no setter.
 *   <li>{@code x-nullable}: the field holds an {@code Explicit} value, so a {@code null} that was
 *       set, or read from the wire, is sent as JSON {@code null} while an untouched property is not
 *       sent; the accessors take and give the plain value.
 *   <li>Discriminator: a getter; the constructors set it.
 *   <li>Flattened: field {@code innerX} of the nested type under the property's JSON key, no public
 *       accessor; the package-private {@code innerX()}/{@code innerXOrCreate()} when other classes'
 *       flattened paths pass through it (see {@link FlatteningPlan}).
 * </ul>
 */
final class PropertyEmitter {
  private final TypeIndex index;
  private final JavaTypes types;
  private final FlatteningPlan plan;
  private final XmlAnnotations xml;

  PropertyEmitter(TypeIndex index, JavaTypes types, FlatteningPlan plan, XmlAnnotations xml) {
    this.index = index;
    this.types = types;
    this.plan = plan;
    this.xml = xml;
  }

  /**
   * Whether the field holds an {@code Explicit} value: an {@code x-nullable} property that is
   * sent, with a plain wire form, and no models inside to validate.
   */
  boolean holdsExplicit(ObjectModel owner, PropertyModel property) {
    return property.nullable()
        && !property.readOnly()
        && !index.isDiscriminator(owner, property)
        && !property.flatten()
        && !FormatAnnotations.hasSpecialForm(property.type())
        && !index.containsModels(property.type());
  }

  /**
   * What the field starts as: the one value of a required, sent enum that has one value ({@code
   * Type.MICROSOFT_KEY_VAULT_VAULTS}), so callers need not set it; empty for every other property.
   */
  private Optional<EnumModel> onlyValue(ObjectModel owner, PropertyModel property) {
    if (!property.required()
        || property.readOnly()
        || property.flatten()
        || index.isDiscriminator(owner, property)
        || holdsExplicit(owner, property)) {
      return Optional.empty();
    }
    return index
        .enumOf(property.type())
        .filter(e -> e.values().size() == 1);
  }

  /**
   * How the field keeps a closed enum's values as they came ({@link EnumWireStorage}): for a
   * property that holds one, a list or a map of them and is neither flattened nor the
   * discriminator (an {@code Explicit} holds the wire values too). Empty for every other property.
   */
  Optional<EnumWireStorage> wireStored(ObjectModel owner, PropertyModel property) {
    if (property.flatten() || index.isDiscriminator(owner, property)) {
      return Optional.empty();
    }
    return EnumWireStorage.of(index, property.type());
  }

  /** The Java type of the field, for the plain and the {@link #wireStored} forms alike. */
  private TypeName plainFieldType(ObjectModel owner, PropertyModel property) {
    return wireStored(owner, property)
        .map(w -> w.fieldType(types))
        .orElseGet(() -> types.boxed(property.type()));
  }

  /** The Java field's name: the property's Java name, {@code innerX} when flattened. */
  static String fieldName(PropertyModel property) {
    return property.flatten() ? AccessorNames.inner(property.javaName()) : property.javaName();
  }

  FieldSpec field(ObjectModel owner, PropertyModel property) {
    AnnotationSpec.Builder json =
        AnnotationSpec.builder(JsonProperty.class)
            .addMember("value", "$L", Literals.string(property.wireName()));
    if (property.readOnly()) {
      json.addMember("access", "$T.Access.WRITE_ONLY", JsonProperty.class);
    }
    boolean explicit = holdsExplicit(owner, property);
    TypeName type =
        explicit
            ? ParameterizedTypeName.get(RuntimeTypes.EXPLICIT, plainFieldType(owner, property))
            : plainFieldType(owner, property);
    FieldSpec.Builder field =
        FieldSpec.builder(type, fieldName(property), Modifier.PRIVATE)
            .addAnnotation(json.build())
            .addAnnotations(
                explicit
                    ? FormatAnnotations.explicit()
                    : FormatAnnotations.of(
                        property.type(), owner.name() + "." + property.javaName()))
            .addAnnotations(xml.ofField(property));
    onlyValue(owner, property)
        .ifPresent(
            e ->
                field.initializer(
                    wireStored(owner, property).isPresent()
                        ? Literals.wireValue(e.wireType(), e.values().get(0).wireValue())
                        : CodeBlock.of(
                            "$T.$N", types.named(e.name()), e.values().get(0).javaName())));
    if (property.flatten()) {
      field.addJavadoc(
          JavadocWriter.summary(
                  JavadocWriter.describe(
                      property.description(),
                      "The nested " + JavadocWriter.code(property.wireName()) + " object."))
              .paragraph("Flattened: this class exposes its properties as its own.")
              .build());
    } else if (!property.description().isBlank()) {
      field.addJavadoc(JavadocWriter.summary(JavadocWriter.escape(property.description())).build());
    }
    return field.build();
  }

  /** The methods written for the property, getter before setter. */
  List<MethodSpec> accessors(ObjectModel owner, PropertyModel property) {
    ClassName self = types.named(owner.name());
    List<MethodSpec> out = new ArrayList<>();
    if (property.flatten()) {
      innerAccessors(owner, property).forEach(out::add);
      return out;
    }
    List<String> notes = notes(owner, property);
    if (index.isDiscriminator(owner, property)) {
      notes.add(PropertyDocs.DISCRIMINATOR);
    }
    out.add(
        MethodSpec.methodBuilder(AccessorNames.getter(property.javaName()))
            .addJavadoc(
                PropertyDocs.getter(
                    PropertyDocs.summary("Gets", property.wireName(), property.description()),
                    notes))
            .addModifiers(Modifier.PUBLIC)
            .returns(types.boxed(property.type()))
            .addCode(getterBody(owner, property))
            .build());
    wireStored(owner, property)
        .ifPresent(
            w ->
                out.add(
                    MethodSpec.methodBuilder(AccessorNames.wireValueGetter(property.javaName()))
                        .addJavadoc(
                            PropertyDocs.getter(
                                w.wireValueSummary(
                                    types,
                                    property.wireName(),
                                    AccessorNames.getter(property.javaName())),
                                List.of()))
                        .addModifiers(Modifier.PUBLIC)
                        .returns(w.fieldType(types))
                        .addStatement("return $L", held(owner, property))
                        .build()));
    setter(owner, property)
        .ifPresent(
            setter ->
                out.add(
                    setter
                        .declare(self)
                        .addCode(setterBody(owner, property, setter.parameter()))
                        .addStatement("return this")
                        .build()));
    return out;
  }

  /** The value the field holds, as held: unwrapped from its {@code Explicit} if it has one. */
  private CodeBlock held(ObjectModel owner, PropertyModel property) {
    String field = fieldName(property);
    return holdsExplicit(owner, property)
        ? CodeBlock.of("this.$N == null ? null : this.$N.value()", field, field)
        : CodeBlock.of("this.$N", field);
  }

  private CodeBlock getterBody(ObjectModel owner, PropertyModel property) {
    CodeBlock held = held(owner, property);
    return CodeBlock.of(
        "return $L;\n",
        wireStored(owner, property).map(w -> w.read(types, held)).orElse(held));
  }

  private CodeBlock setterBody(ObjectModel owner, PropertyModel property, String parameter) {
    CodeBlock value =
        wireStored(owner, property)
            .map(w -> w.write(types, parameter))
            .orElse(CodeBlock.of("$N", parameter));
    return holdsExplicit(owner, property)
        ? CodeBlock.of(
            "this.$N = $T.of($L);\n", fieldName(property), RuntimeTypes.EXPLICIT, value)
        : CodeBlock.of("this.$N = $L;\n", fieldName(property), value);
  }

  /** The public setter, if the property has one. */
  Optional<Setter> setter(ObjectModel owner, PropertyModel property) {
    if (!index.hasSetter(owner, property)) {
      return Optional.empty();
    }
    return Optional.of(
        new Setter(
            AccessorNames.setter(property.javaName()),
            types.boxed(property.type()),
            property.javaName(),
            PropertyDocs.summary("Sets", property.wireName(), property.description()),
            notes(owner, property)));
  }

  private List<String> notes(ObjectModel owner, PropertyModel property) {
    List<String> notes = new ArrayList<>(PropertyDocs.notes(property));
    if (holdsExplicit(owner, property)) {
      notes.add(PropertyDocs.NULLABLE);
    }
    wireStored(owner, property)
        .ifPresent(w -> notes.add(w.note(AccessorNames.wireValueGetter(property.javaName()))));
    onlyValue(owner, property)
        .ifPresent(
            e ->
                notes.add(
                    "Starts as {@code "
                        + e.name()
                        + "."
                        + e.values().get(0).javaName()
                        + "}, the one value the spec allows."));
    return notes;
  }

  private List<MethodSpec> innerAccessors(ObjectModel owner, PropertyModel property) {
    List<MethodSpec> out = new ArrayList<>();
    TypeName type = types.boxed(property.type());
    String field = fieldName(property);
    String object = JavadocWriter.code(property.wireName());
    if (plan.isReadFromOutside(owner, property)) {
      out.add(
          MethodSpec.methodBuilder(AccessorNames.inner(property.javaName()))
              .addJavadoc(
                  JavadocWriter.summary(
                          "The nested "
                              + object
                              + " object, for the classes that flatten it further.")
                      .returns("the object, or {@code null} if it is not set")
                      .build())
              .returns(type)
              .addStatement("return this.$N", field)
              .build());
    }
    if (plan.isCreatedFromOutside(owner, property)) {
      out.add(
          MethodSpec.methodBuilder(AccessorNames.innerOrCreate(property.javaName()))
              .addJavadoc(
                  JavadocWriter.summary(
                          "The nested "
                              + object
                              + " object, created empty if it is not set, for the classes that"
                              + " flatten it further.")
                      .returns("the object")
                      .build())
              .returns(type)
              .beginControlFlow("if (this.$N == null)", field)
              .addStatement("this.$N = new $T()", field, type)
              .endControlFlow()
              .addStatement("return this.$N", field)
              .build());
    }
    return out;
  }
}
