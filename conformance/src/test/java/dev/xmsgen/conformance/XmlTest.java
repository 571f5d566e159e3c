package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.xml_service.AutoRestSwaggerBATXMLServiceClient;
import conformance.xml_service.XmlClient;
import conformance.xml_service.models.AppleBarrel;
import conformance.xml_service.models.Banana;
import conformance.xml_service.models.ComplexTypeNoMeta;
import conformance.xml_service.models.ComplexTypeWithMeta;
import conformance.xml_service.models.RootWithRefAndMeta;
import conformance.xml_service.models.RootWithRefAndNoMeta;
import conformance.xml_service.models.Slide;
import conformance.xml_service.models.Slideshow;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The XML operations of xml-service.json: the server sends fixed documents and compares what it is
 * sent with the same documents, element by element and attribute by attribute.
 */
class XmlTest {
  private final XmlClient xml =
      AutoRestSwaggerBATXMLServiceClient.builder().endpoint(TestServer.endpoint()).build().xml();

  private static final OffsetDateTime EXPIRATION = OffsetDateTime.parse("2018-02-28T00:40:00.123Z");

  @Test
  void attributesAndUnwrappedLists() {
    Slideshow read = xml.getSimple();
    assertEquals("Sample Slide Show", read.getTitle());
    assertEquals("Date of publication", read.getDate());
    assertEquals("Yours Truly", read.getAuthor());
    assertEquals(2, read.getSlides().size());
    Slide second = read.getSlides().get(1);
    assertEquals("all", second.getType());
    assertEquals("Overview", second.getTitle());
    assertEquals(
        List.of("Why WonderWidgets are great", "", "Who buys WonderWidgets"), second.getItems());

    xml.putSimple(
        new Slideshow()
            .setTitle("Sample Slide Show")
            .setDate("Date of publication")
            .setAuthor("Yours Truly")
            .setSlides(
                List.of(
                    new Slide().setType("all").setTitle("Wake up to WonderWidgets!"),
                    new Slide()
                        .setType("all")
                        .setTitle("Overview")
                        .setItems(
                            List.of(
                                "Why WonderWidgets are great", "", "Who buys WonderWidgets")))));
  }

  @Test
  void wrappedLists() {
    AppleBarrel read = xml.getWrappedLists();
    assertEquals(List.of("Fuji", "Gala"), read.getGoodApples());
    assertEquals(List.of("Red Delicious"), read.getBadApples());

    xml.putWrappedLists(
        new AppleBarrel()
            .setGoodApples(List.of("Fuji", "Gala"))
            .setBadApples(List.of("Red Delicious")));
  }

  @Test
  void anEmptyDocument() {
    Slideshow read = xml.getEmptyList();
    assertNull(read.getTitle());
    assertTrue(read.getSlides() == null || read.getSlides().isEmpty(), "" + read.getSlides());

    xml.putEmptyList(new Slideshow());
  }

  @Test
  void emptyWrappedLists() {
    AppleBarrel read = xml.getEmptyWrappedLists();
    assertTrue(read.getGoodApples() == null || read.getGoodApples().isEmpty());
    assertTrue(read.getBadApples() == null || read.getBadApples().isEmpty());

    xml.putEmptyWrappedLists(new AppleBarrel().setGoodApples(List.of()).setBadApples(List.of()));
  }

  @Test
  void anEmptyChildElementIsAnEmptyString() {
    Banana read = xml.getEmptyChildElement();
    assertEquals("Unknown Banana", read.getName());
    assertEquals("", read.getFlavor());
    assertEquals(OffsetDateTime.parse("2012-02-24T00:53:52.789Z"), read.getExpiration());

    xml.putEmptyChildElement(
        new Banana()
            .setName("Unknown Banana")
            .setFlavor("")
            .setExpiration(OffsetDateTime.parse("2012-02-24T00:53:52.789Z")));
  }

  @Test
  void listsAtTheRoot() {
    List<Banana> read = xml.getRootList();
    assertEquals(2, read.size());
    assertEquals("Plantain", read.get(1).getName());
    assertEquals("Savory", read.get(1).getFlavor());
    assertEquals(EXPIRATION, read.get(1).getExpiration());
    assertEquals(1, xml.getRootListSingleItem().size());
    assertTrue(xml.getEmptyRootList() == null || xml.getEmptyRootList().isEmpty());

    Banana cavendish = new Banana().setName("Cavendish").setFlavor("Sweet").setExpiration(EXPIRATION);
    Banana plantain = new Banana().setName("Plantain").setFlavor("Savory").setExpiration(EXPIRATION);
    xml.putRootList(List.of(cavendish, plantain));
    xml.putRootListSingleItem(List.of(cavendish));
    xml.putEmptyRootList(List.of());
  }

  @Test
  void aNestedModelIsNamedByItsProperty() {
    RootWithRefAndNoMeta read = xml.getComplexTypeRefNoMeta();
    assertEquals("myid", read.getRefToModel().getId());
    assertEquals("else", read.getSomething());

    xml.putComplexTypeRefNoMeta(
        new RootWithRefAndNoMeta()
            .setRefToModel(new ComplexTypeNoMeta().setId("myid"))
            .setSomething("else"));
  }

  @Test
  void aNestedModelWithAnXmlName() {
    RootWithRefAndMeta read = xml.getComplexTypeRefWithMeta();
    assertEquals("myid", read.getRefToModel().getId());
    assertEquals("else", read.getSomething());

    xml.putComplexTypeRefWithMeta(
        new RootWithRefAndMeta()
            .setRefToModel(new ComplexTypeWithMeta().setId("myid"))
            .setSomething("else"));
  }

  @Test
  void bytesAndUrls() {
    byte[] bytes = xml.getBytes().getBytes();
    assertArrayEquals("Hello world".getBytes(java.nio.charset.StandardCharsets.UTF_8), bytes);
    xml.putBinary(xml.getBytes());
    xml.putUri(xml.getUri());
  }
  @Test
  void textContentBesideAnAttribute() {
    var read = xml.getXMsText();
    assertEquals("english", read.getLanguage());
    assertEquals("I am text", read.getContent());
  }

  @Test
  void storageListingsRead() {
    var containers = xml.listContainers();
    assertEquals("https://myaccount.blob.core.windows.net/", containers.getServiceEndpoint());
    assertEquals("audio", containers.getContainers().get(0).getName());
    var blobs = xml.listBlobs();
    assertEquals(
        "https://myaccount.blob.core.windows.net/mycontainer", blobs.getContainerName());
    assertEquals("blob1.txt", blobs.getBlobs().getBlob().get(0).getName());
  }

  @Test
  void storageDocumentsReadAndSentBackUnchanged() {
    var properties = xml.getServiceProperties();
    assertEquals("1.0", properties.getLogging().getVersion());
    xml.putServiceProperties(properties);

    var acls = xml.getAcls();
    assertEquals("MTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTI=", acls.get(0).getId());
    xml.putAcls(acls);
  }
}
