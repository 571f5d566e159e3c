package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The validation pass: finds everything in a model that the emitters could not render as compiling
 * Java, each as an error with the file and JSON pointer to fix.
 *
 * <ul>
 *   <li>References: every named type, parent and subtype exists.
 *   <li>Enums: each has a value, and every value reads as the enum's wire type ({@code 1.5} is no
 *       {@code int32}); a constant body parameter's value reads as its type.
 *   <li>Discriminator values: a closed enum discriminator lists every subtype's value; a scalar one
 *       can hold it.
 *   <li>Formats: a {@code date-time-rfc1123}, {@code unixtime} or {@code base64url} value at most
 *       one list or map deep.
 *   <li>Flattened paths: each step is a flattened property leading to a model class.
 *   <li>Members and classes: no two members of a class and no two classes of the package get one
 *       name ({@link MemberClashes}).
 *   <li>XML: what the {@code xml} objects say fits an XML body ({@link XmlChecks}).
 * </ul>
 */
final class ModelValidator {
  private final Map<String, TypeDef> types = new HashMap<>();
  private final List<Diagnostic> errors = new ArrayList<>();

  private ModelValidator(ApiModel model) {
    model.types().forEach(t -> types.putIfAbsent(t.name(), t));
  }

  /** Every problem found, sorted. */
  static List<Diagnostic> check(ApiModel model) {
    ModelValidator v = new ModelValidator(model);
    for (TypeDef t : model.types()) {
      if (t instanceof ObjectModel o) {
        v.object(o);
      } else if (t instanceof EnumModel e) {
        v.enumeration(e);
      }
    }
    model.client().parameters().forEach(v::parameter);
    for (OperationGroup g : model.groups()) {
      for (OperationModel op : g.operations()) {
        op.parameters().forEach(v::parameter);
        for (ResponseModel r : op.responses()) {
          v.reference(r.body(), op.source().child("responses").child(r.status()));
          r.headers().forEach(h -> v.reference(h.type(), op.source()));
        }
      }
    }
    v.errors.addAll(MemberClashes.find(model, v.types));
    v.errors.addAll(XmlChecks.find(model, v.types));
    v.errors.sort(null);
    return v.errors;
  }

  private void error(SourceRef source, String message) {
    errors.add(Diagnostic.error(source, message));
  }

  private void object(ObjectModel o) {
    if (o.parent() != null && !(types.get(o.parent()) instanceof ObjectModel)) {
      error(o.source(), o.name() + " extends " + o.parent() + ", which is not a model class");
    }
    for (String sub : o.subtypes()) {
      if (!(types.get(sub) instanceof ObjectModel)) {
        error(o.source(), "the subtype " + sub + " of " + o.name() + " is not a model class");
      }
    }
    for (PropertyModel p : o.properties()) {
      reference(p.type(), p.source());
      formats(p.type(), o.name() + "." + p.javaName(), p.source());
    }
    if (o.additionalProperties() != null) {
      reference(o.additionalProperties(), o.source());
      formats(
          new TypeRef.MapOf(o.additionalProperties()),
          o.name() + ".additionalProperties",
          o.source().child("additionalProperties"));
    }
    discriminatorValue(o);
    o.flattened().forEach(f -> flattened(o, f));
  }

  private void reference(TypeRef type, SourceRef where) {
    if (type instanceof TypeRef.Named n && !types.containsKey(n.name())) {
      error(where, "refers to the type " + n.name() + ", which the model does not define");
    } else if (type instanceof TypeRef.ListOf l) {
      reference(l.element(), where);
    } else if (type instanceof TypeRef.MapOf m) {
      reference(m.value(), where);
    }
  }

  private void enumeration(EnumModel e) {
    if (e.values().isEmpty()) {
      error(
          e.source(),
          "enum " + e.name() + " has no values: none of x-ms-enum.values has a 'value'");
    }
    for (EnumModel.EnumValue v : e.values()) {
      if (!reads(e.wireType(), v.wireValue())) {
        error(
            e.source(),
            "'" + v.wireValue() + "' is not " + article(e.wireType()) + " value, which the values"
                + " of enum " + e.name() + " must be");
      }
    }
  }

  private void parameter(ParameterModel p) {
    reference(p.type(), p.source());
    if (p.constantValue() != null
        && p.location() == ParameterModel.Location.BODY
        && p.type() instanceof TypeRef.Scalar s
        && !reads(s.primitive(), p.constantValue())) {
      error(
          p.source(),
          "the constant body '" + p.constantValue() + "' of parameter " + p.wireName() + " is not "
              + article(s.primitive()) + " value");
    }
  }

  /** The constructors write the discriminator value as a literal of the property's type. */
  private void discriminatorValue(ObjectModel o) {
    if (o.discriminatorValue() == null) {
      return;
    }
    ObjectModel root = null;
    Set<String> seen = new HashSet<>();
    for (ObjectModel m = o; m != null && seen.add(m.name()); m = parentOf(m)) {
      if (m.discriminator() != null) {
        root = m;
        break;
      }
    }
    if (root == null) {
      return;
    }
    String key = root.discriminator();
    TypeRef type =
        root.properties().stream()
            .filter(p -> p.wireName().equals(key))
            .map(PropertyModel::type)
            .findFirst()
            .orElse(TypeRef.of(TypeRef.Primitive.STRING));
    String value = o.discriminatorValue();
    if (type instanceof TypeRef.Named n && types.get(n.name()) instanceof EnumModel e) {
      boolean known = e.values().stream().anyMatch(v -> v.wireValue().equals(value));
      if (!known && !e.open()) {
        error(
            o.source(),
            "the discriminator value '" + value + "' of " + o.name() + " is not a value of enum "
                + e.name() + " (" + e.source() + "), which is closed ('" + key + "' of "
                + root.name() + " has that type); list the value in the enum or make it"
                + " modelAsString");
      } else if (!known && !reads(e.wireType(), value)) {
        error(
            o.source(),
            "the discriminator value '" + value + "' of " + o.name() + " is not "
                + article(e.wireType()) + " value, as enum " + e.name() + " needs");
      }
    } else if (type instanceof TypeRef.Scalar s && !reads(s.primitive(), value)) {
      error(
          o.source(),
          "the discriminator value '" + value + "' of " + o.name() + " is not "
              + article(s.primitive()) + " value, as '" + key + "' of " + root.name() + " is");
    }
  }

  private ObjectModel parentOf(ObjectModel o) {
    return o.parent() != null && types.get(o.parent()) instanceof ObjectModel p ? p : null;
  }

  /**
   * A format that needs its own serializer ({@code date-time-rfc1123}, {@code unixtime}, {@code
   * base64url}) can be annotated on a value, or on the elements of one list or map, not deeper.
   */
  private void formats(TypeRef type, String member, SourceRef where) {
    TypeRef content = content(type);
    if (content != null && content(content) != null && hasAnnotatedFormat(content)) {
      error(
          where,
          member + " is " + type + ", which nests a date-time-rfc1123, unixtime or base64url value"
              + " more than one list or map deep; only one level can be annotated");
    }
  }

  private static TypeRef content(TypeRef type) {
    return type instanceof TypeRef.ListOf l
        ? l.element()
        : type instanceof TypeRef.MapOf m ? m.value() : null;
  }

  private static boolean hasAnnotatedFormat(TypeRef type) {
    if (type instanceof TypeRef.Scalar s) {
      return s.primitive() == TypeRef.Primitive.DATE_TIME_RFC1123
          || s.primitive() == TypeRef.Primitive.UNIX_TIME
          || s.primitive() == TypeRef.Primitive.BASE64_URL;
    }
    TypeRef content = content(type);
    return content != null && hasAnnotatedFormat(content);
  }

  private void flattened(ObjectModel o, FlattenedProperty f) {
    String problem = null;
    if (f.steps().isEmpty()) {
      problem = "its path is empty";
    }
    for (FlattenedProperty.Step step : f.steps()) {
      if (problem != null) {
        break;
      }
      String at = step.owner() + "." + step.property().javaName();
      if (!(types.get(step.owner()) instanceof ObjectModel)) {
        problem = step.owner() + " is not a model class";
      } else if (!step.property().flatten()) {
        problem = at + " is not flattened";
      } else if (!(types.get(step.target()) instanceof ObjectModel)) {
        problem = at + " is not a model";
      }
    }
    if (problem == null && !(types.get(f.leafOwner()) instanceof ObjectModel)) {
      problem = f.leafOwner() + " is not a model class";
    }
    if (problem != null) {
      error(
          o.source(),
          "flattened property " + o.name() + "." + f.javaName() + " cannot be resolved: "
              + problem);
    }
  }

  /** Whether {@code text} reads as a value of {@code type}, as the emitters write its literal. */
  static boolean reads(TypeRef.Primitive type, String text) {
    try {
      switch (type) {
        case INT32:
          Integer.parseInt(text);
          return true;
        case INT64:
          Long.parseLong(text);
          return true;
        case FLOAT32:
          Float.parseFloat(text);
          return true;
        case FLOAT64:
          Double.parseDouble(text);
          return true;
        case DECIMAL:
          new BigDecimal(text);
          return true;
        case BOOLEAN:
          return text.equals("true") || text.equals("false");
        default:
          return true;
      }
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String article(TypeRef.Primitive type) {
    String name = type.name().toLowerCase(Locale.ROOT);
    return (type == TypeRef.Primitive.INT32 || type == TypeRef.Primitive.INT64 ? "an " : "a ")
        + name;
  }
}
