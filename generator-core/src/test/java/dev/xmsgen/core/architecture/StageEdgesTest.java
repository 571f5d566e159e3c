package dev.xmsgen.core.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

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
}
