package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import conformance.body_string.AutoRestSwaggerBATServiceClient;
import conformance.body_string.EnumClient;
import conformance.body_string.StringClient;
import conformance.body_string.models.ColorConstant;
import conformance.body_string.models.Colors;
import conformance.body_string.models.RefColorConstant;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** body-string.json: strings, base64 and string enums as whole bodies. */
class BodyStringTest {
  private static final AutoRestSwaggerBATServiceClient CLIENT =
      AutoRestSwaggerBATServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .configure(TestServer::fast)
          .build();
  private static final StringClient STRING = CLIENT.string();
  private static final EnumClient ENUM = CLIENT.enumValue();

  /** Multi-byte characters, escaped: some of them change under Unicode normalization. */
  private static final String MBCS =
      ""
          + "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"
          + "\u02ca\u301e\u3021\uffe4\u2121\u3231\u2010\u30fc\ufe61\ufe62"
          + "\ufe6b\u3001\u3013\u2170\u2179\u2488\u20ac\u3220\u3229\u2160"
          + "\u216b\uff01\uffe3\u3041\u3093\u30a1\u30f6\u0391\ufe34\u0410"
          + "\u042f\u0430\u044f\u0101\u0261\u3105\u3129\u2500\u254b\ufe35"
          + "\ufe44\ufe3b\ufe31\ufe33\ufe34\u2170\u2179\u0251\ue7c7\u0261"
          + "\u3007\u303e\u2ffb\u2e81\ue843\u4723\ue864\u20ac";

  private static final String WHITESPACE =
      "    Now is the time for all good men to come to the aid of their country    ";

  @Test
  void getNullAndNotProvidedReadNothing() {
    assertNull(STRING.getNull());
    assertNull(STRING.getNotProvided());
    assertNull(STRING.getNullBase64UrlEncoded());
  }

  @Test
  void putNullSendsNoBody() {
    assertEquals(200, STRING.putNullWithResponse(null).statusCode());
  }

  @Test
  void constantStringsAreReadAsStringsAndSentWithoutArguments() {
    assertEquals("", STRING.getEmpty());
    assertEquals(200, STRING.putEmptyWithResponse().statusCode());
    assertEquals(MBCS, STRING.getMbcs());
    assertEquals(200, STRING.putMbcsWithResponse().statusCode());
    assertEquals(WHITESPACE, STRING.getWhitespace());
    assertEquals(200, STRING.putWhitespaceWithResponse().statusCode());
  }

  @Test
  void base64() {
    assertArrayEquals(
        "a string that gets encoded with base64".getBytes(StandardCharsets.UTF_8),
        STRING.getBase64Encoded());
    assertArrayEquals(
        "a string that gets encoded with base64url".getBytes(StandardCharsets.UTF_8),
        STRING.getBase64UrlEncoded());
    assertEquals(
        200,
        STRING
            .putBase64UrlEncodedWithResponse(
                "a string that gets encoded with base64url".getBytes(StandardCharsets.UTF_8))
            .statusCode());
  }

  @Test
  void enums() {
    assertEquals(Colors.RED_COLOR, ENUM.getNotExpandable());
    assertEquals(200, ENUM.putNotExpandableWithResponse(Colors.RED_COLOR).statusCode());
    assertEquals(Colors.RED_COLOR, ENUM.getReferenced());
    assertEquals(200, ENUM.putReferencedWithResponse(Colors.RED_COLOR).statusCode());
  }

  @Test
  void constantEnumInAModel() {
    RefColorConstant value = ENUM.getReferencedConstant();
    assertEquals("Sample String", value.getField1());
    assertEquals(
        200,
        ENUM.putReferencedConstantWithResponse(
                new RefColorConstant().setColorConstant(ColorConstant.GREEN_COLOR))
            .statusCode());
  }
}
