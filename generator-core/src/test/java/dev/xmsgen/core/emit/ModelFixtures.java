package dev.xmsgen.core.emit;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.transform.FlatteningResolver;
import dev.xmsgen.core.transform.JavaNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds intermediate models by hand, the way the parser would produce them: Java names follow
 * {@link JavaNames}, sources point into a spec file named after the case.
 */
final class ModelFixtures {
  private ModelFixtures() {}

  static TypeRef string() {
    return TypeRef.of(TypeRef.Primitive.STRING);
  }

  static TypeRef scalar(TypeRef.Primitive primitive) {
    return TypeRef.of(primitive);
  }

  static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  static TypeRef listOf(TypeRef element) {
    return new TypeRef.ListOf(element);
  }

  static TypeRef mapOf(TypeRef value) {
    return new TypeRef.MapOf(value);
  }

  /** A property with the Java name {@link JavaNames#camel} gives its wire name. */
  static Prop prop(String wireName, TypeRef type) {
    return new Prop(wireName, type);
  }

  /** A model class. */
  static Obj object(String name) {
    return new Obj(name);
  }

  /** An API over the given types, sorted by name as the model promises. */
  static ApiModel api(String file, List<TypeDef> types) {
    List<TypeDef> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(TypeDef::name));
    List<TypeDef> withSources = sorted.stream().map(t -> withFile(t, file)).toList();
    ClientModel client =
        new ClientModel(
            "TestClient",
            "",
            "2024-01-01",
            "https://example.test",
            null,
            true,
            "",
            List.of(),
            List.of());
    return new FlatteningResolver()
        .resolve(new ApiModel(client, withSources, List.of(), List.of()));
  }

  private static TypeDef withFile(TypeDef type, String file) {
    SourceRef source = new SourceRef(file, type.source().pointer());
    if (type instanceof ObjectModel o) {
      return new ObjectModel(
          o.name(),
          source,
          o.description(),
          o.parent(),
          o.properties(),
          o.flattened(),
          o.additionalProperties(),
          o.discriminator(),
          o.discriminatorValue(),
          o.subtypes());
    }
    EnumModel e = (EnumModel) type;
    return new EnumModel(e.name(), source, e.description(), e.open(), e.wireType(), e.values());
  }

  /**
   * An enum; {@code values} alternate wire value and description ({@code ""} for none), Java names
   * from {@link JavaNames#constant}.
   */
  static EnumModel enumOf(
      String name, String description, boolean open, TypeRef.Primitive wireType, String... values) {
    List<EnumModel.EnumValue> list = new ArrayList<>();
    for (int i = 0; i < values.length; i += 2) {
      list.add(new EnumModel.EnumValue(values[i], JavaNames.constant(values[i]), values[i + 1]));
    }
    return new EnumModel(
        name,
        new SourceRef("spec.json", "/definitions/" + name),
        description,
        open,
        wireType,
        list);
  }

  /** A property under construction. */
  static final class Prop {
    private final String wireName;
    private final TypeRef type;
    private String javaName;
    private String description = "";
    private boolean required;
    private boolean readOnly;
    private boolean flatten;

    Prop(String wireName, TypeRef type) {
      this.wireName = wireName;
      this.type = type;
      this.javaName = JavaNames.camel(wireName);
    }

    Prop describe(String text) {
      this.description = text;
      return this;
    }

    Prop javaName(String name) {
      this.javaName = name;
      return this;
    }

    Prop required() {
      this.required = true;
      return this;
    }

    Prop readOnly() {
      this.readOnly = true;
      return this;
    }

    Prop flatten() {
      this.flatten = true;
      return this;
    }

    PropertyModel build(SourceRef owner) {
      return new PropertyModel(
          wireName,
          javaName,
          type,
          description,
          required,
          readOnly,
          false,
          flatten,
          owner.child("properties").child(wireName));
    }
  }

  /** A model class under construction. */
  static final class Obj {
    private final String name;
    private final SourceRef source;
    private String description = "";
    private String parent;
    private final List<PropertyModel> properties = new ArrayList<>();
    private TypeRef additionalProperties;
    private String discriminator;
    private String discriminatorValue;
    private List<String> subtypes = List.of();

    Obj(String name) {
      this.name = name;
      this.source = new SourceRef("spec.json", "/definitions/" + name);
    }

    Obj describe(String text) {
      this.description = text;
      return this;
    }

    Obj parent(String name) {
      this.parent = name;
      return this;
    }

    Obj props(Prop... props) {
      Arrays.stream(props).map(p -> p.build(source)).forEach(properties::add);
      return this;
    }

    Obj additionalProperties(TypeRef valueType) {
      this.additionalProperties = valueType;
      return this;
    }

    Obj discriminator(String key) {
      this.discriminator = key;
      return this;
    }

    Obj value(String wireValue) {
      this.discriminatorValue = wireValue;
      return this;
    }

    Obj subtypes(String... names) {
      this.subtypes = List.of(names).stream().sorted().toList();
      return this;
    }

    /** A property this model declares, to flatten it into another. */
    PropertyModel property(String javaName) {
      return properties.stream()
          .filter(p -> p.javaName().equals(javaName))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(name + " has no " + javaName));
    }

    ObjectModel build() {
      return new ObjectModel(
          name,
          source,
          description,
          parent,
          properties,
          List.of(),
          additionalProperties,
          discriminator,
          discriminatorValue,
          subtypes);
    }
  }
}
