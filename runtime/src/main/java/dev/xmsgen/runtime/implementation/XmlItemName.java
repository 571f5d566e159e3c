package dev.xmsgen.runtime.implementation;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The element name of each item of a wrapped XML list field, when it differs from the wrapper's:
 * {@code <GoodApples><Apple>Fuji</Apple></GoodApples>}. Jackson names the items after the field's
 * property, which must stay unique in its class, so two lists whose items share a name could not
 * otherwise be mapped; the XML mapper renames the items on writing ({@link XmlItemNames}), and
 * reading ignores item names. The JSON mapping does not see this annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface XmlItemName {
  /** The items' element name. */
  String value();

  /** The items' namespace URI; empty for none. */
  String namespace() default "";
}
