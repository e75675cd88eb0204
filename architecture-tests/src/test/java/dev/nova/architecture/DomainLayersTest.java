package dev.nova.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Inside a domain: the model and the use cases are plain Java, adapters plug into the use cases' ports, and only
 * {@code config} knows the framework (ARCHITECTURE.md, "Layout"; STYLE.md).
 */
class DomainLayersTest {

    private static final String[] FRAMEWORKS = {"io.micronaut..", "jakarta..", "javax.inject..", "java.sql..",
        "javax.sql..", "com.zaxxer..", "org.flywaydb..", "com.nimbusds..", "org.bouncycastle..",
        "software.amazon..", "com.amazonaws..", "dev.nova.persistence..", "dev.nova.invocation..",
        "dev.nova.events.."};

    private static final JavaClasses nova = NovaPackages.productionClasses();

    @Test
    void domainModelsAndUseCasesAreFreeOfFrameworkCode() {
        for (String domain : NovaPackages.DOMAINS) {
            noClasses().that().resideInAnyPackage("dev.nova." + domain + ".domain..",
                            "dev.nova." + domain + ".application..")
                    .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                    .allowEmptyShould(true)
                    .check(nova);
        }
    }

    @Test
    void theModelKnowsNothingOfUseCasesOrAdapters() {
        for (String domain : NovaPackages.DOMAINS) {
            noClasses().that().resideInAPackage("dev.nova." + domain + ".domain..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.nova." + domain + ".application..",
                            "dev.nova." + domain + ".adapter..", "dev.nova." + domain + ".config..")
                    .allowEmptyShould(true)
                    .check(nova);
        }
    }

    @Test
    void useCasesDependOnPortsNotOnAdapters() {
        for (String domain : NovaPackages.DOMAINS) {
            noClasses().that().resideInAPackage("dev.nova." + domain + ".application..")
                    .should().dependOnClassesThat().resideInAnyPackage("dev.nova." + domain + ".adapter..",
                            "dev.nova." + domain + ".config..")
                    .allowEmptyShould(true)
                    .check(nova);
        }
    }

    @Test
    void onlyConfigurationLambdaEntriesAndRepositoriesUseTheFrameworkInADomain() {
        for (String domain : NovaPackages.DOMAINS) {
            // Repositories are Micronaut Data beans (@JdbcRepository, @Requires of their domain's environment).
            noClasses().that().resideInAnyPackage("dev.nova." + domain + "..")
                    .and().resideOutsideOfPackages("dev.nova." + domain + ".config..",
                            "dev.nova." + domain + ".adapter.in.lambda..", "dev.nova." + domain + ".api..",
                            "dev.nova." + domain + ".adapter.out.persistence..")
                    .should().dependOnClassesThat().resideInAnyPackage("io.micronaut.context..",
                            "io.micronaut.context.annotation..", "jakarta.inject..")
                    .allowEmptyShould(true)
                    .check(nova);
        }
    }
}
