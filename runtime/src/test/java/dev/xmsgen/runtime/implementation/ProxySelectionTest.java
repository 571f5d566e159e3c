package dev.xmsgen.runtime.implementation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.runtime.ClientOptions;
import dev.xmsgen.runtime.implementation.TestServer.Reply;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Which proxy requests go through: a real local proxy that counts what reaches it. */
class ProxySelectionTest {
  private final TestServer server = TestServer.start();
  private final CountingProxy proxy = new CountingProxy();

  @AfterEach
  void stop() throws IOException {
    server.close();
    proxy.close();
  }

  private HttpPipeline pipeline(Map<String, String> env, Map<String, String> properties) {
    ProxySelector selector =
        new EnvironmentProxySelector(env::get, properties::get, ProxySelector.getDefault());
    HttpClient client =
        HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).proxy(selector).build();
    return HttpPipeline.of(new ClientOptions().endpoint(server.base()).httpClient(client));
  }

  @Test
  void httpProxyFromTheEnvironmentCarriesTheRequests() {
    server.on("GET", "/items", Reply.json(200, "{}"));
    HttpPipeline p = pipeline(Map.of("HTTP_PROXY", "http://127.0.0.1:" + proxy.port()), Map.of());

    p.send(p.request("GET", "/items").build());

    assertEquals(List.of("GET " + server.base() + "/items HTTP/1.1"), proxy.requestLines());
    assertEquals(List.of(), server.requests());
  }

  @Test
  void noProxyListsHostsThatGoDirect() {
    server.on("GET", "/items", Reply.json(200, "{}"));
    HttpPipeline p =
        pipeline(
            Map.of("http_proxy", "127.0.0.1:" + proxy.port(), "NO_PROXY", "example.com,127.0.0.1"),
            Map.of());

    p.send(p.request("GET", "/items").build());

    assertEquals(List.of(), proxy.requestLines());
    assertEquals(1, server.requests("/items").size());
  }

  @Test
  void noProxyEntriesCoverSubdomainsAndStar() {
    Map<String, String> env =
        Map.of("HTTPS_PROXY", "http://proxy.internal:3128", "NO_PROXY", ".vault.azure.net");
    EnvironmentProxySelector selector = new EnvironmentProxySelector(env::get, k -> null, null);

    assertEquals(
        List.of(Proxy.NO_PROXY), selector.select(URI.create("https://my.vault.azure.net/keys")));
    java.net.InetSocketAddress chosen =
        (java.net.InetSocketAddress)
            selector.select(URI.create("https://management.azure.com/")).get(0).address();
    assertEquals("proxy.internal", chosen.getHostString());
    assertEquals(3128, chosen.getPort());
    EnvironmentProxySelector star =
        new EnvironmentProxySelector(
            Map.of("HTTPS_PROXY", "proxy:1", "NO_PROXY", "*")::get, k -> null, null);
    assertEquals(List.of(Proxy.NO_PROXY), star.select(URI.create("https://management.azure.com/")));
  }

  @Test
  void javaSystemPropertiesComeBeforeTheEnvironment() {
    Map<String, String> env = Map.of("HTTPS_PROXY", "http://env-proxy:1");
    Map<String, String> props = Map.of("https.proxyHost", "prop-proxy");
    ProxySelector jdk =
        new ProxySelector() {
          @Override
          public List<Proxy> select(URI uri) {
            return List.of(
                new Proxy(
                    Proxy.Type.HTTP, java.net.InetSocketAddress.createUnresolved("prop-proxy", 8)));
          }

          @Override
          public void connectFailed(URI uri, java.net.SocketAddress sa, IOException ioe) {}
        };

    Proxy chosen =
        new EnvironmentProxySelector(env::get, props::get, jdk)
            .select(URI.create("https://management.azure.com/"))
            .get(0);

    assertTrue(chosen.address().toString().contains("prop-proxy"), chosen.toString());
  }

  /** An HTTP proxy on a free local port that records request lines and answers each itself. */
  static final class CountingProxy implements AutoCloseable {
    private final ServerSocket socket;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    CountingProxy() {
      try {
        socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      Thread t = new Thread(this::serve, "counting-proxy");
      t.setDaemon(true);
      t.start();
    }

    int port() {
      return socket.getLocalPort();
    }

    List<String> requestLines() {
      synchronized (lines) {
        return new ArrayList<>(lines);
      }
    }

    private void serve() {
      while (!socket.isClosed()) {
        try (Socket s = socket.accept()) {
          String head = readHead(s.getInputStream());
          lines.add(head.split("\r\n", 2)[0]);
          s.getOutputStream()
              .write(
                  ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                          + "Connection: close\r\n\r\n{}")
                      .getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          return;
        }
      }
    }

    private static String readHead(InputStream in) throws IOException {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      int matched = 0;
      byte[] end = {'\r', '\n', '\r', '\n'};
      while (matched < 4) {
        int b = in.read();
        if (b < 0) {
          break;
        }
        out.write(b);
        matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
      }
      return out.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }
}
