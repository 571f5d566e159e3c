package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xmsgen.core.model.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecurityDefinitionsReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();

  private boolean read(String json) throws Exception {
    JsonNode definitions = json == null ? null : new ObjectMapper().readTree(json);
    return new SecurityDefinitionsReader(diagnostics).hasOAuth2(definitions, "api.json");
  }

  private List<String> warnings() {
    return diagnostics.warnings().stream().map(Diagnostic::toString).toList();
  }

  @Test
  void anAzureAdSchemeIsOAuth2WithoutWarnings() throws Exception {
    assertTrue(
        read(
            "{\"azure_auth\": {\"type\": \"oauth2\", \"flow\": \"implicit\","
                + " \"authorizationUrl\": \"https://login.microsoftonline.com/common/oauth2/authorize\","
                + " \"description\": \"Azure Active Directory OAuth2 Flow\","
                + " \"scopes\": {\"user_impersonation\": \"impersonate your user account\"}}}"));
    assertEquals(List.of(), warnings());
  }

  @Test
  void noDefinitionsAndOtherSchemesAreNotOAuth2() throws Exception {
    assertFalse(read(null));
    assertFalse(
        read(
            "{\"key\": {\"type\": \"apiKey\", \"name\": \"api-key\", \"in\": \"header\"},"
                + " \"basic\": {\"type\": \"basic\", \"x-note\": 1}}"));
    assertEquals(List.of(), warnings());
  }

  @Test
  void eachProblemIsWarnedAboutAtItsPointer() throws Exception {
    assertTrue(
        read(
            "{\"a\": {\"type\": \"oauth2\", \"flow\": \"accessCode\", \"name\": \"x\"},"
                + " \"b\": {\"type\": \"apiKey\", \"in\": \"cookie\"},"
                + " \"c\": {\"type\": \"token\"},"
                + " \"d/e\": {\"description\": \"no type\"},"
                + " \"f\": 3}"));
    String s = "api.json#/securityDefinitions/";
    String w = ": Swagger 2.0 structure: ";
    assertEquals(
        List.of(
            s + "a" + w + "an oauth2 scheme needs 'scopes', an object of scope names and descriptions",
            s + "a" + w + "the oauth2 flow accessCode needs 'authorizationUrl', a string",
            s + "a" + w + "the oauth2 flow accessCode needs 'tokenUrl', a string",
            s + "a/name" + w + "a security scheme of type oauth2 has no member 'name'",
            s + "b" + w + "an apiKey scheme needs 'name', a string",
            s + "b/in" + w + "an apiKey is in 'header' or 'query', not 'cookie'",
            s + "c/type" + w + "unknown security scheme type 'token'; expected basic, apiKey or oauth2",
            s + "d~1e" + w + "the security scheme has no type (basic, apiKey or oauth2)",
            s + "f" + w + "a security scheme is an object"),
        warnings());
  }

  @Test
  void definitionsThatAreNotAnObjectAreWarnedAbout() throws Exception {
    assertFalse(read("[]"));
    assertEquals(
        List.of("api.json#/securityDefinitions: Swagger 2.0 structure: securityDefinitions is not an object"),
        warnings());
  }
}
