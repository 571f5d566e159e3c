package dev.xmsgen.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.xmsgen.core.model.ApiModel;
import dev.xmsgen.core.model.EnumModel;
import dev.xmsgen.core.model.ModelPrinter;
import dev.xmsgen.core.model.SourceRef;
import dev.xmsgen.core.model.TypeRef;
import dev.xmsgen.core.testing.Models;
import dev.xmsgen.core.testing.GoldenFiles;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The printed model of every rule spec, compared with the text kept under {@code
 * src/test/resources/golden/model}; see {@link GoldenFiles} for rewriting it.
 */
class ModelPrinterTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "additional-properties", "allof", "bom", "discriminator", "enums", "flatten", "formats",
        "names", "operations", "parameterized-host", "readonly-required", "recursive", "references"
      })
  void printsEachRuleSpecAsKept(String rule) throws Exception {
    String printed = ModelPrinter.print(TestSpecs.parseRule(rule + ".json"));
    assertEquals(printed, ModelPrinter.print(TestSpecs.parseRule(rule + ".json")), "stable");
    GoldenFiles.assertText(GoldenFiles.ROOT.resolve("model").resolve(rule + ".txt"), printed);
  }

  @Test
  void printsOneTypeWithoutIndentation() throws Exception {
    ApiModel model = TestSpecs.parseRule("allof.json");
    assertEquals(
        "object Versioned  (allof.json#/definitions/Versioned)\n"
            + "  doc: Something with an entity tag.\n"
            + "  subtypes: Audited\n"
            + "  property etag \"etag\": string, read-only\n"
            + "    doc: Changes on every update.\n",
        ModelPrinter.print(model.type("Versioned").orElseThrow()));
  }

  @Test
  void lineBreaksInTextAreShownEscaped() {
    EnumModel e =
        Models.enumOf("Mode", "first line\nsecond line", true, TypeRef.Primitive.STRING)
            .withSource(new SourceRef("x.json", "/definitions/Mode"))
            .withValues(List.of(new EnumModel.EnumValue("a\"b", "A_B", "")));
    assertEquals(
        "enum Mode open string  (x.json#/definitions/Mode)\n"
            + "  doc: first line\\nsecond line\n"
            + "  A_B = \"a\"b\"\n",
        ModelPrinter.print(e));
    ApiModel empty =
        Models.api(
            Models.client("EmptyClient").withApiVersion("1").withEndpoint(null),
            List.of(),
            List.of());
    assertEquals(
        "client EmptyClient\n  api version: 1\n  endpoint: none\n  scopes: none\n\n"
            + "types\n\ngroups\n\nwarnings\n",
        ModelPrinter.print(empty));
  }
}
