package dev.xmsgen.core.emit;

import java.util.List;

/**
 * A public member of a generated type as a caller sees it, in plain text: its name, parameter types
 * and return type, each type written with simple names ({@code List<Vault>}, {@code int}).
 *
 * @param name the method name; the constant's name for an enum value
 * @param parameterTypes the parameter types in order; empty for a constant
 * @param returnType the return type, {@code void}, or the constant's type
 */
public record JavaMember(String name, List<String> parameterTypes, String returnType) {
  public JavaMember {
    parameterTypes = List.copyOf(parameterTypes);
  }

  /** {@code listByResourceGroup(String, Integer)}. */
  public String signature() {
    return name + "(" + String.join(", ", parameterTypes) + ")";
  }

  /** {@code PagedIterable<Vault> listByResourceGroup(String, Integer)}. */
  @Override
  public String toString() {
    return returnType + " " + signature();
  }

  /** {@code java.util.List<com.example.models.Vault>} → {@code List<Vault>}: packages dropped. */
  public static String simple(String typeName) {
    return typeName.replaceAll("\\b(?:[a-z_][A-Za-z0-9_]*\\.)+(?=[A-Za-z_])", "");
  }
}
