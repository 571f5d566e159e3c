package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes a model class: its Jackson-annotated private fields in spec order, constructors,
 * accessors, flattened accessors, additional properties, covariant overrides of the inherited
 * setters, {@code validate()}, and {@code equals}, {@code hashCode} and {@code toString}. Each
 * part is written by its own emitter; this class only puts them in their stable order.
 */
final class ModelEmitter {
  private final TypeIndex index;
  private final JavaTypes types;
  private final PropertyEmitter properties;
  private final FlattenedAccessorEmitter flattened;
  private final AdditionalPropertiesEmitter additional;
  private final ConstructorEmitter constructors;
  private final SubtypeAnnotations subtypes;
  private final ValidateMethodEmitter validate;
  private final ValueMethodsEmitter values;
  private final XmlAnnotations xml;

  /** The emitter of {@code api}'s model classes, with {@code types} for its Java types. */
  static ModelEmitter of(ApiModel api, JavaTypes types) {
    TypeIndex index = new TypeIndex(api);
    return new ModelEmitter(index, types, new FlatteningPlan(api, index), XmlAnnotations.of(api));
  }

  ModelEmitter(TypeIndex index, JavaTypes types, FlatteningPlan plan, XmlAnnotations xml) {
    this.index = index;
    this.types = types;
    this.xml = xml;
    this.properties = new PropertyEmitter(index, types, plan, xml);
    this.flattened = new FlattenedAccessorEmitter(types, plan, properties);
    this.additional = new AdditionalPropertiesEmitter(index, types);
    this.constructors = new ConstructorEmitter(index, types, new Literals(index, types));
    this.subtypes = new SubtypeAnnotations(index, types);
    this.validate = new ValidateMethodEmitter(index, types);
    this.values = new ValueMethodsEmitter(index, types);
  }

  TypeSpec emit(ObjectModel model) {
    ClassName self = types.named(model.name());
    JavadocWriter doc =
        JavadocWriter.summary(
            JavadocWriter.describe(model.description(), "The {@code " + model.name() + "} model."));
    subtypes.classNote(model).ifPresent(doc::paragraph);
    TypeSpec.Builder type =
        TypeSpec.classBuilder(model.name())
            .addJavadoc(doc.build())
            .addAnnotations(MappingAnnotations.ofModel())
            .addAnnotations(subtypes.of(model))
            .addAnnotations(xml.ofClass(model))
            .addModifiers(Modifier.PUBLIC);
    index.parent(model).ifPresent(p -> type.superclass(types.named(p.name())));

    List<PropertyModel> fields = index.fields(model);
    fields.forEach(p -> type.addField(properties.field(model, p)));
    additional.field(model).ifPresent(type::addField);
    type.addMethods(constructors.of(model));
    fields.forEach(p -> type.addMethods(properties.accessors(model, p)));
    type.addMethods(flattened.accessors(model));
    type.addMethods(additional.accessors(model));
    inheritedSetters(model).forEach(s -> type.addMethod(s.override(self)));
    validate.of(model).ifPresent(type::addMethod);
    type.addMethods(values.of(model));

    TypeSpec spec = type.build();
    checkDistinctMembers(model, spec);
    return spec;
  }

  /** The public setters a class declares itself. */
  private List<Setter> setters(ObjectModel model) {
    List<Setter> out = new ArrayList<>();
    index.fields(model).forEach(p -> properties.setter(model, p).ifPresent(out::add));
    out.addAll(flattened.setters(model));
    additional.setter(model).ifPresent(out::add);
    return out;
  }

  /** The ancestors' setters, nearest declaration first, that this class does not declare. */
  private List<Setter> inheritedSetters(ObjectModel model) {
    Set<String> seen = new HashSet<>();
    setters(model).forEach(s -> seen.add(s.name()));
    List<Setter> out = new ArrayList<>();
    Set<String> visited = new LinkedHashSet<>(List.of(model.name()));
    for (Optional<ObjectModel> a = index.parent(model);
        a.isPresent() && visited.add(a.get().name());
        a = index.parent(a.get())) {
      for (Setter setter : setters(a.get())) {
        if (seen.add(setter.name())) {
          out.add(setter);
        }
      }
    }
    return out;
  }

  /** Two properties whose accessors share a name would not compile: say which, and where. */
  private static void checkDistinctMembers(ObjectModel model, TypeSpec spec) {
    Set<String> fields = new HashSet<>();
    for (var field : spec.fieldSpecs()) {
      if (!fields.add(field.name())) {
        throw new IllegalStateException(
            model.source()
                + ": two fields of "
                + model.name()
                + " would both be named "
                + field.name()
                + "; rename a property with x-ms-client-name");
      }
    }
    Set<String> signatures = new HashSet<>();
    for (MethodSpec method : spec.methodSpecs()) {
      String signature = method.name() + "/" + method.parameters().size();
      if (!signatures.add(signature)) {
        throw new IllegalStateException(
            model.source()
                + ": two members of "
                + model.name()
                + " would both be named "
                + method.name()
                + "; rename a property with x-ms-client-name");
      }
    }
  }
}
