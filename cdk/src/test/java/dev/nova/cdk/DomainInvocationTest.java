package dev.nova.cdk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only the gateway's and the schedulers' roles may invoke a domain function: read from the synthesized policies, as
 * IAM evaluates them, for every domain and every other function's role.
 */
class DomainInvocationTest {

    private static final String INVOKE = "lambda:InvokeFunction";

    private final Synthesized app = Synthesized.dev();
    private final IamGrants grants = new IamGrants(app);

    @Test
    void theGatewaysRoleMayInvokeEveryDomainsLiveAlias() {
        for (NovaFunction domain : app.nova.functions().domains().values()) {
            assertThat(grants.allows(app.nova.functions().gateway(), INVOKE, domain.live()))
                    .as("gateway may invoke %s", domain.name()).isTrue();
        }
    }

    @Test
    void theOutboxSweepersRoleMayInvokeEveryDomain() {
        for (NovaFunction domain : app.nova.functions().domains().values()) {
            assertThat(grants.allows(app.nova.schedulers().outboxSweeper(), INVOKE, domain.live()))
                    .as("outbox sweeper may invoke %s", domain.name()).isTrue();
        }
    }

    @Test
    void noDomainsRoleMayInvokeAnotherDomain() {
        List<NovaFunction> domainRoles = new java.util.ArrayList<>(app.nova.functions().domains().values());
        domainRoles.addAll(app.nova.functions().consumers());
        domainRoles.add(app.nova.functions().identity().rotation());
        for (NovaFunction caller : domainRoles) {
            for (NovaFunction domain : app.nova.functions().domains().values()) {
                assertThat(grants.allows(caller, INVOKE, domain.live(), domain.function()))
                        .as("%s must not invoke %s", caller.name(), domain.name()).isFalse();
            }
        }
    }

    @Test
    void noResourcePolicyOpensADomainFunctionToAnyoneElse() {
        for (NovaFunction domain : app.nova.functions().domains().values()) {
            String function = IamGrants.logicalId(domain.function());
            String alias = IamGrants.logicalId(domain.live());
            assertThat(grants.lambdaPermissions())
                    .noneMatch(permission -> permission.contains("\"" + function + "\"")
                            || permission.contains("\"" + alias + "\""));
        }
    }
}
