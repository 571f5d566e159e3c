package dev.xmsgen.core.parse;

import static dev.xmsgen.core.parse.TestSpecs.named;
import static dev.xmsgen.core.parse.TestSpecs.object;
import static dev.xmsgen.core.parse.TestSpecs.operation;
import static dev.xmsgen.core.parse.TestSpecs.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.Diagnostic;
import dev.xmsgen.core.model.ObjectModel;
import dev.xmsgen.core.model.PropertyModel;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.model.TypeRef.Primitive;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schema rules, one spec each: readonly-required, formats, additional-properties, recursive and
 * discriminator.
 */
class SchemaRulesTest {

  @Test
  void readOnlyRequiredAndNullable() throws Exception {
    ObjectModel account = object(TestSpecs.parseRule("readonly-required.json"), "Account");
    Map<String, String> flags = new LinkedHashMap<>();
    for (PropertyModel p : account.properties()) {
      flags.put(
          p.wireName(),
          (p.required() ? "R" : "-")
              + (p.readOnly() ? "O" : "-")
              + (p.nullable() ? "N" : "-")
              + (p.secret() ? "S" : "-"));
    }
    assertEquals(
        Map.of(
            "id", "-O--", "email", "R---", "displayName", "R---", "recoveryCode", "---S",
            "nickname", "--N-", "createdOn", "RO--", "owner", "-O--", "audit", "-O--",
            "manager", "--N-"),
        flags);
    assertEquals(List.of("id", "email", "displayName", "recoveryCode", "nickname", "createdOn",
        "owner", "audit", "manager"), List.copyOf(flags.keySet()), "spec order");
  }

  @Test
  void everyFormatMapsToItsScalar() throws Exception {
    ApiModel model = TestSpecs.parseRule("formats.json");
    ObjectModel sample = object(model, "Sample");
    Map<String, TypeRef> types = new LinkedHashMap<>();
    sample.properties().forEach(p -> types.put(p.wireName(), p.type()));
    Map<String, Primitive> expected = new LinkedHashMap<>();
    expected.put("count", Primitive.INT32);
    expected.put("small", Primitive.INT32);
    expected.put("loud", Primitive.INT64);
    expected.put("large", Primitive.INT64);
    expected.put("ratio", Primitive.FLOAT32);
    expected.put("reading", Primitive.FLOAT64);
    expected.put("plainNumber", Primitive.FLOAT64);
    expected.put("price", Primitive.DECIMAL);
    expected.put("valid", Primitive.BOOLEAN);
    expected.put("label", Primitive.STRING);
    expected.put("day", Primitive.DATE);
    expected.put("takenAt", Primitive.DATE_TIME);
    expected.put("lastModified", Primitive.DATE_TIME_RFC1123);
    expected.put("epoch", Primitive.UNIX_TIME);
    expected.put("retention", Primitive.DURATION);
    expected.put("correlationId", Primitive.UUID);
    expected.put("payload", Primitive.BYTE_ARRAY);
    expected.put("signature", Primitive.BASE64_URL);
    expected.put("blob", Primitive.BINARY);
    expected.put("attachment", Primitive.BINARY);
    expected.put("homepage", Primitive.URL);
    expected.put("source", Primitive.URL);
    expected.put("secret", Primitive.STRING);
    expected.put("color", Primitive.STRING);
    expected.put("extra", Primitive.ANY);
    expected.put("anything", Primitive.ANY);
    expected.forEach((name, primitive) -> assertEquals(TypeRef.of(primitive), types.get(name), name));
    assertEquals(new TypeRef.ListOf(TypeRef.of(Primitive.FLOAT64)), types.get("readings"));
    assertEquals(
        TypeRef.of(Primitive.BINARY), operation(model, "Samples_Download").responses().get(0).body());
    assertEquals(
        List.of("formats.json#/definitions/Sample/properties/color: unknown format 'hex-color' for"
            + " type 'string'; read as string"),
        model.warnings().stream().map(Diagnostic::toString).toList());
  }

  @Test
  void additionalPropertiesBecomeMaps() throws Exception {
    ApiModel model = TestSpecs.parseRule("additional-properties.json");
    ObjectModel profile = object(model, "Profile");
    TypeRef any = TypeRef.of(Primitive.ANY);
    assertEquals(new TypeRef.MapOf(TypeRef.of(Primitive.STRING)), property(profile, "tags").type());
    assertEquals(new TypeRef.MapOf(any), property(profile, "anything").type());
    assertEquals(new TypeRef.MapOf(any), property(profile, "loose").type());
    assertEquals(new TypeRef.MapOf(named("Limit")), property(profile, "limits").type());
    assertEquals(
        new TypeRef.MapOf(new TypeRef.ListOf(TypeRef.of(Primitive.INT64))),
        property(profile, "history").type());
    assertEquals(
        new TypeRef.MapOf(named("ProfileQuotasValue")), property(profile, "quotas").type());
    assertEquals(
        new TypeRef.MapOf(TypeRef.of(Primitive.STRING)), property(profile, "labels").type(),
        "a definition that is only a map is a map, not a class");
    assertTrue(model.type("Labels").isEmpty());
    ObjectModel options = object(model, "Options");
    assertEquals(TypeRef.of(Primitive.STRING), options.additionalProperties());
    assertEquals(2, options.properties().size());
    assertNull(object(model, "Limit").additionalProperties());
  }

  @Test
  void modelsMayReferToThemselves() throws Exception {
    ApiModel model = TestSpecs.parseRule("recursive.json");
    ObjectModel folder = object(model, "Folder");
    assertEquals(named("Folder"), property(folder, "parent").type());
    assertEquals(new TypeRef.ListOf(named("Folder")), property(folder, "folders").type());
    assertEquals(named("Folder"), property(object(model, "Document"), "folder").type());
    ObjectModel error = object(model, "ErrorModel");
    assertEquals("innerError", property(error, "innererror").javaName());
    assertEquals(named("ErrorModel"), property(error, "innererror").type());
    assertEquals(new TypeRef.ListOf(named("ErrorModel")), property(error, "details").type());
    assertEquals(named("ErrorModel"), operation(model, "Folders_Get").responses().get(1).body());
  }

  @Test
  void aDiscriminatorRootsAHierarchy() throws Exception {
    ApiModel model = TestSpecs.parseRule("discriminator.json");
    ObjectModel root = object(model, "JobOutput");
    assertEquals("odata.type", root.discriminator());
    assertEquals("JobOutput", root.discriminatorValue());
    assertEquals(List.of("AssetOutput", "StreamOutput"), root.subtypes());
    assertEquals("odataType", property(root, "odata.type").javaName());
    ObjectModel asset = object(model, "AssetOutput");
    assertNull(asset.discriminator(), "only the root declares the discriminator");
    assertEquals("#Contoso.Media.AssetOutput", asset.discriminatorValue());
    assertEquals(List.of("ThumbnailOutput"), asset.subtypes());
    ObjectModel thumbnail = object(model, "ThumbnailOutput");
    assertEquals("AssetOutput", thumbnail.parent());
    assertEquals("ThumbnailOutput", thumbnail.discriminatorValue(), "the definition name");
    ObjectModel job = object(model, "Job");
    assertNull(job.discriminatorValue(), "outside the hierarchy");
    assertEquals(List.of(), job.subtypes());
    assertEquals(List.of(), model.warnings());
  }
}
