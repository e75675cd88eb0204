package dev.nova.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.nova.gateway.rulecheck.ReachesIntoIdentityAdapters;
import dev.nova.users.rulecheck.ReachesIntoIdentity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules are not vacuous: classes that break them on purpose are reported. */
class RulesCatchViolationsTest {

    private final JavaClasses offenders = new ClassFileImporter()
            .importClasses(ReachesIntoIdentity.class, ReachesIntoIdentityAdapters.class);

    @Test
    void aDomainReachingIntoAnotherIsReported() {
        assertThat(DependencyRulesTest.domainStaysInItsBounds("users").evaluate(offenders).hasViolation()).isTrue();
    }

    @Test
    void theGatewayReachingPastAContractIsReported() {
        assertThat(DependencyRulesTest.gatewayUsesContractsOnly().evaluate(offenders).hasViolation()).isTrue();
    }
}
