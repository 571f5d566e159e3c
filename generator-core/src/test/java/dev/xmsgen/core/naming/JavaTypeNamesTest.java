package dev.xmsgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import org.junit.jupiter.api.Test;

/** The Java type names the report shows, as generated code writes them. */
class JavaTypeNamesTest {

  @Test
  void modelTypesAreInTheApiPackageAndScalarsAreBoxedJdkTypes() {
    assertEquals(
        "com.example.Vault", JavaTypeNames.sourceName("com.example", new TypeRef.Named("Vault")));
    assertEquals("Vault", JavaTypeNames.sourceName("", new TypeRef.Named("Vault")));
    assertEquals("java.lang.Integer", JavaTypeNames.sourceName("p", TypeRef.of(Primitive.INT32)));
    assertEquals(
        "java.time.OffsetDateTime", JavaTypeNames.sourceName("p", TypeRef.of(Primitive.UNIX_TIME)));
    assertEquals("byte[]", JavaTypeNames.sourceName("p", TypeRef.of(Primitive.BASE64_URL)));
    assertEquals("java.lang.Object", JavaTypeNames.sourceName("p", TypeRef.of(Primitive.ANY)));
  }

  @Test
  void listsAndMapsAreTheJdkCollectionsOfTheirElements() {
    TypeRef type = new TypeRef.MapOf(new TypeRef.ListOf(new TypeRef.Named("Key")));
    assertEquals(
        "java.util.Map<java.lang.String, java.util.List<com.example.Key>>",
        JavaTypeNames.sourceName("com.example", type));
  }
}
