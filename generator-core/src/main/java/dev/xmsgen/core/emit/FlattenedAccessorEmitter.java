package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.naming.AccessorNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the public accessors of {@code x-ms-client-flatten}ed properties, as {@link
 * FlatteningPlan} resolved them. The getter walks the path and returns {@code null} as soon as a
 * nested object is missing; the setter creates the missing nested objects, then sets the leaf
 * through its own class's setter. No JSON changes: the nested objects are written as they are.
 */
final class FlattenedAccessorEmitter {
  private final JavaTypes types;
  private final FlatteningPlan plan;
  private final PropertyEmitter properties;

  FlattenedAccessorEmitter(JavaTypes types, FlatteningPlan plan, PropertyEmitter properties) {
    this.types = types;
    this.plan = plan;
    this.properties = properties;
  }

  /** Each flattened property's getter, then its setter if it has one, in model order. */
  List<MethodSpec> accessors(ObjectModel model) {
    ClassName self = types.named(model.name());
    List<MethodSpec> out = new ArrayList<>();
    for (FlatteningPlan.Path path : plan.paths(model)) {
      out.add(getter(path));
      wireValueGetter(path).ifPresent(out::add);
      setter(path).ifPresent(setter -> out.add(setterMethod(self, path, setter)));
    }
    return out;
  }

  /** The public setters, for subclasses to override covariantly. */
  List<Setter> setters(ObjectModel model) {
    List<Setter> out = new ArrayList<>();
    for (FlatteningPlan.Path path : plan.paths(model)) {
      setter(path).ifPresent(out::add);
    }
    return out;
  }

  private MethodSpec getter(FlatteningPlan.Path path) {
    FlattenedProperty flattened = path.property();
    PropertyModel leaf = flattened.leaf();
    List<String> notes = new ArrayList<>(PropertyDocs.notes(leaf.required(), isReadOnly(path)));
    properties
        .wireStored(path.leafClass(), leaf)
        .ifPresent(w -> notes.add(w.note(AccessorNames.wireValueGetter(flattened.javaName()))));
    MethodSpec.Builder method =
        MethodSpec.methodBuilder(AccessorNames.getter(flattened.javaName()))
            .addJavadoc(
                PropertyDocs.getter(
                    PropertyDocs.summary("Gets", path.wirePath(), leaf.description()), notes))
            .addModifiers(Modifier.PUBLIC)
            .returns(types.boxed(leaf.type()));
    return walkTo(method, path, AccessorNames.getter(leaf.javaName())).build();
  }

  /** The leaf's {@code getXWireValue()} through the path, when its class has one. */
  private Optional<MethodSpec> wireValueGetter(FlatteningPlan.Path path) {
    FlattenedProperty flattened = path.property();
    PropertyModel leaf = flattened.leaf();
    return properties
        .wireStored(path.leafClass(), leaf)
        .map(
            w ->
                walkTo(
                        MethodSpec.methodBuilder(
                                AccessorNames.wireValueGetter(flattened.javaName()))
                            .addJavadoc(
                                PropertyDocs.getter(
                                    w.wireValueSummary(
                                        types,
                                        path.wirePath(),
                                        AccessorNames.getter(flattened.javaName())),
                                    List.of()))
                            .addModifiers(Modifier.PUBLIC)
                            .returns(w.fieldType(types)),
                        path,
                        AccessorNames.wireValueGetter(leaf.javaName()))
                    .build());
  }

  /**
   * {@code method}'s body: walk the path, returning {@code null} at a missing nested object, and
   * return the leaf class's {@code leafAccessor()}.
   */
  private MethodSpec.Builder walkTo(
      MethodSpec.Builder method, FlatteningPlan.Path path, String leafAccessor) {
    NameAllocator names = new NameAllocator();
    List<FlatteningPlan.Step> steps = path.steps();
    CodeBlock current = CodeBlock.of("this.$N", PropertyEmitter.fieldName(steps.get(0).property()));
    for (FlatteningPlan.Step step : steps.subList(1, steps.size())) {
      String local = names.newName(AccessorNames.inner(step.property().javaName()));
      method.addStatement(
          "$T $N = $L == null ? null : $L.$N()",
          types.boxed(step.property().type()),
          local,
          current,
          current,
          AccessorNames.inner(step.property().javaName()));
      current = CodeBlock.of("$N", local);
    }
    return method.addStatement(
        "return $L == null ? null : $L.$N()", current, current, leafAccessor);
  }

  private static boolean isReadOnly(FlatteningPlan.Path path) {
    return path.property().leaf().readOnly()
        || path.steps().stream().anyMatch(s -> s.property().readOnly());
  }

  private Optional<Setter> setter(FlatteningPlan.Path path) {
    if (!path.settable()) {
      return Optional.empty();
    }
    FlattenedProperty flattened = path.property();
    PropertyModel leaf = flattened.leaf();
    return Optional.of(
        new Setter(
            AccessorNames.setter(flattened.javaName()),
            types.boxed(leaf.type()),
            flattened.javaName(),
            PropertyDocs.summary("Sets", path.wirePath(), leaf.description()),
            PropertyDocs.notes(leaf.required(), false)));
  }

  private MethodSpec setterMethod(ClassName self, FlatteningPlan.Path path, Setter setter) {
    List<FlatteningPlan.Step> steps = path.steps();
    PropertyModel first = steps.get(0).property();
    String field = PropertyEmitter.fieldName(first);
    CodeBlock.Builder target = CodeBlock.builder().add("this.$N", field);
    for (FlatteningPlan.Step step : steps.subList(1, steps.size())) {
      target.add(".$N()", AccessorNames.innerOrCreate(step.property().javaName()));
    }
    return setter
        .declare(self)
        .beginControlFlow("if (this.$N == null)", field)
        .addStatement("this.$N = new $T()", field, types.boxed(first.type()))
        .endControlFlow()
        .addStatement(
            "$L.$N($N)",
            target.build(),
            AccessorNames.setter(path.property().leaf().javaName()),
            setter.parameter())
        .addStatement("return this")
        .build();
  }
}
