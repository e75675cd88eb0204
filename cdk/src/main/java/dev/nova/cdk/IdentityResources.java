package dev.nova.cdk;

import dev.nova.identity.api.IdentityDomain;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.secretsmanager.RotationSchedule;
import software.amazon.awscdk.services.secretsmanager.RotationScheduleOptions;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What identity needs beyond a domain function: its token signing keys, a private JWK set in Secrets Manager that
 * only identity reads and only its rotation function writes (a new key every 30 days, and at once when the secret is
 * made, so a new stage starts with a key); its mail through SES, from the stage's verified identity; its links and
 * sign-in providers from the stage.
 */
public class IdentityResources extends Construct {

    static final Duration KEY_ROTATION = Duration.days(30);

    private final Secret signingKeys;
    private final NovaFunction rotation;

    public IdentityResources(Construct scope, String id, Stage stage, NetworkStack network, Artifacts artifacts,
                             NovaFunction identity) {
        super(scope, id);
        signingKeys = Secret.Builder.create(this, "SigningKeys")
                .secretName(stage.resourceName("identity-signing-keys"))
                .description("identity's private JWK set (RS256), newest key first")
                // An empty key set is no secret; the first rotation, right after creation, makes the first key.
                .secretStringValue(SecretValue.unsafePlainText("{\"keys\":[]}"))
                .build();
        rotation = new NovaFunction(this, "SigningKeysRotation", new NovaFunction.Props(
                "identity-signing-keys-rotation", "Rotates identity's token signing keys",
                artifacts.jar(IdentityDomain.DESCRIPTOR.jar()), NovaFunctions.SIGNING_KEY_ROTATION_HANDLER, Map.of(), false),
                stage, network.placement());
        RotationSchedule schedule = signingKeys.addRotationSchedule("Rotation", RotationScheduleOptions.builder()
                .rotationLambda(rotation.function())
                .automaticallyAfter(KEY_ROTATION)
                .build());
        // The first rotation starts before identity's version is published; identity reads the key seconds later.
        identity.function().getNode().addDependency(schedule);
        // Secrets Manager invokes the rotation function by name, never an alias or version.
        Annotations.of(rotation.function()).acknowledgeWarning("@aws-cdk/aws-lambda:addPermissionsToVersionOrAlias",
                "Secrets Manager invokes the rotation function unqualified");
        signingKeys.grantRead(identity.function());

        Stage.IdentitySettings settings = stage.identity();
        Function function = identity.function();
        function.addEnvironment("NOVA_SIGNING_KEYS_SECRET", signingKeys.getSecretArn());
        function.addEnvironment("NOVA_MAIL_FROM", settings.mailFrom());
        function.addEnvironment("NOVA_SES_CONFIGURATION_SET", settings.sesConfigurationSet());
        function.addEnvironment("NOVA_LINKS_BASE_URL", settings.linksBaseUrl());
        function.addEnvironment("NOVA_GOOGLE_CLIENT_IDS", settings.googleClientIds());
        function.addEnvironment("NOVA_APPLE_CLIENT_IDS", settings.appleClientIds());
        identity.function().addToRolePolicy(PolicyStatement.Builder.create()
                .sid("SendAccountMail")
                .actions(List.of("ses:SendEmail"))
                .resources(mailResources(Stack.of(this), settings))
                .build());
    }

    private static List<String> mailResources(Stack stack, Stage.IdentitySettings settings) {
        String prefix = "arn:" + stack.getPartition() + ":ses:" + stack.getRegion() + ":" + stack.getAccount() + ":";
        List<String> resources = new ArrayList<>(List.of(prefix + "identity/" + settings.mailIdentity()));
        if (!settings.sesConfigurationSet().isBlank()) {
            resources.add(prefix + "configuration-set/" + settings.sesConfigurationSet());
        }
        return resources;
    }

    public Secret signingKeys() {
        return signingKeys;
    }

    public NovaFunction rotation() {
        return rotation;
    }
}
