package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import com.fasterxml.jackson.dataformat.xml.annotation.JacksonXmlRootElement;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class XmlItemNamesTest {
  /** Two wrapped lists whose items share one element name, as generated models carry them. */
  @JacksonXmlRootElement(localName = "AppleBarrel")
  @JsonAutoDetect(
      fieldVisibility = JsonAutoDetect.Visibility.ANY,
      getterVisibility = JsonAutoDetect.Visibility.NONE,
      isGetterVisibility = JsonAutoDetect.Visibility.NONE)
  static final class Barrel {
    @JsonProperty("GoodApples")
    @JacksonXmlElementWrapper(localName = "GoodApples")
    @XmlItemName("Apple")
    List<String> good;

    @JsonProperty("BadApples")
    @JacksonXmlElementWrapper(localName = "BadApples")
    @XmlItemName("Apple")
    List<String> bad;
  }

  private static Barrel barrel(List<String> good, List<String> bad) {
    Barrel b = new Barrel();
    b.good = good;
    b.bad = bad;
    return b;
  }

  @Test
  void itemsAreWrittenUnderTheirOwnNameInsideEachWrapper() {
    String xml =
        new String(
            XmlBodies.write(barrel(List.of("Fuji", "Gala"), List.of("Red Delicious"))),
            StandardCharsets.UTF_8);
    assertEquals(
        "<?xml version='1.0' encoding='UTF-8'?><AppleBarrel><GoodApples><Apple>Fuji</Apple>"
            + "<Apple>Gala</Apple></GoodApples><BadApples><Apple>Red Delicious</Apple></BadApples>"
            + "</AppleBarrel>",
        xml);
  }

  @Test
  void bothListsReadBack() {
    byte[] xml =
        ("<AppleBarrel><GoodApples><Apple>Fuji</Apple><Apple>Gala</Apple></GoodApples>"
                + "<BadApples><Apple>Red Delicious</Apple></BadApples></AppleBarrel>")
            .getBytes(StandardCharsets.UTF_8);
    Barrel read = XmlBodies.read(xml, TypeFactory.defaultInstance().constructType(Barrel.class));
    assertEquals(List.of("Fuji", "Gala"), read.good);
    assertEquals(List.of("Red Delicious"), read.bad);
  }

  @Test
  void emptyWrappersReadAsNoItems() {
    byte[] xml =
        "<AppleBarrel><GoodApples></GoodApples><BadApples/></AppleBarrel>"
            .getBytes(StandardCharsets.UTF_8);
    Barrel read = XmlBodies.read(xml, TypeFactory.defaultInstance().constructType(Barrel.class));
    assertEquals(0, read.good == null ? 0 : read.good.size());
    assertEquals(0, read.bad == null ? 0 : read.bad.size());
  }

  @Test
  void aListAtTheRootIsOneElementOfItems() {
    Barrel one = barrel(List.of("Fuji"), null);
    assertEquals(
        "<?xml version='1.0' encoding='UTF-8'?><barrels><barrel><GoodApples><Apple>Fuji</Apple>"
            + "</GoodApples></barrel><barrel/></barrels>",
        new String(
            XmlBodies.writeList(List.of(one, barrel(null, null)), "barrels", "barrel"),
            StandardCharsets.UTF_8));
    assertEquals(
        "<?xml version='1.0' encoding='UTF-8'?><barrels/>",
        new String(XmlBodies.writeList(List.of(), "barrels", "barrel"), StandardCharsets.UTF_8));
  }

  @Test
  void jsonIgnoresTheItemName() throws Exception {
    assertEquals(
        "{\"GoodApples\":[\"Fuji\"],\"BadApples\":[]}",
        new ObjectMapper().writeValueAsString(barrel(List.of("Fuji"), List.of())));
  }
}
