package dev.nova.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** What may depend on what, across Nova's parts (ARCHITECTURE.md, "Calls between parts"). */
class DependencyRulesTest {

    private static final JavaClasses nova = NovaPackages.productionClasses();

    @Test
    void theGatewayDependsOnDomainContractsOnly() {
        gatewayUsesContractsOnly().check(nova);
    }

    @Test
    void noDomainDependsOnAnotherDomain() {
        NovaPackages.DOMAINS.forEach(domain -> domainStaysInItsBounds(domain).check(nova));
    }

    static ArchRule gatewayUsesContractsOnly() {
        return noClasses().that().resideInAPackage("dev.nova.gateway..")
                .should().dependOnClassesThat(domainImplementation())
                .because("the gateway reaches domains only through their api modules and the DomainInvoker");
    }

    static ArchRule domainStaysInItsBounds(String domain) {
        return noClasses().that().resideInAPackage(NovaPackages.domain(domain))
                .should().dependOnClassesThat(otherDomainThan(domain))
                .because("domains talk through events, and refer to each other's records by id only")
                .allowEmptyShould(true);
    }

    @Test
    void platformDependsOnNoDomainAndNotOnTheGateway() {
        noClasses().that().resideInAnyPackage(NovaPackages.PLATFORM)
                .should().dependOnClassesThat(anyDomainOrGateway())
                .because("the platform libraries are small and domain-free")
                .check(nova);
    }

    @Test
    void theMigrationsFunctionUsesNoDomainCode() {
        noClasses().that().resideInAPackage("dev.nova.migrations..")
                .should().dependOnClassesThat(anyDomainOrGateway())
                .because("it runs every domain's scripts from db/<domain>/ as data; its jar carries no domain's code")
                .check(nova);
    }

    @Test
    void domainContractsHoldNoImplementation() {
        for (String domain : NovaPackages.DOMAINS) {
            noClasses().that().resideInAPackage(NovaPackages.contract(domain))
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "dev.nova." + domain + ".domain..", "dev.nova." + domain + ".application..",
                            "dev.nova." + domain + ".adapter..", "dev.nova." + domain + ".config..",
                            "dev.nova.persistence..", "java.sql..")
                    .allowEmptyShould(true)
                    .check(nova);
        }
    }

    private static DescribedPredicate<JavaClass> domainImplementation() {
        return DescribedPredicate.describe("a domain's implementation", javaClass ->
                NovaPackages.DOMAINS.stream().anyMatch(domain -> isImplementationOf(javaClass, domain)));
    }

    private static DescribedPredicate<JavaClass> otherDomainThan(String own) {
        return DescribedPredicate.describe("another domain's code", javaClass ->
                NovaPackages.DOMAINS.stream().filter(domain -> !domain.equals(own))
                        .anyMatch(domain -> javaClass.getPackageName().startsWith("dev.nova." + domain + ".")
                                && !javaClass.getPackageName().startsWith("dev.nova." + domain + ".api")));
    }

    private static DescribedPredicate<JavaClass> anyDomainOrGateway() {
        return DescribedPredicate.describe("a domain or the gateway", javaClass ->
                javaClass.getPackageName().startsWith("dev.nova.gateway")
                        || NovaPackages.DOMAINS.stream()
                        .anyMatch(domain -> javaClass.getPackageName().startsWith("dev.nova." + domain + ".")));
    }

    private static boolean isImplementationOf(JavaClass javaClass, String domain) {
        String name = javaClass.getPackageName();
        return name.startsWith("dev.nova." + domain + ".") && !name.startsWith("dev.nova." + domain + ".api");
    }
}
