package dev.xmsgen.core.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import dev.xmsgen.core.archfixture.downstream.Downstream;
import dev.xmsgen.core.archfixture.upstream.Upstream;
import dev.xmsgen.core.emit.archfixture.CallsTheParser;
import dev.xmsgen.core.emit.archfixture.ReadsSwagger;
import dev.xmsgen.core.model.archfixture.KnowsTheNamingRules;
import dev.xmsgen.core.parse.SpecParser;
import dev.xmsgen.core.parse.archfixture.WritesJavaPoet;
import dev.xmsgen.runtime.archfixture.UsesTheGenerator;
import org.junit.jupiter.api.Test;

/**
 * Each stage rule fails on a class that crosses its edge, with a message that names the rule and
 * the offending class, so a rule cannot pass because it matches nothing. The classes are test
 * fixtures in the packages they break ({@code ...archfixture}), imported one by one.
 */
class StageEdgesFailTest {

  /** The failure of {@code rule} on {@code classes}, which must name the rule and each class. */
  private static String failure(ArchRule rule, Class<?>... classes) {
    JavaClasses imported = new ClassFileImporter().importClasses(classes);
    AssertionError error = assertThrows(AssertionError.class, () -> rule.check(imported));
    String message = error.getMessage();
    assertTrue(message.contains("Rule '" + rule.getDescription() + "' was violated"), message);
    assertTrue(message.contains(", because "), message);
    for (Class<?> c : classes) {
      assertTrue(message.contains(c.getName()), c.getName() + " not named in:\n" + message);
    }
    return message;
  }

  @Test
  void swaggerParserOutsideParseFails() {
    String message = failure(StageEdges.SWAGGER_PARSER_ONLY_IN_PARSE, ReadsSwagger.class);
    assertTrue(message.contains("io.swagger.models.Swagger"), message);
  }

  @Test
  void javaPoetOutsideEmitFails() {
    String message = failure(StageEdges.JAVAPOET_ONLY_IN_EMIT, WritesJavaPoet.class);
    assertTrue(message.contains("com.palantir.javapoet.ClassName"), message);
  }

  @Test
  void aModelTypeThatUsesAnotherPackageFails() {
    String message = failure(StageEdges.MODEL_DEPENDS_ON_NOTHING_ELSE, KnowsTheNamingRules.class);
    assertTrue(message.contains("dev.xmsgen.core.naming.JavaNames"), message);
  }

  @Test
  void aRuntimeClassThatUsesTheGeneratorFails() {
    String message =
        failure(StageEdges.RUNTIME_KNOWS_NOTHING_OF_THE_GENERATOR, UsesTheGenerator.class);
    assertTrue(message.contains("dev.xmsgen.core.model.Diagnostic"), message);
  }

  @Test
  void twoPackagesThatUseEachOtherFail() {
    String message = failure(StageEdges.NO_PACKAGE_CYCLES, Upstream.class, Downstream.class);
    assertTrue(message.contains("Cycle detected"), message);
  }

  @Test
  void anEmitterThatCallsTheParserFails() {
    // a layer is made of imported classes, so the class reached into is imported too
    ArchRule rule = StageEdges.STAGES_SHARE_ONLY_THE_VOCABULARY;
    String message = failure(rule, CallsTheParser.class, SpecParser.class);
    assertTrue(message.contains("dev.xmsgen.core.parse.SpecParser"), message);
  }
}
