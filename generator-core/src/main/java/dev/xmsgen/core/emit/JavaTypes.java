package dev.xmsgen.core.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaNames;
import dev.xmsgen.core.naming.JavaTypeNames;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Maps the model's types to JavaPoet types for models and clients alike, built from {@link
 * JavaTypeNames}, the one mapping of wire types to Java classes (which the report uses too).
 */
public final class JavaTypes {
  private final String clientPackage;
  private final String modelPackage;
  private final Set<String> shadowedJavaLang;

  /**
   * The types of an API whose type names are not known, all in one package; see {@link
   * #JavaTypes(String, String, Collection)}.
   */
  public JavaTypes(String packageName) {
    this(packageName, packageName, List.of());
  }

  /** The types of {@code api}, whose clients go to {@code clientPackage}, models to the other. */
  public static JavaTypes of(ApiModel api, String clientPackage, String modelPackage) {
    return new JavaTypes(
        clientPackage, modelPackage, api.types().stream().map(TypeDef::name).toList());
  }

  /**
   * @param clientPackage the package of the generated clients
   * @param modelPackage the package of the generated models and enums (may equal {@code
   *     clientPackage})
   * @param typeNames the simple names of the API's generated types, to find those that shadow a
   *     {@code java.lang} class
   */
  public JavaTypes(String clientPackage, String modelPackage, Collection<String> typeNames) {
    this.clientPackage = clientPackage;
    this.modelPackage = modelPackage;
    this.shadowedJavaLang =
        typeNames.stream()
            .filter(JavaNames::isJavaLangName)
            .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * The API's type names that are also {@code java.lang} class names (an {@code Error} or {@code
   * Override} model): generated code in the package must write those {@code java.lang} classes
   * fully qualified, since a generated type of the same name, in the package or imported, shadows
   * them.
   */
  public Set<String> shadowedJavaLang() {
    return Collections.unmodifiableSet(shadowedJavaLang);
  }

  /** The package of the API's clients. */
  public String clientPackage() {
    return clientPackage;
  }

  /** The package of the API's models and enums. */
  public String modelPackage() {
    return modelPackage;
  }

  /** The Java type of a model or enum of this API. */
  public ClassName named(String simpleName) {
    return ClassName.get(modelPackage, simpleName);
  }

  /** The boxed Java type for a value that may be absent (fields, optional parameters). */
  public TypeName boxed(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return named(n.name());
    }
    if (type instanceof TypeRef.ListOf l) {
      return ParameterizedTypeName.get(ClassName.get(List.class), boxed(l.element()));
    }
    if (type instanceof TypeRef.MapOf m) {
      return ParameterizedTypeName.get(
          ClassName.get(Map.class), ClassName.get(String.class), boxed(m.value()));
    }
    return scalar(((TypeRef.Scalar) type).primitive());
  }

  /** The unboxed type where one exists, for values that are always present. */
  public TypeName unboxed(TypeRef type) {
    TypeName boxed = boxed(type);
    return boxed.isBoxedPrimitive() ? boxed.unbox() : boxed;
  }

  /**
   * The Java type of an enum's wire values: {@code String} for every string format, the boxed
   * number or boolean type otherwise, so a numeric enum keeps its JSON type.
   */
  public TypeName enumValue(TypeRef.Primitive wireType) {
    switch (wireType) {
      case INT32:
      case INT64:
      case FLOAT32:
      case FLOAT64:
      case DECIMAL:
      case BOOLEAN:
        return scalar(wireType);
      default:
        return ClassName.get(String.class);
    }
  }

  /** Whether an enum with that wire type is written as a JSON string. */
  public boolean isStringEnum(TypeRef.Primitive wireType) {
    return enumValue(wireType).equals(ClassName.get(String.class));
  }

  private static TypeName scalar(TypeRef.Primitive primitive) {
    return TypeName.get(JavaTypeNames.javaClass(primitive));
  }
}
