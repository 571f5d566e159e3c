package dev.xmsgen.core.emit;

import static dev.xmsgen.core.testing.CompiledClasses.call;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.testing.CompiledClasses;
import dev.xmsgen.core.testing.InMemoryCompiler;
import dev.xmsgen.runtime.Json;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What users of generated models rely on, checked on the golden cases compiled in memory and used
 * through {@link Json#mapper()} (and a copy that fails on unknown properties, so nothing is
 * silently dropped).
 */
class GeneratedModelBehaviourTest {
  private static CompiledClasses classes;
  private static final ObjectMapper MAPPER = Json.mapper();
  private static final ObjectMapper STRICT =
      Json.mapper().copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @BeforeAll
  static void compile() {
    classes = InMemoryCompiler.compile(GoldenCases.emitAll());
  }

  private static String type(String caseName, String simpleName) {
    return GoldenCases.packageOf(caseName) + ".models." + simpleName;
  }

  private static Object create(String caseName, String simpleName) {
    return classes.newInstance(type(caseName, simpleName));
  }

  private static Object read(String json, String caseName, String simpleName) throws Exception {
    return STRICT.readValue(json, classes.type(type(caseName, simpleName)));
  }

  private static String write(Object value) throws Exception {
    return MAPPER.writeValueAsString(value);
  }

  /** Same JSON, whatever the key order. */
  private static void assertJson(String expected, String actual) throws Exception {
    assertEquals(MAPPER.readTree(expected), MAPPER.readTree(actual), actual);
  }

  private static void assertJsonRoundTrip(String json, String caseName, String simpleName)
      throws Exception {
    assertJson(json, write(read(json, caseName, simpleName)));
  }

  private static List<String> publicMethods(String caseName, String simpleName) {
    return Arrays.stream(classes.type(type(caseName, simpleName)).getMethods())
        .map(Method::getName)
        .toList();
  }

  @Nested
  class Enums {
    @Test
    void anUnknownOpenEnumValueSurvivesARoundTrip() throws Exception {
      assertJsonRoundTrip(
          "{\"history\":[\"Succeeded\",\"Upgrading\"],\"priority\":7}", "enums", "Task");
    }

    @Test
    void anOpenEnumKeepsUnknownValuesAsNewInstancesOutsideTheKnownValues() {
      String state = type("enums", "ProvisioningState");
      Object upgrading = classes.callStatic(state, "fromString", "Upgrading");
      assertEquals("Upgrading", upgrading.toString());
      assertEquals(upgrading, classes.callStatic(state, "fromString", "Upgrading"));
      assertEquals(
          upgrading.hashCode(), classes.callStatic(state, "fromString", "Upgrading").hashCode());
      assertSame(
          classes.constant(state, "SUCCEEDED"),
          classes.callStatic(state, "fromString", "Succeeded"));
      assertNotEquals(
          classes.constant(state, "SUCCEEDED"),
          classes.callStatic(state, "fromString", "succeeded"));
      Collection<?> values = (Collection<?>) classes.callStatic(state, "values");
      assertEquals("[Succeeded, Failed, In-Progress]", values.toString());
      assertFalse(values.contains(upgrading));
      assertNull(classes.callStatic(state, "fromString", (Object) null));
    }

    @Test
    void aNumericOpenEnumKeepsItsJsonType() throws Exception {
      Object task = read("{\"priority\":3}", "enums", "Task");
      Object priority = call(task, "getPriority");
      assertSame(classes.constant(type("enums", "Priority"), "_3"), priority);
      assertEquals(3, call(priority, "getValue"));
      assertEquals("{\"priority\":3}", write(task));
    }

    @Test
    void aClosedEnumValueTheEnumDoesNotListReadsAndIsWrittenBackAsItCame() throws Exception {
      Object task = read("{\"sku\":\"basic\",\"level\":30}", "enums", "Task");

      assertNull(call(task, "getSku"));
      assertEquals("basic", call(task, "getSkuWireValue"));
      assertNull(call(task, "getLevel"));
      assertEquals(30L, call(task, "getLevelWireValue"));
      assertJson("{\"sku\":\"basic\",\"level\":30}", write(task));
      // what callers of the enum itself still get: a clear refusal
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> classes.callStatic(type("enums", "SkuName"), "fromString", "basic"));
      assertEquals("Unknown SkuName value 'basic'; known values: standard, premium", e.getMessage());
    }

    @Test
    void listsAndMapsOfAClosedEnumKeepValuesItDoesNotListToo() throws Exception {
      String json =
          "{\"kind\":\"Microsoft.Tasks/probes\",\"skus\":[\"standard\",\"Ultra\",null],"
              + "\"skuByRegion\":{\"eu\":\"PREMIUM\",\"us\":\"basic\"}}";
      Object probe = read(json, "enums", "Probe");
      String sku = type("enums", "SkuName");

      assertEquals(
          Arrays.asList(classes.constant(sku, "STANDARD"), null, null), call(probe, "getSkus"));
      assertEquals(Arrays.asList("standard", "Ultra", null), call(probe, "getSkusWireValue"));
      Map<String, Object> byRegion = new LinkedHashMap<>();
      byRegion.put("eu", classes.constant(sku, "PREMIUM"));
      byRegion.put("us", null);
      assertEquals(byRegion, call(probe, "getSkuByRegion"));
      assertJson(json, write(probe));

      call(probe, "setSkus", List.of(classes.constant(sku, "PREMIUM")));
      assertEquals(List.of("premium"), call(probe, "getSkusWireValue"));
    }

    @Test
    void aNullableClosedEnumKeepsAValueItDoesNotListAndAnExplicitNull() throws Exception {
      Object unknown = read("{\"kind\":\"Microsoft.Tasks/probes\",\"fallbackSku\":\"Gold\"}",
          "enums", "Probe");
      Object explicitNull =
          read("{\"kind\":\"Microsoft.Tasks/probes\",\"fallbackSku\":null}", "enums", "Probe");

      assertNull(call(unknown, "getFallbackSku"));
      assertEquals("Gold", call(unknown, "getFallbackSkuWireValue"));
      assertJson("{\"kind\":\"Microsoft.Tasks/probes\",\"fallbackSku\":\"Gold\"}", write(unknown));
      assertJson("{\"kind\":\"Microsoft.Tasks/probes\",\"fallbackSku\":null}", write(explicitNull));
      call(explicitNull, "setFallbackSku", classes.constant(type("enums", "SkuName"), "PREMIUM"));
      assertJson(
          "{\"kind\":\"Microsoft.Tasks/probes\",\"fallbackSku\":\"premium\"}", write(explicitNull));
    }

    @Test
    void aFlattenedClosedEnumKeepsAValueItDoesNotListAndTellsItThroughThePath()
        throws Exception {
      String json = "{\"properties\":{\"settings\":{\"tier\":\"Enterprise\"}}}";
      Object outer = read(json, "flatten", "Outer");

      assertNull(call(outer, "getTier"));
      assertEquals("Enterprise", call(outer, "getTierWireValue"));
      assertJson(json, write(outer));
      assertNull(call(create("flatten", "Outer"), "getTierWireValue"));
    }

    @Test
    void aClosedEnumReadsItsValuesForgivingCaseAndWritesThemAsTheyCame() throws Exception {
      Object task = read("{\"sku\":\"Premium\",\"level\":20,\"weight\":0.5}", "enums", "Task");
      assertEquals("PREMIUM", ((Enum<?>) call(task, "getSku")).name());
      assertJson("{\"sku\":\"Premium\",\"level\":20,\"weight\":0.5}", write(task));
      call(task, "setSku", classes.constant(type("enums", "SkuName"), "STANDARD"));
      assertJson("{\"sku\":\"standard\",\"level\":20,\"weight\":0.5}", write(task));
    }
  }

  @Nested
  class Flattening {
    @Test
    void modelsAreEqualByValueAndPrintWhatIsSetButNoSecret() throws Exception {
      String json =
          "{\"createdAt\":\"2024-01-02T03:04:05Z\",\"payload\":\"AQID\",\"password\":\"hunter2\"}";
      Object a = read(json, "formats", "Formats");
      Object b = read(json, "formats", "Formats");
      assertNotSame(a, b);
      assertEquals(a, b);
      assertEquals(a.hashCode(), b.hashCode());
      assertNotEquals(a, read("{\"payload\":\"AQIE\"}", "formats", "Formats"));
      assertEquals(
          "Formats{createdAt=2024-01-02T03:04:05Z, payload=(3 bytes), password=(secret)}",
          a.toString());

      Object dog = read("{\"kind\":\"dog\",\"name\":\"Rex\",\"barks\":true}", "discriminator", "Pet");
      Object same = read("{\"kind\":\"dog\",\"name\":\"Rex\",\"barks\":true}", "discriminator", "Pet");
      Object other = read("{\"kind\":\"dog\",\"name\":\"Max\",\"barks\":true}", "discriminator", "Pet");
      assertEquals(dog, same);
      assertNotEquals(dog, other);
      assertEquals("Dog{barks=true} extends Pet{kind=dog, name=Rex}", dog.toString());
    }

    @Test
    void aFlattenedPropertySetOnTheOuterClassIsWrittenNested() throws Exception {
      Object state = create("flatten", "PrivateLinkServiceConnectionState");
      call(state, "setStatus", "Approved");
      Object connection = create("flatten", "PrivateEndpointConnection");
      assertSame(connection, call(connection, "setPrivateLinkServiceConnectionState", state));
      call(connection, "setEtag", "e1");
      String json = write(connection);
      assertJson(
          "{\"properties\":{\"privateLinkServiceConnectionState\":{\"status\":\"Approved\"}},\"etag\":\"e1\"}",
          json);
      Object back = read(json, "flatten", "PrivateEndpointConnection");
      assertEquals(
          "Approved", call(call(back, "getPrivateLinkServiceConnectionState"), "getStatus"));
    }

    @Test
    void theNestedObjectHasNoPublicAccessorAndReadOnlyLeavesNoSetter() {
      List<String> methods = publicMethods("flatten", "PrivateEndpointConnection");
      assertFalse(methods.contains("getProperties"), methods.toString());
      assertFalse(methods.contains("innerProperties"), methods.toString());
      assertTrue(methods.contains("getProvisioningState"), methods.toString());
      assertFalse(methods.contains("setProvisioningState"), methods.toString());
    }

    @Test
    void aReadOnlyFlattenedLeafIsReadButNotWritten() throws Exception {
      Object connection =
          read(
              "{\"properties\":{\"provisioningState\":\"Succeeded\"}}",
              "flatten",
              "PrivateEndpointConnection");
      assertEquals("Succeeded", call(connection, "getProvisioningState"));
      assertEquals("{\"properties\":{}}", write(connection));
    }

    @Test
    void gettersOfAnUntouchedModelReturnNullAndNothingIsWritten() throws Exception {
      Object outer = create("flatten", "Outer");
      assertNull(call(outer, "getName"));
      assertNull(call(outer, "getEnabled"));
      assertEquals("{}", write(outer));
    }

    @Test
    void flatteningInsideFlatteningCreatesBothLevelsAndReadsBack() throws Exception {
      Object outer = create("flatten", "Outer");
      call(call(outer, "setEnabled", true), "setRetention", Duration.ofMinutes(90));
      String json = write(outer);
      assertJson(
          "{\"properties\":{\"settings\":{\"enabled\":true,\"retention\":\"PT1H30M\"}}}", json);
      Object back =
          read(
              "{\"properties\":{\"name\":\"n\",\"settings\":{\"enabled\":true,\"mode\":\"auto\"}}}",
              "flatten",
              "Outer");
      assertEquals(true, call(back, "getEnabled"));
      assertEquals("auto", call(back, "getMode"));
      assertEquals("n", call(back, "getName"));
      assertFalse(publicMethods("flatten", "Outer").contains("setMode"));
    }

    @Test
    void aSubclassInheritsFlattenedAccessorsAndItsSettersKeepTheSubclassType() throws Exception {
      Object managed = create("flatten", "ManagedConnection");
      Object endpoint = create("flatten", "PrivateEndpoint");
      assertSame(managed, call(managed, "setPrivateEndpoint", endpoint));
      assertEquals(
          classes.type(type("flatten", "ManagedConnection")),
          classes
              .type(type("flatten", "ManagedConnection"))
              .getMethod("setPrivateEndpoint", endpoint.getClass())
              .getReturnType());
      call(managed, "setOwner", "me");
      assertJson("{\"properties\":{\"privateEndpoint\":{}},\"owner\":\"me\"}", write(managed));
    }
  }

  @Nested
  class ReadOnly {
    @Test
    void readOnlyPropertiesAreReadButNeverWritten() throws Exception {
      Object vault =
          read(
              "{\"id\":\"/subscriptions/s/vaults/v\",\"name\":\"v\",\"type\":\"Microsoft.KeyVault/vaults\","
                  + "\"location\":\"westus\",\"createdAt\":\"2020-01-01T00:00:00Z\"}",
              "inheritance",
              "Vault");
      assertEquals("/subscriptions/s/vaults/v", call(vault, "getId"));
      assertEquals(
          OffsetDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), call(vault, "getCreatedAt"));
      assertEquals("{\"location\":\"westus\"}", write(vault));
      List<String> methods = publicMethods("inheritance", "Vault");
      assertFalse(methods.contains("setId"));
      assertFalse(methods.contains("setCreatedAt"));
    }

    @Test
    void inheritedSettersChainWithTheSubclassType() throws Exception {
      Object vault = create("inheritance", "Vault");
      Object chained = call(call(vault, "setLocation", "westus"), "setTags", Map.of("env", "test"));
      assertSame(vault, chained);
      Object properties = create("inheritance", "VaultProperties");
      call(
          call(properties, "setTenantId", UUID.fromString("00000000-0000-0000-0000-000000000001")),
          "setEnabledForDeployment",
          true);
      call(vault, "setProperties", properties);
      assertEquals(true, call(properties, "getEnabledForDeployment"));
      assertJson(
          "{\"location\":\"westus\",\"tags\":{\"env\":\"test\"},\"properties\":{"
              + "\"tenantId\":\"00000000-0000-0000-0000-000000000001\",\"enabledForDeployment\":true}}",
          write(vault));
    }
  }

  @Nested
  class Discriminators {
    @Test
    void aSubtypeIsReadFromItsWireValueAndWritesItBack() throws Exception {
      String json =
          "{\"odata.type\":\"#Microsoft.Azure.Search.StandardAsciiFoldingAnalyzer\",\"name\":\"folding\","
              + "\"maxTokenLength\":5,\"preserveOriginal\":true}";
      Object analyzer = read(json, "discriminator", "Analyzer");
      assertEquals(
          type("discriminator", "StandardAsciiFoldingAnalyzer"), analyzer.getClass().getName());
      assertEquals(true, call(analyzer, "getPreserveOriginal"));
      assertJson(json, write(analyzer));
    }

    @Test
    void subtypesAreReadInsideListsAndProperties() throws Exception {
      String json =
          "{\"name\":\"i\",\"analyzers\":[{\"odata.type\":\"#Microsoft.Azure.Search.CustomAnalyzer\","
              + "\"name\":\"c\",\"tokenizer\":\"t\"},{\"odata.type\":\"#Microsoft.Azure.Search.StandardAnalyzer\","
              + "\"name\":\"s\"}],\"defaultAnalyzer\":{\"odata.type\":\"#Microsoft.Azure.Search.CustomAnalyzer\","
              + "\"name\":\"d\",\"tokenizer\":\"t\"}}";
      Object index = read(json, "discriminator", "SearchIndex");
      List<?> analyzers = (List<?>) call(index, "getAnalyzers");
      assertEquals("CustomAnalyzer", analyzers.get(0).getClass().getSimpleName());
      assertEquals("StandardAnalyzer", analyzers.get(1).getClass().getSimpleName());
      assertEquals("CustomAnalyzer", call(index, "getDefaultAnalyzer").getClass().getSimpleName());
      assertJson(json, write(index));
    }

    @Test
    void aNewSubtypeWritesItsOwnWireValue() throws Exception {
      Object custom = create("discriminator", "CustomAnalyzer");
      call(call(custom, "setName", "c"), "setTokenizer", "t");
      assertEquals("#Microsoft.Azure.Search.CustomAnalyzer", call(custom, "getOdataType"));
      assertJson(
          "{\"odata.type\":\"#Microsoft.Azure.Search.CustomAnalyzer\",\"name\":\"c\",\"tokenizer\":\"t\"}",
          write(custom));
      assertJson(
          "{\"odata.type\":\"#Microsoft.Azure.Search.StandardAsciiFoldingAnalyzer\"}",
          write(create("discriminator", "StandardAsciiFoldingAnalyzer")));
      assertFalse(publicMethods("discriminator", "Analyzer").contains("setOdataType"));
    }

    @Test
    void anUnknownWireValueReadsAsTheRootAndKeepsTheValue() throws Exception {
      String json = "{\"odata.type\":\"#Microsoft.Azure.Search.FutureAnalyzer\",\"name\":\"f\"}";
      Object analyzer = read(json, "discriminator", "Analyzer");
      assertEquals(type("discriminator", "Analyzer"), analyzer.getClass().getName());
      assertJson(json, write(analyzer));
    }

    @Test
    void anEnumTypedDiscriminatorSelectsTheSubtype() throws Exception {
      Object dog =
          read("{\"kind\":\"dog\",\"name\":\"Rex\",\"barks\":true}", "discriminator", "Pet");
      assertEquals("Dog", dog.getClass().getSimpleName());
      assertEquals("dog", call(dog, "getKind").toString());
      assertJson("{\"kind\":\"dog\",\"name\":\"Rex\",\"barks\":true}", write(dog));
      assertEquals("{\"kind\":\"cat\"}", write(create("discriminator", "Cat")));
    }
  }

  @Nested
  class Validation {
    @Test
    void validateNamesTheModelAndTheMissingProperty() {
      Object order = create("validation", "Order");
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> call(order, "validate"));
      assertEquals("Order.customer is required", e.getMessage());
    }

    @Test
    void validateRecursesIntoModelsListsMapsAndListsOfLists() throws Exception {
      String valid =
          "{\"customer\":{\"name\":\"c\"},\"lines\":[{\"sku\":\"a\",\"quantity\":1}],\"reference\":\"r\"}";
      call(read(valid, "validation", "Order"), "validate");
      assertValidateFails(
          "Customer.name is required", "{\"customer\":{},\"lines\":[],\"reference\":\"r\"}");
      assertValidateFails(
          "Line.quantity is required",
          "{\"customer\":{\"name\":\"c\"},\"lines\":[{\"sku\":\"a\"}],\"reference\":\"r\"}");
      assertValidateFails(
          "Line.sku is required",
          "{\"customer\":{\"name\":\"c\"},\"lines\":[],\"extras\":{\"x\":{\"quantity\":1}},\"reference\":\"r\"}");
      assertValidateFails(
          "Line.sku is required",
          "{\"customer\":{\"name\":\"c\"},\"lines\":[],\"batches\":[[],[{\"quantity\":1}]],\"reference\":\"r\"}");
    }

    private void assertValidateFails(String message, String json) throws Exception {
      Object order = read(json, "validation", "Order");
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> call(order, "validate"));
      assertEquals(message, e.getMessage());
    }

    @Test
    void validateChecksInheritedFlattenedAndRecursiveModels() throws Exception {
      Object vault =
          read(
              "{\"properties\":{\"tenantId\":\"00000000-0000-0000-0000-000000000001\"}}",
              "inheritance",
              "Vault");
      assertEquals(
          "TrackedResource.location is required",
          assertThrows(IllegalStateException.class, () -> call(vault, "validate")).getMessage());
      Object connection = read("{\"properties\":{}}", "flatten", "PrivateEndpointConnection");
      assertEquals(
          "PrivateEndpointConnectionProperties.privateLinkServiceConnectionState is required",
          assertThrows(IllegalStateException.class, () -> call(connection, "validate"))
              .getMessage());
      Object tree =
          read(
              "{\"name\":\"root\",\"children\":[{\"name\":\"a\",\"index\":{\"b\":{}}}]}",
              "recursive",
              "TreeNode");
      assertEquals(
          "TreeNode.name is required",
          assertThrows(IllegalStateException.class, () -> call(tree, "validate")).getMessage());
      Object department = read("{\"head\":{\"manager\":{}}}", "recursive", "Department");
      assertEquals(
          "Employee.name is required",
          assertThrows(IllegalStateException.class, () -> call(department, "validate"))
              .getMessage());
      Object catalog = read("{\"title\":\"t\",\"first\":{}}", "additionalprops", "Catalog");
      assertEquals(
          "Item.sku is required",
          assertThrows(IllegalStateException.class, () -> call(catalog, "validate")).getMessage());
    }
  }

  @Nested
  class Formats {
    @Test
    void dateTimeVariantsParseAndRfc3339IsWritten() throws Exception {
      OffsetDateTime noon = OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC);
      for (String wire :
          List.of(
              "2020-01-01T12:00:00Z",
              "2020-01-01T12:00:00.0000000Z",
              "2020-01-01T12:00:00",
              "2020-01-01t12:00:00z")) {
        Object formats = read("{\"createdAt\":\"" + wire + "\"}", "formats", "Formats");
        assertEquals(noon, call(formats, "getCreatedAt"), wire);
        assertEquals("{\"createdAt\":\"2020-01-01T12:00:00Z\"}", write(formats));
      }
      Object withFraction =
          read("{\"dates\":[\"2019-01-01T00:00:00.1234567+01:00\"]}", "formats", "Formats");
      assertEquals("{\"dates\":[\"2019-01-01T00:00:00.1234567+01:00\"]}", write(withFraction));
    }

    @Test
    void everyFormatRoundTrips() throws Exception {
      String json =
          "{\"createdAt\":\"2020-01-01T12:00:00Z\",\"birthday\":\"2020-01-31\",\"timeout\":\"P1DT2H\","
              + "\"id\":\"00000000-0000-0000-0000-000000000001\",\"payload\":\"AQID\",\"lastModified\":\"Wed,"
              + " 01 Jan 2020 12:00:00"
              + " GMT\",\"expires\":1577880000,\"key\":\"-_8\",\"history\":[\"Wed, 01 Jan 2020"
              + " 12:00:00 GMT\"],\"stamps\":{\"a\":1577880000},"
              + "\"keys\":[\"-_8\"],\"dates\":[\"2020-01-01T12:00:00Z\"],\"price\":12.50,\"count\":9007199254740993,"
              + "\"ratio\":0.5,\"score\":0.25,\"website\":\"https://example.test\",\"anything\":{\"a\":[1]},"
              + "\"flags\":[true,false]}";
      Object formats = read(json, "formats", "Formats");
      assertEquals(LocalDate.of(2020, 1, 31), call(formats, "getBirthday"));
      assertEquals(Duration.ofHours(26), call(formats, "getTimeout"));
      assertArrayEquals(new byte[] {1, 2, 3}, (byte[]) call(formats, "getPayload"));
      assertArrayEquals(new byte[] {(byte) 0xfb, (byte) 0xff}, (byte[]) call(formats, "getKey"));
      assertEquals(call(formats, "getLastModified"), call(formats, "getExpires"));
      assertEquals(9007199254740993L, call(formats, "getCount"));
      assertJson(json, write(formats));
    }
  }

  @Nested
  class AdditionalProperties {
    @Test
    void undeclaredKeysAreKeptAndWrittenBackBesideTheDeclaredOnes() throws Exception {
      Object bag = read("{\"name\":\"n\",\"x\":\"1\",\"y\":\"2\"}", "additionalprops", "Bag");
      assertEquals(Map.of("x", "1", "y", "2"), call(bag, "getAdditionalProperties"));
      assertJson("{\"name\":\"n\",\"x\":\"1\",\"y\":\"2\"}", write(bag));
    }

    @Test
    void untouchedMapsAreNotWritten() throws Exception {
      assertEquals("{}", write(create("additionalprops", "Bag")));
      assertEquals("{}", write(create("additionalprops", "Tagged")));
      Object tagged = create("additionalprops", "Tagged");
      call(tagged, "setTags", Map.of());
      assertEquals("{\"tags\":{}}", write(tagged));
    }

    @Test
    void additionalPropertiesUseTheirFormat() throws Exception {
      assertJsonRoundTrip("{\"a\":\"Wed, 01 Jan 2020 12:00:00 GMT\"}", "additionalprops", "Stamps");
      Object stamps =
          read("{\"a\":\"Wed, 01 Jan 2020 12:00:00 GMT\"}", "additionalprops", "Stamps");
      assertEquals(
          Map.of("a", OffsetDateTime.of(2020, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC)),
          call(stamps, "getAdditionalProperties"));
      assertJsonRoundTrip("{\"a\":{\"b\":[1,null]},\"c\":null}", "additionalprops", "Anything");
    }

    @Test
    void aDeclaredPropertyNamedAdditionalPropertiesKeepsItsNameAndTheMapGetsAnother()
        throws Exception {
      String json = "{\"additionalProperties\":{\"height\":5.5},\"color\":\"red\"}";
      Object measured = read(json, "additionalprops", "Measured");
      assertEquals(Map.of("height", 5.5), call(measured, "getAdditionalProperties"));
      assertEquals(Map.of("color", "red"), call(measured, "getUndeclaredProperties"));
      assertJson(json, write(measured));
    }
  }

  @Test
  void keywordSafeNamesMapToTheirWireNames() throws Exception {
    String json =
        "{\"class\":\"c\",\"default\":true,\"isDefault\":false,\"$ref\":\"r\",\"@odata.etag\":\"e\",\"1st\":1,"
            + "\"x-ms-foo\":\"f\",\"error\":{\"message\":\"m\"},\"word\":\"values\"}";
    Object model = read(json, "keywords", "Override");
    assertEquals("c", call(model, "getClassValue"));
    assertEquals(true, call(model, "getDefaultValue"));
    assertEquals(false, call(model, "getIsDefault"));
    assertEquals(1, call(model, "get_1st"));
    assertSame(classes.constant(type("keywords", "Word"), "VALUES"), call(model, "getWord"));
    assertJson(json, write(model));
  }
}
