package dev.xmsgen.core.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The stage edges hold for generator-core's and the runtime's main classes (the runtime is on this
 * module's test classpath). A change that crosses one fails here, with the rule's text and each
 * offending dependency.
 */
@AnalyzeClasses(
    packages = {"dev.xmsgen.core", "dev.xmsgen.runtime"},
    importOptions = ImportOption.DoNotIncludeTests.class)
class StageEdgesTest {

  @ArchTest
  static final ArchRule swaggerParserOnlyInParse = StageEdges.SWAGGER_PARSER_ONLY_IN_PARSE;

  @ArchTest static final ArchRule javaPoetOnlyInEmit = StageEdges.JAVAPOET_ONLY_IN_EMIT;

  @ArchTest
  static final ArchRule modelDependsOnNothingElse = StageEdges.MODEL_DEPENDS_ON_NOTHING_ELSE;

  @ArchTest
  static final ArchRule runtimeKnowsNothingOfTheGenerator =
      StageEdges.RUNTIME_KNOWS_NOTHING_OF_THE_GENERATOR;

  @ArchTest static final ArchRule noPackageCycles = StageEdges.NO_PACKAGE_CYCLES;

  @ArchTest
  static final ArchRule stagesShareOnlyTheVocabulary = StageEdges.STAGES_SHARE_ONLY_THE_VOCABULARY;

  /** The layers are optional (so fixtures can be checked alone); here each must have classes. */
  @ArchTest
  static void everyLayerHasClasses(JavaClasses classes) {
    for (String pkg :
        List.of(
            "dev.xmsgen.core",
            "dev.xmsgen.core.output",
            "dev.xmsgen.core.report",
            "dev.xmsgen.core.diff",
            "dev.xmsgen.core.parse",
            "dev.xmsgen.core.transform",
            "dev.xmsgen.core.emit",
            "dev.xmsgen.core.docs",
            "dev.xmsgen.core.model",
            "dev.xmsgen.core.naming",
            "dev.xmsgen.core.generated")) {
      assertTrue(classes.containPackage(pkg), pkg + " has no classes");
    }
  }
}
