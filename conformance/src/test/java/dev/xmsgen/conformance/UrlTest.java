package dev.xmsgen.conformance;

import static dev.xmsgen.conformance.Values.listOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import conformance.url.AutoRestUrlTestServiceClient;
import conformance.url.PathItemsClient;
import conformance.url.PathsClient;
import conformance.url.QueriesClient;
import conformance.url.models.UriColor;
import conformance.url_multi_collectionformat.AutoRestUrlMutliCollectionFormatTestServiceClient;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * url.json and url-multi-collectionFormat.json: path and query values of every type, encoded or
 * not, arrays in each collection format, and client-level (global) parameters. The server answers
 * 400 for any value that does not arrive as the scenario expects; each call checks for 200.
 */
class UrlTest {
  /** Multi-byte characters, escaped: some of them change under Unicode normalization. */
  private static final byte[] MULTIBYTE =
      "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"
          .getBytes(StandardCharsets.UTF_8);

  private static final List<String> ARRAY =
      listOf("ArrayQuery1", "begin!*'();:@ &=+$,/?#[]end", null, "");

  private static AutoRestUrlTestServiceClient.Builder client() {
    return AutoRestUrlTestServiceClient.builder()
        .endpoint(TestServer.endpoint())
        .globalStringPath("globalStringPath")
        .configure(TestServer::fast);
  }

  @Nested
  class Paths {
    private final PathsClient paths = client().build().paths();

    @Test
    void constantScalars() {
      assertEquals(200, paths.getBooleanTrueWithResponse().statusCode());
      assertEquals(200, paths.getBooleanFalseWithResponse().statusCode());
      assertEquals(200, paths.getIntOneMillionWithResponse().statusCode());
      assertEquals(200, paths.getIntNegativeOneMillionWithResponse().statusCode());
      assertEquals(200, paths.getTenBillionWithResponse().statusCode());
      assertEquals(200, paths.getNegativeTenBillionWithResponse().statusCode());
      assertEquals(200, paths.floatScientificPositiveWithResponse().statusCode());
      assertEquals(200, paths.floatScientificNegativeWithResponse().statusCode());
      assertEquals(200, paths.doubleDecimalPositiveWithResponse().statusCode());
      assertEquals(200, paths.doubleDecimalNegativeWithResponse().statusCode());
      assertEquals(200, paths.dateValidWithResponse().statusCode());
      assertEquals(200, paths.dateTimeValidWithResponse().statusCode());
    }

    @Test
    void stringsEncodedOrNot() {
      assertEquals(200, paths.stringUnicodeWithResponse().statusCode());
      assertEquals(200, paths.stringUrlEncodedWithResponse().statusCode());
      assertEquals(200, paths.stringUrlNonEncodedWithResponse().statusCode());
      assertEquals(200, paths.stringEmptyWithResponse().statusCode());
      assertThrows(NullPointerException.class, () -> paths.stringNull(null));
    }

    @Test
    void enumsBytesAndFormats() {
      assertEquals(200, paths.enumValidWithResponse(UriColor.GREEN_COLOR).statusCode());
      assertThrows(NullPointerException.class, () -> paths.enumNull(null));
      assertEquals(200, paths.byteMultiByteWithResponse(MULTIBYTE).statusCode());
      assertEquals(200, paths.byteEmptyWithResponse().statusCode());
      assertThrows(NullPointerException.class, () -> paths.byteNull(null));
      assertEquals(
          200, paths.base64UrlWithResponse("lorem".getBytes(StandardCharsets.UTF_8)).statusCode());
      assertEquals(
          200,
          paths
              .unixTimeUrlWithResponse(OffsetDateTime.of(2016, 4, 13, 0, 0, 0, 0, ZoneOffset.UTC))
              .statusCode());
      assertThrows(NullPointerException.class, () -> paths.dateNull(null));
      assertThrows(NullPointerException.class, () -> paths.dateTimeNull(null));
    }

    @Test
    void csvArrayInPath() {
      assertEquals(
          200,
          paths
              .arrayCsvInPathWithResponse(
                  listOf("ArrayPath1", "begin!*'();:@ &=+$,/?#[]end", null, ""))
              .statusCode());
    }
  }

  @Nested
  class Queries {
    private final QueriesClient queries = client().build().queries();

    @Test
    void constantScalarsAndOmittedOptionals() {
      assertEquals(200, queries.getBooleanTrueWithResponse().statusCode());
      assertEquals(200, queries.getBooleanFalseWithResponse().statusCode());
      assertEquals(200, queries.getBooleanNullWithResponse(null).statusCode());
      assertEquals(200, queries.getIntOneMillionWithResponse().statusCode());
      assertEquals(200, queries.getIntNegativeOneMillionWithResponse().statusCode());
      assertEquals(200, queries.getIntNullWithResponse(null).statusCode());
      assertEquals(200, queries.getTenBillionWithResponse().statusCode());
      assertEquals(200, queries.getNegativeTenBillionWithResponse().statusCode());
      assertEquals(200, queries.getLongNullWithResponse(null).statusCode());
      assertEquals(200, queries.floatScientificPositiveWithResponse().statusCode());
      assertEquals(200, queries.floatScientificNegativeWithResponse().statusCode());
      assertEquals(200, queries.floatNullWithResponse(null).statusCode());
      assertEquals(200, queries.doubleDecimalPositiveWithResponse().statusCode());
      assertEquals(200, queries.doubleDecimalNegativeWithResponse().statusCode());
      assertEquals(200, queries.doubleNullWithResponse(null).statusCode());
      assertEquals(200, queries.dateValidWithResponse().statusCode());
      assertEquals(200, queries.dateNullWithResponse(null).statusCode());
      assertEquals(200, queries.dateTimeValidWithResponse().statusCode());
      assertEquals(200, queries.dateTimeNullWithResponse(null).statusCode());
    }

    @Test
    void strings() {
      assertEquals(200, queries.stringUnicodeWithResponse().statusCode());
      assertEquals(200, queries.stringUrlEncodedWithResponse().statusCode());
      assertEquals(200, queries.stringEmptyWithResponse().statusCode());
      assertEquals(200, queries.stringNullWithResponse(null).statusCode());
    }

    @Test
    void enumsAndBytes() {
      assertEquals(200, queries.enumValidWithResponse(UriColor.GREEN_COLOR).statusCode());
      assertEquals(200, queries.enumNullWithResponse(null).statusCode());
      assertEquals(200, queries.byteMultiByteWithResponse(MULTIBYTE).statusCode());
      assertEquals(200, queries.byteEmptyWithResponse().statusCode());
      assertEquals(200, queries.byteNullWithResponse(null).statusCode());
    }

    @Test
    void arraysInEachCollectionFormat() {
      assertEquals(200, queries.arrayStringCsvValidWithResponse(ARRAY).statusCode());
      assertEquals(200, queries.arrayStringCsvNullWithResponse(null).statusCode());
      assertEquals(200, queries.arrayStringCsvEmptyWithResponse(List.of()).statusCode());
      assertEquals(
          200,
          queries
              .arrayStringNoCollectionFormatEmptyWithResponse(List.of("hello", "nihao", "bonjour"))
              .statusCode());
      assertEquals(200, queries.arrayStringSsvValidWithResponse(ARRAY).statusCode());
      assertEquals(200, queries.arrayStringTsvValidWithResponse(ARRAY).statusCode());
      assertEquals(200, queries.arrayStringPipesValidWithResponse(ARRAY).statusCode());
    }

    @Test
    void multiRepeatsTheParameter() {
      var multi =
          AutoRestUrlMutliCollectionFormatTestServiceClient.builder()
              .endpoint(TestServer.endpoint())
              .build()
              .queries();
      assertEquals(200, multi.arrayStringMultiValidWithResponse(ARRAY).statusCode());
      assertEquals(200, multi.arrayStringMultiNullWithResponse(null).statusCode());
      assertEquals(200, multi.arrayStringMultiEmptyWithResponse(List.of()).statusCode());
    }
  }

  @Nested
  class PathItems {
    @Test
    void globalParametersAreSetOnTheClient() {
      PathItemsClient all = client().globalStringQuery("globalStringQuery").build().pathItems();
      assertEquals(
          200,
          all.getAllWithValuesWithResponse(
                  "pathItemStringPath",
                  "localStringPath",
                  "pathItemStringQuery",
                  "localStringQuery")
              .statusCode());
      assertEquals(
          200,
          all.getLocalPathItemQueryNullWithResponse(
                  "pathItemStringPath", "localStringPath", null, null)
              .statusCode());
      PathItemsClient withoutGlobalQuery = client().build().pathItems();
      assertEquals(
          200,
          withoutGlobalQuery
              .getGlobalQueryNullWithResponse(
                  "pathItemStringPath",
                  "localStringPath",
                  "pathItemStringQuery",
                  "localStringQuery")
              .statusCode());
      assertEquals(
          200,
          withoutGlobalQuery
              .getGlobalAndLocalQueryNullWithResponse(
                  "pathItemStringPath", "localStringPath", "pathItemStringQuery", null)
              .statusCode());
    }
  }
}
