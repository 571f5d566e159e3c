package dev.xmsgen.core.clients;

import static dev.xmsgen.core.testing.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.xmsgen.core.GenerationResult;
import dev.xmsgen.core.Generator;
import dev.xmsgen.core.GeneratorOptions;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.ResponseBodyException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The client generated from {@code specs/rules/xml.json} sends and reads XML bodies through a real
 * local HTTP server: element and attribute names, wrapped and unwrapped arrays and a namespaced
 * element as the spec's {@code xml} objects say, both ways.
 */
class XmlBodiesTest {
  private static final String PACKAGE = "com.example.xmlbodies";
  private static final String CATALOG = "https://contoso.example/catalog";
  private static final String SHELF =
      "<?xml version='1.0' encoding='UTF-8'?>"
          + "<shelf id=\"s1\"><Label>Poetry</Label>"
          + "<Books><book isbn=\"978-0\"><title>Odes</title><pages>120</pages>"
          + "<c:code xmlns:c=\"" + CATALOG + "\">P-7</c:code></book>"
          + "<book isbn=\"978-1\"><title>Songs</title></book></Books>"
          + "<tag>verse</tag><tag>old</tag>"
          + "<Lent><book isbn=\"978-9\"><title>Elegies</title></book></Lent>"
          + "<book isbn=\"978-5\"><title>Ballads</title></book></shelf>";

  private static CompiledClasses classes;

  private HttpServer server;
  private final AtomicReference<String> reply = new AtomicReference<>(SHELF);
  private final List<String> requests = new ArrayList<>();
  private final List<String> contentTypes = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();

  @BeforeAll
  static void generate() throws Exception {
    Path spec = Path.of(System.getProperty("xmsgen.projectSpecs", "../specs"), "rules", "xml.json");
    GenerationResult result = new Generator().generate(new GeneratorOptions(List.of(spec), PACKAGE));
    classes = InMemoryCompiler.compile(result.files());
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          synchronized (requests) {
            requests.add(
                exchange.getRequestMethod()
                    + " "
                    + exchange.getRequestURI()
                    + " accept="
                    + exchange.getRequestHeaders().getFirst("Accept"));
            contentTypes.add(exchange.getRequestHeaders().getFirst("Content-Type"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          }
          if (exchange.getRequestURI().getPath().equals("/shelves")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
          }
          byte[] out = reply.get().getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/xml; charset=utf-8");
          exchange.sendResponseHeaders(200, out.length);
          try (OutputStream o = exchange.getResponseBody()) {
            o.write(out);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aShelfIsReadFromXmlWithAttributesWrappedAndUnwrappedArraysAndANamespacedElement() {
    Object shelf = call(shelves(), "get", "s1");

    assertEquals(List.of("GET /shelves/s1 accept=application/xml"), requests);
    assertEquals("s1", call(shelf, "getId"));
    assertEquals("Poetry", call(shelf, "getLabel"));
    assertEquals(List.of("verse", "old"), call(shelf, "getTags"));
    List<?> books = (List<?>) call(shelf, "getBooks");
    assertEquals(2, books.size());
    assertEquals("978-0", call(books.get(0), "getIsbn"));
    assertEquals("Odes", call(books.get(0), "getTitle"));
    assertEquals(120, call(books.get(0), "getPages"));
    assertEquals("P-7", call(books.get(0), "getCode"));
    assertEquals("Songs", call(books.get(1), "getTitle"));
    assertEquals(null, call(books.get(1), "getPages"));
    List<?> lent = (List<?>) call(shelf, "getLent");
    assertEquals(1, lent.size(), "a second wrapped list whose items are also named book");
    assertEquals("Elegies", call(lent.get(0), "getTitle"));
    assertEquals("Ballads", call(call(shelf, "getFeatured"), "getTitle"));
  }

  @Test
  void aShelfIsSentAsXmlAndTheStoredOneReadBack() throws Exception {
    Object book = classes.newInstance(PACKAGE + ".models.Book");
    call(book, "setIsbn", "978-2");
    call(book, "setTitle", "Hymns & Psalms");
    call(book, "setCode", "H-1");
    Object shelf = classes.newInstance(PACKAGE + ".models.Shelf");
    call(shelf, "setId", "s2");
    call(shelf, "setLabel", "Sacred");
    call(shelf, "setBooks", List.of(book));
    call(shelf, "setTags", List.of("a", "b"));
    Object lentBook = classes.newInstance(PACKAGE + ".models.Book");
    call(lentBook, "setTitle", "Elegies");
    call(shelf, "setLent", List.of(lentBook));
    Object featured = classes.newInstance(PACKAGE + ".models.Book");
    call(featured, "setTitle", "Ballads");
    call(shelf, "setFeatured", featured);

    Object stored = call(shelves(), "put", "s2", shelf);

    assertEquals(List.of("PUT /shelves/s2 accept=application/xml"), requests);
    assertTrue(contentTypes.get(0).startsWith("application/xml"), contentTypes.get(0));
    Element root = parse(bodies.get(0));
    assertEquals("shelf", root.getLocalName());
    assertEquals("s2", root.getAttribute("id"));
    assertEquals("Sacred", text(root, "Label"));
    Element wrapper = (Element) root.getElementsByTagName("Books").item(0);
    NodeList sent = wrapper.getElementsByTagName("book");
    assertEquals(1, sent.getLength());
    Element sentBook = (Element) sent.item(0);
    assertEquals("978-2", sentBook.getAttribute("isbn"));
    assertEquals("Hymns & Psalms", text(sentBook, "title"));
    assertEquals("H-1", sentBook.getElementsByTagNameNS(CATALOG, "code").item(0).getTextContent());
    NodeList tags = root.getElementsByTagName("tag");
    assertEquals(2, tags.getLength());
    assertEquals("b", tags.item(1).getTextContent());
    assertEquals(0, root.getElementsByTagName("tags").getLength());
    Element lent = (Element) root.getElementsByTagName("Lent").item(0);
    assertEquals("Elegies", text(lent, "title"));
    assertEquals(1, lent.getElementsByTagName("book").getLength());
    Element last = (Element) root.getLastChild();
    assertEquals("book", last.getLocalName(), "the featured book is named as its schema says");
    assertEquals("Ballads", text(last, "title"));
    // the reply is read as well
    assertEquals("s1", call(stored, "getId"));
  }

  @Test
  void aListBodyIsOneElementNamedByItsSchemaAroundAnElementPerItem() throws Exception {
    Object first = classes.newInstance(PACKAGE + ".models.Shelf");
    call(first, "setLabel", "Poetry");
    Object second = classes.newInstance(PACKAGE + ".models.Shelf");
    call(second, "setLabel", "Prose");

    call(shelves(), "putAll", List.of(first, second));

    Element root = parse(bodies.get(0));
    assertEquals("Shelves", root.getLocalName(), "the body schema's xml.name");
    NodeList items = root.getChildNodes();
    assertEquals(2, items.getLength());
    assertEquals("shelf", items.item(0).getLocalName(), "the Shelf schema's xml.name");
    assertEquals("Prose", text((Element) items.item(1), "Label"));
  }

  @Test
  void aReplyThatIsNotXmlForTheModelIsAnErrorNamingTheType() {
    reply.set("<shelf><Label>unclosed</shelf>");

    ResponseBodyException e =
        assertThrows(ResponseBodyException.class, () -> call(shelves(), "get", "s1"));

    assertEquals(200, e.statusCode());
    String detail = e.getMessage() + " / " + e.getCause().getMessage();
    assertTrue(detail.contains("not valid XML for " + PACKAGE + ".models.Shelf"), detail);
  }

  private Object shelves() {
    Object builder = classes.callStatic(PACKAGE + ".ContosoShelvesClient", "builder");
    call(builder, "endpoint", "http://127.0.0.1:" + server.getAddress().getPort());
    return call(call(builder, "build"), "shelves");
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  private static String text(Element parent, String child) {
    return parent.getElementsByTagName(child).item(0).getTextContent();
  }
}
