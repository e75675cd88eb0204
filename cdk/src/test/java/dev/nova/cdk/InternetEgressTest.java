package dev.nova.cdk;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Google and Apple sign-in make identity, and identity alone, leave the VPC through NAT. */
class InternetEgressTest {

    @Test
    @SuppressWarnings("unchecked")
    void providerSignInPutsOnlyIdentityInSubnetsWithANatRoute() {
        Synthesized app = Synthesized.variantOfDev("social", settings -> {
            settings.put("natGateways", 1);
            ((Map<String, Object>) settings.get("identity")).put("googleClientIds", "nova.apps.googleusercontent.com");
        });
        Template network = app.template(app.nova.network());
        network.resourceCountIs("AWS::EC2::NatGateway", 1);
        for (var stack : NagChecksTest.stacks(app.nova)) {
            assertThat(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                    .stream().map(message -> message.getId() + ": " + message.getEntry().getData()).toList())
                    .as("cdk-nag errors in %s", stack.getStackName()).isEmpty();
        }

        Template functions = app.template(app.nova.functions());
        for (NovaFunction function : app.nova.functions().all()) {
            String vpcConfig = functions.findResources("AWS::Lambda::Function", Map.of("Properties",
                    Map.of("FunctionName", "nova-social-" + function.name()))).toString();
            // Subnets come from the network stack's exports, named after the subnet groups (egress, private).
            assertThat(vpcConfig.contains("egressSubnet")).as("%s in the egress subnets", function.name())
                    .isEqualTo(function.name().equals("identity"));
            assertThat(vpcConfig.contains("privateSubnet")).isEqualTo(!function.name().equals("identity"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void providerSignInWithoutNatStopsTheSynthSayingWhatToSet() {
        Map<String, Object> context = Synthesized.contextWithVariantOfDev("nonat",
                settings -> ((Map<String, Object>) settings.get("identity")).put("appleClientIds", "example.nova.app"));
        App app = new App(AppProps.builder().context(context).build());

        assertThatThrownBy(() -> Nova.build(app, new Artifacts(Path.of("..").toAbsolutePath().normalize())))
                .hasMessageContaining("Google and Apple sign-in").hasMessageContaining("natGateways");
    }
}
