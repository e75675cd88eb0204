package dev.nova.cdk;

import io.github.cdklabs.cdknag.NagPackSuppression;
import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.Stack;
import software.constructs.IConstruct;

import java.util.List;

/** cdk-nag suppressions, one rule on one resource each, with the reason a reviewer reads. */
final class Nag {

    private Nag() {
    }

    static void suppress(IConstruct resource, String rule, String reason, String... appliesTo) {
        NagSuppressions.addResourceSuppressions(resource, List.of(suppression(rule, reason, appliesTo)));
    }

    /** The same on a construct and what CDK adds under it later (a role's default policy, say). */
    static void suppressWithChildren(IConstruct construct, String rule, String reason, String... appliesTo) {
        NagSuppressions.addResourceSuppressions(construct, List.of(suppression(rule, reason, appliesTo)), true);
    }

    /** The same, for a resource CDK makes inside a construct, named by its construct path. */
    static void suppressPath(Stack stack, String path, String rule, String reason,
                             String... appliesTo) {
        NagSuppressions.addResourceSuppressionsByPath(stack, path, List.of(suppression(rule, reason, appliesTo)));
    }

    private static NagPackSuppression suppression(String rule, String reason, String... appliesTo) {
        NagPackSuppression.Builder suppression = NagPackSuppression.builder().id(rule).reason(reason);
        if (appliesTo.length > 0) {
            suppression.appliesTo(List.of((Object[]) appliesTo));
        }
        return suppression.build();
    }
}
