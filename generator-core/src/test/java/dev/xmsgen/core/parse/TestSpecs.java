package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.xmsgen.core.Generator;
import dev.xmsgen.core.examples.SharedSpecs;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.FlattenedProperty;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.OperationGroup;
import dev.xmsgen.core.model.OperationModel;
import dev.xmsgen.core.model.ParameterModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.ResponseModel;
import dev.xmsgen.core.model.SpecException;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Where the test specs are, and short ways to look things up in a parsed model. */
final class TestSpecs {
  static final String PREVIEW =
      "azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/preview/"
          + "2021-06-01-preview/";
  static final String STABLE =
      "azure-rest-api-specs/specification/keyvault/resource-manager/Microsoft.KeyVault/stable/"
          + "2025-05-01/";
  static final String TYPESPEC =
      "azure-rest-api-specs-typespec/specification/keyvault/resource-manager/Microsoft.KeyVault/"
          + "stable/2025-05-01/openapi.json";

  private TestSpecs() {}

  /** A spec of ours under {@code specs/rules}. */
  static Path rule(String name) {
    String base = System.getProperty("xmsgen.projectSpecs", "../specs");
    Path path = Path.of(base, "rules", name);
    assertTrue(Files.isRegularFile(path), "missing project spec " + path);
    return path;
  }

  /** A real Azure spec; skips the test, with a notice, when the shared specs are not there. */
  static Path shared(String relative) {
    return SharedSpecs.root().resolve(relative).toAbsolutePath().normalize();
  }

  static List<Path> shared(String folder, String... files) {
    List<Path> out = new ArrayList<>();
    for (String f : files) {
      out.add(shared(folder + f));
    }
    return out;
  }

  /** Parse and every transform pass: the model the emitters are given. */
  static ParsedApi parse(List<Path> files) throws SpecException {
    ParsedApi parsed = new SpecParser().parse(files);
    parsed = new ParsedApi(Generator.transform(parsed.model()), parsed.inputs());
    assertWellFormed(parsed.model());
    return parsed;
  }

  static ApiModel parseRule(String name) throws SpecException {
    return parse(List.of(rule(name))).model();
  }

  static ObjectModel object(ApiModel model, String name) {
    TypeDef t = model.type(name).orElseThrow(() -> new AssertionError("no type " + name));
    assertTrue(t instanceof ObjectModel, name + " is not a model class");
    return (ObjectModel) t;
  }

  static EnumModel enumeration(ApiModel model, String name) {
    TypeDef t = model.type(name).orElseThrow(() -> new AssertionError("no type " + name));
    assertTrue(t instanceof EnumModel, name + " is not an enum");
    return (EnumModel) t;
  }

  static PropertyModel property(ObjectModel o, String wireName) {
    return o.properties().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(o.name() + " has no property " + wireName));
  }

  static FlattenedProperty flattened(ObjectModel o, String javaName) {
    return o.flattened().stream()
        .filter(f -> f.javaName().equals(javaName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(o.name() + " exposes no " + javaName));
  }

  static OperationModel operation(ApiModel model, String operationId) {
    for (OperationGroup g : model.groups()) {
      for (OperationModel op : g.operations()) {
        if (op.operationId().equals(operationId)) {
          return op;
        }
      }
    }
    throw new AssertionError("no operation " + operationId);
  }

  static ParameterModel parameter(OperationModel op, String wireName) {
    return op.parameters().stream()
        .filter(p -> p.wireName().equals(wireName))
        .findFirst()
        .orElseThrow(() -> new AssertionError(op.operationId() + " has no parameter " + wireName));
  }

  static List<String> values(EnumModel e) {
    return e.values().stream().map(EnumModel.EnumValue::wireValue).toList();
  }

  static TypeRef named(String name) {
    return new TypeRef.Named(name);
  }

  /**
   * What every model must satisfy whatever the input: types sorted and unique ignoring case, every
   * named reference resolvable, parents and subtypes consistent, names legal Java identifiers.
   */
  static void assertWellFormed(ApiModel model) {
    Set<String> lower = new HashSet<>();
    String previous = "";
    for (TypeDef t : model.types()) {
      assertTrue(lower.add(t.name().toLowerCase(Locale.ROOT)), "duplicate type " + t.name());
      assertTrue(previous.compareTo(t.name()) < 0, "types not sorted at " + t.name());
      previous = t.name();
      assertIdentifier(t.name());
      if (t instanceof ObjectModel o) {
        if (o.parent() != null) {
          assertTrue(object(model, o.parent()).subtypes().contains(o.name()));
        }
        Set<String> members = new HashSet<>();
        for (PropertyModel p : o.properties()) {
          assertIdentifier(p.javaName());
          assertTrue(members.add(p.javaName()), o.name() + " repeats " + p.javaName());
          assertResolves(model, p.type());
        }
        for (FlattenedProperty f : o.flattened()) {
          assertTrue(members.add(f.javaName()), o.name() + " repeats " + f.javaName());
        }
        if (o.additionalProperties() != null) {
          assertResolves(model, o.additionalProperties());
        }
      } else if (t instanceof EnumModel e) {
        Set<String> constants = new HashSet<>();
        e.values().forEach(v -> assertTrue(constants.add(v.javaName()), "repeated " + v));
      }
    }
    for (OperationGroup g : model.groups()) {
      assertIdentifier(g.javaName());
      for (OperationModel op : g.operations()) {
        assertIdentifier(op.javaName());
        for (ParameterModel p : op.parameters()) {
          assertIdentifier(p.javaName());
          assertResolves(model, p.type());
        }
        for (ResponseModel r : op.responses()) {
          if (r.body() != null) {
            assertResolves(model, r.body());
          }
        }
      }
    }
    assertEquals(
        model.warnings().stream().sorted().toList(), model.warnings(), "warnings are sorted");
  }

  private static void assertResolves(ApiModel model, TypeRef type) {
    if (type instanceof TypeRef.Named n) {
      assertTrue(model.type(n.name()).isPresent(), "dangling type reference " + n.name());
    } else if (type instanceof TypeRef.ListOf l) {
      assertResolves(model, l.element());
    } else if (type instanceof TypeRef.MapOf m) {
      assertResolves(model, m.value());
    } else {
      assertNotNull(type);
    }
  }

  private static void assertIdentifier(String name) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      fail("not a Java identifier: " + name);
    }
  }
}
