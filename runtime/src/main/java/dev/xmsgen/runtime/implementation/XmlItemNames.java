package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.util.NameTransformer;
import com.fasterxml.jackson.dataformat.xml.ser.XmlBeanPropertyWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the items of each {@link XmlItemName} field under that name, inside the field's wrapper
 * element. Registered on the XML mapper only.
 */
final class XmlItemNames extends BeanSerializerModifier {
  private static final long serialVersionUID = 1L;

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
    List<BeanPropertyWriter> out = new ArrayList<>(properties.size());
    for (BeanPropertyWriter property : properties) {
      XmlItemName item = property.getAnnotation(XmlItemName.class);
      PropertyName wrapper = property.getWrapperName();
      if (item == null || wrapper == null || wrapper.isEmpty()) {
        out.add(property);
        continue;
      }
      PropertyName items = PropertyName.construct(item.value(), item.namespace());
      BeanPropertyWriter renamed = property.rename(new FixedName(item.value()));
      out.add(new XmlBeanPropertyWriter(renamed, wrapper, items));
    }
    return out;
  }

  /** Renames a property to one fixed name. */
  private static final class FixedName extends NameTransformer {
    private final String name;

    FixedName(String name) {
      this.name = name;
    }

    @Override
    public String transform(String ignored) {
      return name;
    }

    @Override
    public String reverse(String transformed) {
      return null;
    }
  }
}
