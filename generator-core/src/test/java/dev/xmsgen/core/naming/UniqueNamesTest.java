package dev.xmsgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UniqueNamesTest {

  @Test
  void laterClaimsGetTheNextFreeNumber() {
    UniqueNames names = UniqueNames.caseSensitive();
    assertEquals("sku", names.claim("sku"));
    assertEquals("sku2", names.claim("sku"));
    assertEquals("sku3", names.claim("sku"));
    assertEquals("Sku", names.claim("Sku"), "case matters for members");
  }

  @Test
  void typeNamesClashIgnoringCase() {
    UniqueNames names = UniqueNames.ignoringCase();
    assertEquals("Widget", names.claim("Widget"));
    assertEquals("WIDGET2", names.claim("WIDGET"));
    assertTrue(names.isTaken("widget2"));
  }

  @Test
  void reservedNamesAreSkipped() {
    UniqueNames names = UniqueNames.caseSensitive();
    names.reserveAll(List.of("id", "id2"));
    assertEquals("id3", names.claim("id"));
  }
}
