package dev.xmsgen.core.transform;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeDef;
import dev.xmsgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Part of the validation pass: the Swagger {@code xml} objects of an API with XML operations say
 * what an XML body can hold. An attribute is a single value (a primitive or an enum), {@code
 * wrapped} applies to arrays, and a map ({@code additionalProperties}) has no XML form. APIs without
 * XML operations ignore {@code xml} objects, so nothing is checked for them.
 */
final class XmlChecks {
  private XmlChecks() {}

  static List<Diagnostic> find(ApiModel model, Map<String, TypeDef> types) {
    List<Diagnostic> out = new ArrayList<>();
    if (!model.usesXml()) {
      return out;
    }
    for (TypeDef t : model.types()) {
      if (!(t instanceof ObjectModel o)) {
        continue;
      }
      if (o.additionalProperties() != null) {
        out.add(
            Diagnostic.error(
                o.source().child("additionalProperties"),
                "additionalProperties has no XML form, and this API has XML operations"));
      }
      for (PropertyModel p : o.properties()) {
        if (p.xml().attribute() && !singleValue(p.type(), types)) {
          out.add(
              Diagnostic.error(
                  p.source().child("xml").child("attribute"),
                  "an XML attribute must be a primitive or an enum, not " + p.type()));
        }
        if (p.xml().wrapped() && !(p.type() instanceof TypeRef.ListOf)) {
          out.add(
              Diagnostic.error(
                  p.source().child("xml").child("wrapped"),
                  "xml.wrapped applies only to arrays"));
        }
      }
    }
    return out;
  }

  private static boolean singleValue(TypeRef type, Map<String, TypeDef> types) {
    return type instanceof TypeRef.Scalar
        || (type instanceof TypeRef.Named n && types.get(n.name()) instanceof EnumModel);
  }
}
