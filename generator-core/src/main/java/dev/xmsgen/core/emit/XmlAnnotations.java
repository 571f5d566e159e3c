package dev.xmsgen.core.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.XmlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code jackson-dataformat-xml} annotations that carry the Swagger {@code xml} object onto
 * model classes and fields. Written only for APIs with an XML operation ({@link
 * ApiModel#usesXml()}), so that JSON-only clients compile without the XML library; every array
 * field then says whether it is wrapped, as Swagger's default (unwrapped) differs from Jackson's.
 */
final class XmlAnnotations {
  private static final String PACKAGE = "com.fasterxml.jackson.dataformat.xml.annotation";
  private static final ClassName ROOT = ClassName.get(PACKAGE, "JacksonXmlRootElement");
  private static final ClassName PROPERTY = ClassName.get(PACKAGE, "JacksonXmlProperty");
  private static final ClassName WRAPPER = ClassName.get(PACKAGE, "JacksonXmlElementWrapper");
  private static final ClassName TEXT = ClassName.get(PACKAGE, "JacksonXmlText");

  private final boolean enabled;

  XmlAnnotations(boolean enabled) {
    this.enabled = enabled;
  }

  /** The annotations for {@code api}: none at all unless it has an XML operation. */
  static XmlAnnotations of(ApiModel api) {
    return new XmlAnnotations(api.usesXml());
  }

  /** {@code @JacksonXmlRootElement} when the schema names its element or namespace. */
  List<AnnotationSpec> ofClass(ObjectModel model) {
    XmlNames xml = model.xml();
    if (!enabled || (xml.name() == null && xml.namespace() == null)) {
      return List.of();
    }
    AnnotationSpec.Builder root =
        AnnotationSpec.builder(ROOT)
            .addMember("localName", "$L", Literals.string(orElse(xml.name(), model.name())));
    if (xml.namespace() != null) {
      root.addMember("namespace", "$L", Literals.string(xml.namespace()));
    }
    return List.of(root.build());
  }

  /**
   * For an array: its wrapper (or {@code useWrapping = false}) and its items' element name (the
   * runtime's {@code @XmlItemName} when a wrapper's items are named otherwise than the wrapper);
   * for {@code x-ms-text}, {@code @JacksonXmlText}; for an attribute or a renamed or namespaced
   * element: {@code @JacksonXmlProperty}.
   */
  List<AnnotationSpec> ofField(PropertyModel property) {
    if (!enabled) {
      return List.of();
    }
    XmlNames xml = property.xml();
    String name = orElse(xml.name(), property.wireName());
    List<AnnotationSpec> out = new ArrayList<>();
    if (property.type() instanceof TypeRef.ListOf) {
      AnnotationSpec.Builder wrapper = AnnotationSpec.builder(WRAPPER);
      if (xml.wrapped()) {
        wrapper.addMember("localName", "$L", Literals.string(name));
        namespace(wrapper, xml);
      } else {
        wrapper.addMember("useWrapping", "false");
      }
      out.add(wrapper.build());
      String item = orElse(xml.itemName(), name);
      if (xml.wrapped() && !item.equals(name)) {
        // Jackson would name the property after its items, which another list may share
        out.add(
            AnnotationSpec.builder(RuntimeTypes.XML_ITEM_NAME)
                .addMember("value", "$L", Literals.string(item))
                .build());
        return out;
      }
      AnnotationSpec.Builder items =
          AnnotationSpec.builder(PROPERTY).addMember("localName", "$L", Literals.string(item));
      if (!xml.wrapped()) {
        namespace(items, xml);
      }
      out.add(items.build());
    } else if (xml.text()) {
      out.add(AnnotationSpec.builder(TEXT).build());
    } else if (xml.attribute() || xml.name() != null || xml.namespace() != null) {
      AnnotationSpec.Builder element =
          AnnotationSpec.builder(PROPERTY).addMember("localName", "$L", Literals.string(name));
      namespace(element, xml);
      if (xml.attribute()) {
        element.addMember("isAttribute", "true");
      }
      out.add(element.build());
    }
    return out;
  }

  private static void namespace(AnnotationSpec.Builder annotation, XmlNames xml) {
    if (xml.namespace() != null) {
      annotation.addMember("namespace", "$L", Literals.string(xml.namespace()));
    }
  }

  private static String orElse(String value, String fallback) {
    return value != null ? value : fallback;
  }
}
