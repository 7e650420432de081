package io.tradegraph;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layout's rules, which docs/architecture.md draws: arrows point down, the bottom speaks no framework, and the
 * internals of SmallRye and graphql-java are touched in one box only. A rule broken fails here with the offending
 * class and line.
 */
class ArchitectureTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tradegraph");

    /** Each layer may use only those below it (operations and extract sit beside the domain, not on it). */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("core").definedBy("io.tradegraph.core..")
            .layer("measure").definedBy("io.tradegraph.measure..")
            .layer("persistence").definedBy("io.tradegraph.persistence..")
            .layer("reference").definedBy("io.tradegraph.reference..")
            .layer("figure").definedBy("io.tradegraph.figure..")
            .layer("balance").definedBy("io.tradegraph.balance..")
            .layer("trade").definedBy("io.tradegraph.trade..")
            .layer("plan").definedBy("io.tradegraph.plan..")
            .layer("extract").definedBy("io.tradegraph.extract..")
            .layer("seed").definedBy("io.tradegraph.seed..")
            .layer("operations").definedBy("io.tradegraph.operations..")
            .layer("graphql").definedBy("io.tradegraph.graphql")
            .layer("engine").definedBy("io.tradegraph.graphql.engine..")
            .whereLayer("core").mayNotAccessAnyLayer()
            .whereLayer("measure").mayOnlyAccessLayers("core")
            .whereLayer("persistence").mayOnlyAccessLayers("core", "measure")
            .whereLayer("reference").mayOnlyAccessLayers("core", "measure", "persistence")
            .whereLayer("figure").mayOnlyAccessLayers("core", "measure", "persistence", "reference")
            .whereLayer("balance").mayOnlyAccessLayers("core", "measure", "reference", "figure")
            .whereLayer("trade").mayOnlyAccessLayers("core", "measure", "reference", "figure", "balance")
            .whereLayer("plan").mayOnlyAccessLayers("core", "measure", "persistence", "reference", "figure", "balance", "trade")
            .whereLayer("extract").mayOnlyAccessLayers("core", "measure", "reference", "figure")
            .whereLayer("seed").mayOnlyAccessLayers("core", "measure", "persistence", "reference", "figure")
            .whereLayer("operations").mayOnlyAccessLayers("core", "measure", "persistence")
            .whereLayer("graphql").mayOnlyAccessLayers("core", "measure", "persistence", "reference", "figure", "balance",
                    "trade", "plan", "extract", "operations")
            .whereLayer("engine").mayOnlyAccessLayers("core", "measure", "persistence", "reference", "operations", "graphql");

    static final ArchRule NO_CYCLES = slices().matching("io.tradegraph.(**)").should().beFreeOfCycles();

    /**
     * The vocabulary every layer speaks depends on the JDK alone, and on MicroProfile GraphQL's annotations, which
     * describe its types to GraphiQL and do nothing at run time.
     */
    static final ArchRule FRAMEWORK_FREE_BOTTOM = classes().that().resideInAnyPackage("io.tradegraph.core..", "io.tradegraph.measure..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.tradegraph.core..", "io.tradegraph.measure..",
                    "org.eclipse.microprofile.graphql..");

    /**
     * SmallRye GraphQL's implementation (all but its public {@code api} package), Quarkus's SmallRye GraphQL runtime and
     * graphql-java's classes marked {@code @Internal} are reached from the engine box only.
     */
    static final ArchRule INTERNALS_IN_THE_ENGINE = noClasses().that().resideOutsideOfPackage("io.tradegraph.graphql.engine..")
            .should().dependOnClassesThat(resideInAnyPackage("io.smallrye.graphql..", "io.quarkus.smallrye.graphql..")
                    .and(not(resideInAPackage("io.smallrye.graphql.api..")))
                    .or(annotatedWith("graphql.Internal")));

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        LAYERS.check(MAIN);
    }

    @Test
    void noPackageCycles() {
        NO_CYCLES.check(MAIN);
    }

    @Test
    void theBottomImportsNoFramework() {
        FRAMEWORK_FREE_BOTTOM.check(MAIN);
    }

    @Test
    void frameworkInternalsOnlyInTheEngine() {
        INTERNALS_IN_THE_ENGINE.check(MAIN);
    }
}
