package dev.nova.cdk;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole app passes cdk-nag's AwsSolutions pack, and every suppression is one rule with a real reason. */
class NagChecksTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyStackPassesTheAwsSolutionsPackWithNoError(String stage) {
        Synthesized app = Synthesized.stage(stage);
        for (Stack stack : stacks(app.nova)) {
            assertThat(Annotations.fromStack(stack).findError("*", Match.stringLikeRegexp("AwsSolutions-.*"))
                    .stream().map(message -> message.getId() + ": " + message.getEntry().getData()).toList())
                    .as("cdk-nag errors in %s", stack.getStackName()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    @SuppressWarnings("unchecked")
    void everySuppressionNamesOneRuleWithAReason(String stage) {
        Synthesized app = Synthesized.stage(stage);
        int suppressions = 0;
        for (Stack stack : stacks(app.nova)) {
            Map<String, Object> resources = (Map<String, Object>) app.templateJson(stack).get("Resources");
            for (Object resource : resources.values()) {
                Map<String, Object> metadata = (Map<String, Object>) ((Map<String, Object>) resource).get("Metadata");
                Object nag = metadata == null ? null : metadata.get("cdk_nag");
                if (nag == null) {
                    continue;
                }
                for (Object rule : (List<Object>) ((Map<String, Object>) nag).get("rules_to_suppress")) {
                    Map<String, Object> suppression = (Map<String, Object>) rule;
                    assertThat((String) suppression.get("id")).matches("AwsSolutions-[A-Z]+[0-9]+");
                    assertThat((String) suppression.get("reason")).hasSizeGreaterThan(40);
                    suppressions++;
                }
            }
        }
        assertThat(suppressions).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyStackOfTheStageIsSynthesized(String stage) {
        Synthesized app = Synthesized.stage(stage);
        assertThat(app.assembly.getStacks()).extracting(CloudFormationStackArtifact::getStackName)
                .containsExactlyInAnyOrder("Nova-" + stage + "-Network", "Nova-" + stage + "-Data",
                        "Nova-" + stage + "-Events", "Nova-" + stage + "-Functions", "Nova-" + stage + "-Api",
                        "Nova-" + stage + "-Schedulers", "Nova-" + stage + "-Observability");
    }

    static List<Stack> stacks(Nova nova) {
        return List.of(nova.network(), nova.data(), nova.events(), nova.functions(), nova.api(), nova.schedulers(),
                nova.observability());
    }
}
