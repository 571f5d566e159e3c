package dev.xmsgen.core.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.lang.model.element.Modifier;

/**
 * The public members the emitters write for an API's models and enums, as plain text ({@link
 * JavaMember}): what API comparison reads so that its names and signatures are those of the
 * generated code ({@code emit.client}'s {@code OperationSignatures} does the same for the
 * clients). It runs the same emitters as generation and reads back what they built; no JavaPoet
 * type leaves this class.
 */
public final class ApiSignatures {
  private final ApiModel api;
  private final JavaTypes types;
  private final ModelEmitter models;
  private final Map<String, List<JavaMember>> byType = new ConcurrentHashMap<>();

  /**
   * @param clientPackage the package of the generated clients
   * @param modelPackage the package of the generated models and enums
   */
  public ApiSignatures(ApiModel api, String clientPackage, String modelPackage) {
    this.api = api;
    this.types = JavaTypes.of(api, clientPackage, modelPackage);
    this.models = ModelEmitter.of(api, types);
  }

  /** The package of the clients. */
  public String clientPackage() {
    return types.clientPackage();
  }

  /** The package of the models and enums. */
  public String modelPackage() {
    return types.modelPackage();
  }

  /** {@code com.example.models.Vault}. */
  public String typeName(String simpleName) {
    return qualify(modelPackage(), simpleName);
  }

  /** {@code com.example.VaultsClient}. */
  public String clientName(String simpleName) {
    return qualify(clientPackage(), simpleName);
  }

  private static String qualify(String pkg, String simpleName) {
    return pkg.isEmpty() ? simpleName : pkg + "." + simpleName;
  }

  /** A type as it appears in signatures: {@code List<Vault>}. */
  public String javaType(TypeRef type) {
    return JavaMember.simple(types.boxed(type).toString());
  }

  /**
   * The public methods of a model class (constructors left out), or the constants of an enum, in
   * the order they are written.
   */
  public List<JavaMember> members(TypeDef type) {
    return byType.computeIfAbsent(type.name(), n -> compute(type));
  }

  private List<JavaMember> compute(TypeDef type) {
    List<JavaMember> out = new ArrayList<>();
    if (type instanceof ObjectModel o) {
      TypeSpec spec = models.emit(o);
      for (MethodSpec m : spec.methodSpecs()) {
        if (!m.isConstructor() && m.modifiers().contains(Modifier.PUBLIC)) {
          out.add(member(m));
        }
      }
    } else if (type instanceof EnumModel e) {
      for (EnumModel.EnumValue v : e.values()) {
        out.add(new JavaMember(v.javaName(), List.of(), e.name()));
      }
    }
    return List.copyOf(out);
  }

  static JavaMember member(MethodSpec m) {
    return new JavaMember(
        m.name(),
        m.parameters().stream().map(p -> JavaMember.simple(p.type().toString())).toList(),
        JavaMember.simple(m.returnType().toString()));
  }
}
