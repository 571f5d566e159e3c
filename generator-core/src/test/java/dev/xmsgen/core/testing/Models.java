package dev.xmsgen.core.testing;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ClientModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.XmlNames;
import dev.xmsgen.core.transform.FlatteningResolver;
import dev.xmsgen.core.naming.JavaNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The one way tests build intermediate models by hand, the way parse and the passes would produce
 * them: Java names follow {@link JavaNames}, sources point into {@code spec.json} unless set.
 *
 * <p>Classes and properties have builders ({@link #object}, {@link #prop}), since a property's
 * source follows its class's; everything else starts from a factory with the usual defaults and
 * changes a field with the record's own {@code with...} methods:
 *
 * <pre>
 * param("api-version", Location.QUERY, string()).withRequired(true).withConstantValue("1")
 * </pre>
 */
public final class Models {
  /** The spec file sources point into unless a test says otherwise. */
  public static final String FILE = "spec.json";

  private Models() {}

  // ---- types ----------------------------------------------------------------------------------

  public static TypeRef string() {
    return TypeRef.of(TypeRef.Primitive.STRING);
  }

  public static TypeRef scalar(TypeRef.Primitive primitive) {
    return TypeRef.of(primitive);
  }

  public static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  public static TypeRef listOf(TypeRef element) {
    return new TypeRef.ListOf(element);
  }

  public static TypeRef mapOf(TypeRef value) {
    return new TypeRef.MapOf(value);
  }

  // ---- classes, properties, enums ----------------------------------------------------------------

  /** A property with the Java name {@link JavaNames#camel} gives its wire name. */
  public static Prop prop(String wireName, TypeRef type) {
    return new Prop(wireName, type);
  }

  /** A model class, defined at {@code spec.json#/definitions/<name>}. */
  public static Obj object(String name) {
    return new Obj(name);
  }

  /**
   * An enum at {@code spec.json#/definitions/<name>}; {@code values} alternate wire value and
   * description ({@code ""} for none), Java names from {@link JavaNames#constant}.
   */
  public static EnumModel enumOf(
      String name, String description, boolean open, TypeRef.Primitive wireType, String... values) {
    List<EnumModel.EnumValue> list = new ArrayList<>();
    for (int i = 0; i < values.length; i += 2) {
      list.add(new EnumModel.EnumValue(values[i], JavaNames.constant(values[i]), values[i + 1]));
    }
    return new EnumModel(
        name, new SourceRef(FILE, "/definitions/" + name), description, open, wireType, list);
  }

  // ---- the client, operations, parameters, responses ---------------------------------------------

  /** A client with API version {@code 2024-01-01}, endpoint {@code https://example.test}. */
  public static ClientModel client(String name) {
    return new ClientModel(
        name, "", "2024-01-01", "https://example.test", null, true, "", List.of(), List.of());
  }

  /**
   * An optional method parameter, Java name by {@link JavaNames#camel}, at {@code
   * spec.json#/parameters/<wireName>}.
   */
  public static ParameterModel param(
      String wireName, ParameterModel.Location location, TypeRef type) {
    return new ParameterModel(
        wireName, JavaNames.camel(wireName), location, type, "", false, null, false, false, null,
        new SourceRef(FILE, "/parameters").child(wireName), null);
  }

  /**
   * An operation of JSON in and out, named for the part of its id after {@code _}, without
   * parameters or responses, declared at {@code spec.json#/paths/<path>/<method>}.
   */
  public static OperationModel op(String operationId, String httpMethod, String path) {
    String method = operationId.substring(operationId.indexOf('_') + 1);
    return new OperationModel(
        operationId, JavaNames.camel(method), httpMethod.toUpperCase(Locale.ROOT), path, "", "",
        false, List.of(), List.of("application/json"), List.of("application/json"), List.of(),
        null, null,
        new SourceRef(FILE, "/paths").child(path).child(httpMethod.toLowerCase(Locale.ROOT)));
  }

  /** A response without headers or description; an error for {@code default} and 400 up. */
  public static ResponseModel response(String status, TypeRef body) {
    boolean error = status.equals("default") || status.compareTo("400") >= 0;
    return new ResponseModel(status, body, List.of(), error, "");
  }

  /** A group {@code <name>Client}, reached through {@code <name>} in lower camel case. */
  public static OperationGroup group(String name, List<OperationModel> operations) {
    return new OperationGroup(name, name + "Client", JavaNames.camel(name), operations);
  }

  // ---- whole APIs -------------------------------------------------------------------------------

  /** An API of that client, types (sorted by name here, as the model promises) and groups. */
  public static ApiModel api(
      ClientModel client, List<? extends TypeDef> types, List<OperationGroup> groups) {
    List<TypeDef> sorted = new ArrayList<>(types);
    sorted.sort(Comparator.comparing(TypeDef::name));
    return new ApiModel(client, sorted, groups, List.of());
  }

  /**
   * An API of client {@code TestClient} over the given types, each type's own source moved into
   * {@code file}, with {@code x-ms-client-flatten} resolved as the flattening pass does.
   */
  public static ApiModel api(String file, List<? extends TypeDef> types) {
    List<TypeDef> moved = types.stream().map(t -> inFile(t, file)).toList();
    return new FlatteningResolver().resolve(api(client("TestClient"), moved, List.of()));
  }

  private static TypeDef inFile(TypeDef type, String file) {
    SourceRef source = new SourceRef(file, type.source().pointer());
    return type instanceof ObjectModel o
        ? o.withSource(source)
        : ((EnumModel) type).withSource(source);
  }

  /** A property under construction. */
  public static final class Prop {
    private final String wireName;
    private final TypeRef type;
    private String javaName;
    private String description = "";
    private boolean required;
    private boolean readOnly;
    private boolean nullable;
    private boolean flatten;
    private boolean secret;
    private SourceRef source;

    Prop(String wireName, TypeRef type) {
      this.wireName = wireName;
      this.type = type;
      this.javaName = JavaNames.camel(wireName);
    }

    public Prop describe(String text) {
      this.description = text;
      return this;
    }

    public Prop javaName(String name) {
      this.javaName = name;
      return this;
    }

    public Prop required() {
      this.required = true;
      return this;
    }

    public Prop readOnly() {
      this.readOnly = true;
      return this;
    }

    public Prop nullable() {
      this.nullable = true;
      return this;
    }

    public Prop secret() {
      this.secret = true;
      return this;
    }

    public Prop flatten() {
      this.flatten = true;
      return this;
    }

    /** Declared there instead of under its class's {@code properties}. */
    public Prop at(SourceRef where) {
      this.source = where;
      return this;
    }

    /** The property, declared under {@code owner}'s {@code properties} unless {@link #at} says. */
    public PropertyModel build(SourceRef owner) {
      return new PropertyModel(
          wireName, javaName, type, description, required, readOnly, nullable, flatten, secret,
          source != null ? source : owner.child("properties").child(wireName),
          XmlNames.NONE,
          null);
    }
  }

  /** A model class under construction. */
  public static final class Obj {
    private final String name;
    private SourceRef source;
    private String description = "";
    private String parent;
    private final List<PropertyModel> properties = new ArrayList<>();
    private final List<FlattenedProperty> flattened = new ArrayList<>();
    private TypeRef additionalProperties;
    private String discriminator;
    private String discriminatorValue;
    private List<String> subtypes = List.of();

    Obj(String name) {
      this.name = name;
      this.source = new SourceRef(FILE, "/definitions/" + name);
    }

    /** Defined there; properties added afterwards are declared below it. */
    public Obj at(SourceRef where) {
      this.source = where;
      return this;
    }

    public Obj describe(String text) {
      this.description = text;
      return this;
    }

    public Obj parent(String name) {
      this.parent = name;
      return this;
    }

    public Obj props(Prop... props) {
      Arrays.stream(props).map(p -> p.build(source)).forEach(properties::add);
      return this;
    }

    /**
     * A flattened property given as it is, for models the flattening pass did not make (tests of
     * what checks such a model).
     */
    public Obj flattened(FlattenedProperty property) {
      flattened.add(property);
      return this;
    }

    public Obj additionalProperties(TypeRef valueType) {
      this.additionalProperties = valueType;
      return this;
    }

    public Obj discriminator(String key) {
      this.discriminator = key;
      return this;
    }

    /** The discriminator value that selects this class. */
    public Obj value(String wireValue) {
      this.discriminatorValue = wireValue;
      return this;
    }

    public Obj subtypes(String... names) {
      this.subtypes = List.of(names).stream().sorted().toList();
      return this;
    }

    /** A property this class declares, to refer to it elsewhere. */
    public PropertyModel property(String javaName) {
      return properties.stream()
          .filter(p -> p.javaName().equals(javaName))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(name + " has no " + javaName));
    }

    public ObjectModel build() {
      return new ObjectModel(
          name, source, description, parent, properties, flattened, additionalProperties,
          discriminator, discriminatorValue, subtypes, XmlNames.NONE);
    }
  }
}
