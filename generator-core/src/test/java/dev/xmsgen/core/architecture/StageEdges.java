package dev.xmsgen.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The edges between the generator's stages, as rules: which package may use which library and
 * which other package. {@link StageEdgesTest} checks them against the real classes, {@link
 * StageEdgesFailTest} against classes that break each one on purpose.
 */
final class StageEdges {
  private StageEdges() {}

  /**
   * Each package of generator-core is a slice of its own ({@code emit.client} apart from {@code
   * emit}); classes outside generator-core are left out.
   */
  private static final SliceAssignment EACH_GENERATOR_PACKAGE =
      new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
          String pkg = javaClass.getPackageName();
          return pkg.equals("dev.xmsgen.core") || pkg.startsWith("dev.xmsgen.core.")
              ? SliceIdentifier.of(pkg)
              : SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
          return "each package of dev.xmsgen.core";
        }
      };

  static final ArchRule SWAGGER_PARSER_ONLY_IN_PARSE =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.xmsgen.core.parse..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("io.swagger..")
          .because(
              "parse is the one stage that reads specs; every other stage sees the model, so"
                  + " swagger-parser can be replaced or upgraded in one package");

  static final ArchRule JAVAPOET_ONLY_IN_EMIT =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.xmsgen.core.emit..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("com.palantir.javapoet..", "com.squareup.javapoet..")
          .because(
              "emit is the one stage that writes Java; the model, passes, report and output work"
                  + " without JavaPoet types");

  static final ArchRule MODEL_DEPENDS_ON_NOTHING_ELSE =
      classes()
          .that()
          .resideInAPackage("dev.xmsgen.core.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("dev.xmsgen.core.model..", "java..")
          .because(
              "the model is what the stages hand each other: it may use the JDK only, so any stage"
                  + " and any test can build and print one without the others");

  static final ArchRule RUNTIME_KNOWS_NOTHING_OF_THE_GENERATOR =
      noClasses()
          .that()
          .resideInAPackage("dev.xmsgen.runtime..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("dev.xmsgen.core..", "dev.xmsgen.cli..", "dev.xmsgen.maven..")
          .because(
              "generated code ships with the runtime alone; a runtime class that used the generator"
                  + " would drag it onto every user's classpath");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices()
          .assignedFrom(EACH_GENERATOR_PACKAGE)
          .should()
          .beFreeOfCycles()
          .because(
              "the packages are the pipeline's stages and its shared vocabulary; a cycle means two"
                  + " of them can no longer be understood, tested or changed apart");

  /**
   * Who may use whom: the API root wires the stages, output and report sit on the API, and the
   * stages share only the vocabulary ({@code model}, {@code naming}, {@code generated}), which
   * uses nothing else. Parse may still run the transform passes itself.
   */
  static final ArchRule STAGES_SHARE_ONLY_THE_VOCABULARY =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .withOptionalLayers(true)
          .layer("API")
          .definedBy("dev.xmsgen.core")
          .layer("Output")
          .definedBy("dev.xmsgen.core.output..")
          .layer("Report")
          .definedBy("dev.xmsgen.core.report..")
          .layer("Diff")
          .definedBy("dev.xmsgen.core.diff..")
          .layer("Parse")
          .definedBy("dev.xmsgen.core.parse..")
          .layer("Transform")
          .definedBy("dev.xmsgen.core.transform..")
          .layer("Emit")
          .definedBy("dev.xmsgen.core.emit..")
          .layer("Docs")
          .definedBy("dev.xmsgen.core.docs..")
          .layer("Vocabulary")
          .definedBy(
              "dev.xmsgen.core.model..", "dev.xmsgen.core.naming..", "dev.xmsgen.core.generated..")
          .whereLayer("Output")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("Report")
          .mayOnlyBeAccessedByLayers("Output")
          .whereLayer("Diff")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("API")
          .mayOnlyBeAccessedByLayers("Output", "Report", "Diff")
          .whereLayer("Parse")
          .mayOnlyBeAccessedByLayers("API")
          .whereLayer("Transform")
          .mayOnlyBeAccessedByLayers("API")
          .whereLayer("Emit")
          // diff reads the members the emitters write, as plain text, so its names are theirs
          .mayOnlyBeAccessedByLayers("API", "Diff")
          // the reference pages read the model as the emitters do, but none of the emitters
          .whereLayer("Docs")
          .mayOnlyBeAccessedByLayers("API")
          .whereLayer("Docs")
          .mayOnlyAccessLayers("Docs", "Vocabulary")
          .whereLayer("Vocabulary")
          .mayOnlyAccessLayers("Vocabulary")
          .because(
              "a stage that reached into another stage, or into the API that runs it, could no"
                  + " longer be tested or replaced on its own; what stages share belongs in the"
                  + " vocabulary");
}
