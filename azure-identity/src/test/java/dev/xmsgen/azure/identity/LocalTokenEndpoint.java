package dev.xmsgen.azure.identity;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A Microsoft Entra ID token endpoint on this machine, over https with a certificate made for the
 * test by the JDK's keytool: {@code POST /{tenant}/oauth2/v2.0/token} answers a client-credentials
 * grant with an OAuth2 token response, or with an OAuth2 error when the secret is wrong. It keeps
 * every form it was sent.
 */
final class LocalTokenEndpoint implements AutoCloseable {
  static final String SECRET = "the-right-secret";

  private final HttpsServer server;
  private final X509Certificate certificate;
  final List<Map<String, String>> forms = new CopyOnWriteArrayList<>();
  volatile String accessToken = "token-1";
  volatile long expiresIn = 3600;

  LocalTokenEndpoint(Path dir) throws Exception {
    char[] password = "changeit".toCharArray();
    Path keystore = dir.resolve("localhost.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-validity", "2", "-storetype", "PKCS12", "-keystore", keystore.toString(),
                "-storepass", new String(password))
            .redirectErrorStream(true)
            .start();
    String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + output);
    }
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keystore)) {
      keys.load(in, password);
    }
    certificate = (X509Certificate) keys.getCertificate("localhost");
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, password);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(kmf.getKeyManagers(), null, null);

    server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The authority host to give azure-identity. */
  String authorityHost() {
    return "https://localhost:" + server.getAddress().getPort() + "/";
  }

  /** The certificate a client must trust to talk to this endpoint. */
  X509Certificate certificate() {
    return certificate;
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (!exchange.getRequestMethod().equals("POST") || !path.endsWith("/oauth2/v2.0/token")) {
      respond(exchange, 404, "{\"error\": \"not_found\", \"error_description\": \"" + path + "\"}");
      return;
    }
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    form.put("path", path);
    forms.add(form);
    if (!SECRET.equals(form.get("client_secret"))) {
      respond(
          exchange,
          401,
          "{\"error\": \"invalid_client\", \"error_description\": \"AADSTS7000215: Invalid client"
              + " secret provided.\", \"error_codes\": [7000215]}");
      return;
    }
    respond(
        exchange,
        200,
        "{\"token_type\": \"Bearer\", \"expires_in\": " + expiresIn + ", \"ext_expires_in\": "
            + expiresIn + ", \"access_token\": \"" + accessToken + "\"}");
  }

  private static void respond(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
