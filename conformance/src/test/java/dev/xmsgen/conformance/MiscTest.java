package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import conformance.body_binary.BinaryWithContentTypeApplicationJsonClient;
import conformance.body_file.AutoRestSwaggerBATFileServiceClient;
import conformance.body_formdata.AutoRestSwaggerBATFormDataServiceClient;
import conformance.media_types.MediaTypesClient;
import conformance.media_types.models.SourcePath;
import conformance.required_optional.AutoRestRequiredOptionalTestServiceClient;
import conformance.required_optional.models.ArrayOptionalWrapper;
import conformance.required_optional.models.ClassOptionalWrapper;
import conformance.required_optional.models.IntOptionalWrapper;
import conformance.required_optional.models.StringOptionalWrapper;
import conformance.reserved_words.ReservedWordsClient;
import conformance.reserved_words.models.MyEnum;
import conformance.validation.AutoRestValidationTestClient;
import conformance.validation.models.ChildProduct;
import conformance.validation.models.ChildProductConstProperty;
import conformance.validation.models.ConstantProduct;
import conformance.validation.models.ConstantProductConstProperty2;
import conformance.validation.models.ConstantProductConstProperty;
import conformance.validation.models.Product;
import conformance.validation.models.ProductConstInt;
import conformance.validation.models.ProductConstString;
import dev.xmsgen.runtime.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * body-binary.json, body-file.json, media_types.json, reserved-words.json, required-optional.json
 * and validation.json.
 */
class MiscTest {
  private static final byte[] HELLO = "hello, world".getBytes(StandardCharsets.UTF_8);

  @Nested
  class Bytes {
    @Test
    void uploadsAndDownloads() {
      var client =
          BinaryWithContentTypeApplicationJsonClient.builder()
              .endpoint(TestServer.endpoint())
              .build();
      // a file whose bytes happen to be JSON, sent as they are
      byte[] cowbell = "{\"more\":\"cowbell\"}".getBytes(StandardCharsets.UTF_8);
      assertEquals(200, client.upload().fileWithResponse(cowbell).statusCode());
      assertEquals(200, client.upload().binaryWithResponse(HELLO).statusCode());
      ApiException error = assertThrows(ApiException.class, () -> client.download().errorStream());
      assertEquals("I failed on purpose", error.errorMessage());
    }

    @Test
    void files() {
      var files =
          AutoRestSwaggerBATFileServiceClient.builder()
              .endpoint(TestServer.endpoint())
              .build()
              .files();
      byte[] png = files.getFile();
      assertEquals(8725, png.length);
      assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4));
      assertEquals(null, files.getEmptyFile());
    }

    @Test
    void aStreamUploadedAsTheBodyComesBack() {
      // body-formdata.json: the one operation of the file that takes its bytes as the whole body
      var formdata =
          AutoRestSwaggerBATFormDataServiceClient.builder()
              .endpoint(TestServer.endpoint())
              .build()
              .formdata();
      assertArrayEquals(HELLO, formdata.uploadFileViaBody(HELLO));
    }
  }

  @Nested
  class MediaTypes {
    private final conformance.media_types.MediaTypesOperationsClient media =
        MediaTypesClient.builder().endpoint(TestServer.endpoint()).build().mediaTypesOperations();

    @Test
    void aModelGoesAsJsonAndBytesAsTheirMediaType() {
      assertEquals("Nice job with JSON", media.analyzeBody(new SourcePath().setSource("hello")));
      assertEquals(
          202,
          media
              .analyzeBodyNoAcceptHeaderWithResponse(new SourcePath().setSource("hello"))
              .statusCode());
      assertEquals(
          "Nice job sending content type with encoding", media.contentTypeWithEncoding("input"));
      assertEquals(200, media.binaryBodyWithTwoContentTypesWithResponse(HELLO).statusCode());
      assertEquals(200, media.binaryBodyWithThreeContentTypesWithResponse(HELLO).statusCode());
      assertEquals(200, media.bodyThreeTypesWithResponse(Map.of("hello", "world")).statusCode());
    }
  }

  @Test
  void reservedWords() {
    var client = ReservedWordsClient.builder().endpoint(TestServer.endpoint()).build();
    assertEquals(200, client.importValue().operationOneWithResponse("foo").statusCode());
    var operations = client.reservedWordsOperations();
    assertEquals(200, operations.operationWithContentParamWithResponse(HELLO).statusCode());
    assertEquals(
        200, operations.operationWithJsonParamWithResponse(Map.of("hello", "world")).statusCode());
    assertEquals(200, operations.operationWithDataParamWithResponse("hello", "world").statusCode());
    assertEquals(200, operations.operationWithFilesParamWithResponse(HELLO, "my.txt").statusCode());
    assertEquals(
        200,
        operations
            .operationWithUrlWithResponse("foo", "x-ms-header", List.of("one", "two"))
            .statusCode());
    assertEquals(200, operations.reservedEnumWithResponse(MyEnum.IMPORT).statusCode());
  }

  @Nested
  class RequiredAndOptional {
    private final AutoRestRequiredOptionalTestServiceClient client =
        AutoRestRequiredOptionalTestServiceClient.builder()
            .endpoint(TestServer.endpoint())
            .requiredGlobalPath("path")
            .requiredGlobalQuery("query")
            .build();

    @Test
    void omittedOptionalsAreNotSent() {
      var implicit = client.implicit();
      assertEquals(200, implicit.putOptionalQueryWithResponse(null).statusCode());
      assertEquals(200, implicit.putOptionalHeaderWithResponse(null).statusCode());
      assertEquals(200, implicit.putOptionalBodyWithResponse(null).statusCode());
      assertEquals(200, implicit.putOptionalBinaryBodyWithResponse(null).statusCode());
      assertEquals(200, implicit.getOptionalGlobalQueryWithResponse().statusCode());
      var explicit = client.explicit();
      assertEquals(200, explicit.putOptionalBinaryBodyWithResponse(null).statusCode());
      assertEquals(200, explicit.putRequiredBinaryBodyWithResponse(HELLO).statusCode());
      assertEquals(200, explicit.postOptionalIntegerParameterWithResponse(null).statusCode());
      assertEquals(200, explicit.postOptionalStringHeaderWithResponse(null).statusCode());
      assertEquals(200, explicit.postOptionalArrayParameterWithResponse(null).statusCode());
    }

    @Test
    void everyOptionalKindLeftOutOfParameterPropertyAndHeader() {
      var explicit = client.explicit();
      assertEquals(200, explicit.postOptionalIntegerPropertyWithResponse(new IntOptionalWrapper()).statusCode());
      assertEquals(200, explicit.postOptionalIntegerHeaderWithResponse(null).statusCode());
      assertEquals(200, explicit.postOptionalStringParameterWithResponse(null).statusCode());
      assertEquals(
          200, explicit.postOptionalStringPropertyWithResponse(new StringOptionalWrapper()).statusCode());
      assertEquals(200, explicit.postOptionalClassParameterWithResponse(null).statusCode());
      assertEquals(
          200, explicit.postOptionalClassPropertyWithResponse(new ClassOptionalWrapper()).statusCode());
      assertEquals(
          200, explicit.postOptionalArrayPropertyWithResponse(new ArrayOptionalWrapper()).statusCode());
      assertEquals(200, explicit.postOptionalArrayHeaderWithResponse(null).statusCode());
    }

    @Test
    void requiredArgumentsAreCheckedBeforeAnythingIsSent() {
      var explicit = client.explicit();
      assertThrows(NullPointerException.class, () -> explicit.postRequiredStringParameter(null));
      assertThrows(NullPointerException.class, () -> explicit.postRequiredClassParameter(null));
      assertThrows(NullPointerException.class, () -> client.implicit().getRequiredPath(null));
      assertThrows(
          NullPointerException.class,
          () -> AutoRestRequiredOptionalTestServiceClient.builder().endpoint("http://x").build());
    }
  }

  @Nested
  class Constants {
    private final conformance.validation.AutoRestValidationTestOperationsClient validation =
        AutoRestValidationTestClient.builder()
            .endpoint(TestServer.endpoint())
            .subscriptionId("abc123")
            .apiVersion("1.0.0")
            .build()
            .autoRestValidationTestOperations();

    @Test
    void constantsInThePathAndInTheBody() {
      assertEquals(200, validation.getWithConstantInPathWithResponse().statusCode());
      Product sent =
          new Product()
              .setConstString(ProductConstString.CONSTANT)
              .setConstInt(ProductConstInt._0)
              .setChild(new ChildProduct().setConstProperty(ChildProductConstProperty.CONSTANT))
              .setConstChild(
                  new ConstantProduct()
                      .setConstProperty(ConstantProductConstProperty.CONSTANT)
                      .setConstProperty2(ConstantProductConstProperty2.CONSTANT2));
      Product back = validation.postWithConstantInBody(sent);
      assertEquals(ProductConstInt._0, back.getConstInt());
      assertTrue(
          back.getConstChild().getConstProperty2() == ConstantProductConstProperty2.CONSTANT2);
    }
  }
}
