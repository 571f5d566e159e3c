package dev.xmsgen.runtime.implementation;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.xml.XmlMapper;
import com.fasterxml.jackson.dataformat.xml.ser.ToXmlGenerator;
import dev.xmsgen.runtime.Json;

/**
 * Builds the XML mapper with the same settings as {@link Json#newMapper()}. Kept apart from {@link
 * XmlBodies} so that a missing {@code jackson-dataformat-xml} is reported in one clear sentence.
 */
final class XmlMapperFactory {
  private XmlMapperFactory() {}

  static ObjectMapper create() {
    try {
      return build();
    } catch (NoClassDefFoundError e) {
      throw new IllegalStateException(
          "XML bodies need com.fasterxml.jackson.dataformat:jackson-dataformat-xml on the class path",
          e);
    }
  }

  private static ObjectMapper build() {
    XmlMapper mapper =
        XmlMapper.builder()
            .enable(ToXmlGenerator.Feature.WRITE_XML_DECLARATION)
            .enable(MapperFeature.USE_BASE_TYPE_AS_DEFAULT_IMPL)
            .addModule(new SimpleModule("xmsgen-xml").setSerializerModifier(new XmlItemNames()))
            .build();
    return Json.configure(mapper);
  }
}
