package dev.xmsgen.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import conformance.model_flattening.AutoRestResourceFlatteningTestServiceClient;
import conformance.model_flattening.AutoRestResourceFlatteningTestServiceOperationsClient;
import conformance.model_flattening.models.FlattenParameterGroup;
import conformance.model_flattening.models.FlattenedProduct;
import conformance.model_flattening.models.Resource;
import conformance.model_flattening.models.ResourceCollection;
import conformance.model_flattening.models.SimpleProduct;
import conformance.model_flattening.models.SimpleProductPropertiesCapacity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * model-flattening.json: properties nested under {@code x-ms-client-flatten} read and written
 * through the outer model, in lists, dictionaries and collections; bodies flattened in a model.
 */
class FlatteningTest {
  private static final AutoRestResourceFlatteningTestServiceOperationsClient FLATTEN =
      AutoRestResourceFlatteningTestServiceClient.builder()
          .endpoint(TestServer.endpoint())
          .build()
          .autoRestResourceFlatteningTestServiceOperations();

  private static void assertProduct1(FlattenedProduct product) {
    assertEquals("1", product.getId());
    assertEquals("Resource1", product.getName());
    assertEquals("Product1", product.getPName());
    assertEquals("Flat", product.getPropertiesType());
    assertEquals("Succeeded", product.getProvisioningState());
    assertEquals("OK", product.getProvisioningStateValues().toString());
    assertEquals(Map.of("tag1", "value1", "tag2", "value3"), product.getTags());
  }

  private static FlattenedProduct product(String location, String name) {
    return new FlattenedProduct().setPName(name).setPropertiesType("Flat").setLocation(location);
  }

  @Test
  void listsOfFlattenedModels() {
    List<FlattenedProduct> products = FLATTEN.getArray();
    assertProduct1(products.get(0));
    assertEquals("Resource3", products.get(2).getName());
    assertNull(products.get(2).getPName(), "no properties, nothing flattened");
    assertEquals(
        200,
        FLATTEN
            .putArrayWithResponse(
                List.of(
                    new Resource()
                        .setLocation("West US")
                        .setTags(Map.of("tag1", "value1", "tag2", "value3")),
                    new Resource().setLocation("Building 44")))
            .statusCode());
  }

  @Test
  void dictionariesOfFlattenedModels() {
    Map<String, FlattenedProduct> products = FLATTEN.getDictionary();
    assertProduct1(products.get("Product1"));
    assertEquals(
        200,
        FLATTEN
            .putDictionaryWithResponse(
                Map.of(
                    "Resource1",
                    product("West US", "Product1")
                        .setTags(Map.of("tag1", "value1", "tag2", "value3")),
                    "Resource2",
                    product("Building 44", "Product2")))
            .statusCode());
  }

  @Test
  void collectionsOfFlattenedModels() {
    ResourceCollection collection = FLATTEN.getResourceCollection();
    assertProduct1(collection.getDictionaryofresources().get("Product1"));
    assertEquals("Resource7", collection.getProductresource().getName());
    ResourceCollection sent =
        new ResourceCollection()
            .setArrayofresources(
                List.of(
                    product("West US", "Product1")
                        .setTags(Map.of("tag1", "value1", "tag2", "value3")),
                    product("East US", "Product2")))
            .setDictionaryofresources(
                Map.of(
                    "Resource1",
                    product("West US", "Product1")
                        .setTags(Map.of("tag1", "value1", "tag2", "value3")),
                    "Resource2",
                    product("Building 44", "Product2")))
            .setProductresource(product("India", "Azure"));
    assertEquals(200, FLATTEN.putResourceCollectionWithResponse(sent).statusCode());
  }

  private static SimpleProduct simpleProduct() {
    return new SimpleProduct()
        .setMaxProductDisplayName("max name")
        .setCapacity(SimpleProductPropertiesCapacity.LARGE)
        .setOdataValue("http://foo")
        .setProductId("123")
        .setDescription("product description");
  }

  @Test
  void flattenedBodies() {
    SimpleProduct put =
        FLATTEN.putSimpleProduct(simpleProduct().setGenericValue("https://generic"));
    assertEquals("https://generic", put.getGenericValue());
    assertEquals("max name", put.getMaxProductDisplayName());
    SimpleProduct posted = FLATTEN.postFlattenedSimpleProduct(simpleProduct());
    assertEquals("http://foo", posted.getOdataValue());
    SimpleProduct grouped = FLATTEN.putSimpleProductWithGrouping(
            new FlattenParameterGroup().setName("groupproduct").setSimpleBodyProduct(simpleProduct()));
    assertEquals("123", grouped.getProductId());
  }
}
