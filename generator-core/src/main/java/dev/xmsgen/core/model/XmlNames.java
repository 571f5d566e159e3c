package dev.xmsgen.core.model;

/**
 * What a Swagger {@code xml} object says of a model or a property, for XML bodies.
 *
 * @param name the element (or attribute) name; {@code null} for the wire name
 * @param namespace the namespace URI, or {@code null}
 * @param prefix the namespace prefix, or {@code null}
 * @param attribute the property is an XML attribute of its owner's element
 * @param wrapped an array property has an element around its items
 * @param itemName for an array property, the name of each item's element ({@code items.xml.name},
 *     else the referenced model's {@code xml.name}); {@code null} otherwise
 * @param text {@code x-ms-text}: the property is its owner element's text content
 */
public record XmlNames(
    String name,
    String namespace,
    String prefix,
    boolean attribute,
    boolean wrapped,
    String itemName,
    boolean text) {

  /** No {@code xml} object: names and nesting as in JSON. */
  public static final XmlNames NONE = new XmlNames(null, null, null, false, false, null, false);

  /** Whether this says nothing beyond the defaults. */
  public boolean isNone() {
    return equals(NONE);
  }

  /** Whether {@code mediaType} is XML: {@code application/xml}, {@code text/xml} or {@code +xml}. */
  public static boolean isXmlMediaType(String mediaType) {
    String media = mediaType.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return media.equals("application/xml") || media.equals("text/xml") || media.endsWith("+xml");
  }

  /** This {@code XmlNames} with another {@code name}. */
  public XmlNames withName(String name) {
    return new XmlNames(name, namespace, prefix, attribute, wrapped, itemName, text);
  }

  /** This {@code XmlNames} with another {@code itemName}. */
  public XmlNames withItemName(String itemName) {
    return new XmlNames(name, namespace, prefix, attribute, wrapped, itemName, text);
  }
}
