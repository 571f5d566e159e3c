package dev.xmsgen.core.docs;

import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.naming.JavaTypeNames;

/** A model type as a page shows it: the Java type with simple names, {@code List<String>}. */
final class TypeText {

  private TypeText() {}

  static String of(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return n.name();
    } else if (type instanceof TypeRef.ListOf l) {
      return "List<" + of(l.element()) + ">";
    } else if (type instanceof TypeRef.MapOf m) {
      return "Map<String, " + of(m.value()) + ">";
    }
    return JavaTypeNames.javaClass(((TypeRef.Scalar) type).primitive()).getSimpleName();
  }

  /** The named type inside lists and maps, or {@code null} for a scalar. */
  static String named(TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      return n.name();
    } else if (type instanceof TypeRef.ListOf l) {
      return named(l.element());
    } else if (type instanceof TypeRef.MapOf m) {
      return named(m.value());
    }
    return null;
  }
}
