package dev.xmsgen.core.parse;

import dev.xmsgen.core.model.XmlNames;

/**
 * Reads Swagger {@code xml} objects: a schema's (its root element) and a property's, whose array
 * items take their element name from {@code items.xml.name} or from the model they reference.
 * Checking what they say against the types is left to the transform stage.
 */
final class XmlObjects {
  private XmlObjects() {}

  /** The {@code xml} object of {@code schema}, {@link XmlNames#NONE} without one. */
  static XmlNames of(Node schema) {
    Node xml = schema == null ? null : schema.child("xml");
    if (xml == null || !xml.json().isObject()) {
      return XmlNames.NONE;
    }
    return new XmlNames(
        xml.text("name"),
        xml.text("namespace"),
        xml.text("prefix"),
        xml.isTrue("attribute"),
        xml.isTrue("wrapped"),
        null,
        xml.isTrue("x-ms-text"));
  }

  /**
   * A property's {@code xml} object; for an array, with the name of its items' elements. {@code
   * target} is the schema the property references, or {@code null}. A property that references a
   * model naming its element, and names none itself, is that element: {@code "$ref":
   * "#/definitions/Meta"} with {@code Meta}'s {@code xml.name: "XMLMeta"} is {@code <XMLMeta>}.
   */
  static XmlNames ofProperty(Node property, Node target, RefResolver refs) {
    XmlNames own = of(property);
    Node items = property.child("items");
    if (items == null && target != null) {
      items = target.child("items");
    }
    if (items == null) {
      String targetName = target == null ? null : of(target).name();
      return own.name() != null || targetName == null ? own : own.withName(targetName);
    }
    String itemName = of(items).name();
    if (itemName == null && items.isRef()) {
      itemName = of(refs.target(items)).name();
    }
    return itemName == null ? own : own.withItemName(itemName);
  }

  /**
   * The element names of an array body, which has no name of its own in XML: the root is the
   * schema's {@code xml.name}, else {@code parameterName}; each item is its {@code xml.name}, else
   * the referenced definition's {@code xml.name} or key, else the root's name.
   */
  static XmlNames ofArrayBody(Node schema, String parameterName, RefResolver refs) {
    XmlNames own = ofProperty(schema, null, refs);
    String root = own.name() != null ? own.name() : parameterName;
    String item = own.itemName();
    Node items = schema.child("items");
    if (item == null && items != null && items.isRef()) {
      Node target = refs.target(items);
      item = target == null ? null : target.name();
    }
    return own.withName(root).withItemName(item != null ? item : root);
  }
}
