package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FunctionsStackTest {

    private final Synthesized dev = Synthesized.dev();
    private final Template functions = dev.template(dev.nova.functions());

    @Test
    void everyCalledFunctionIsJava17WithSnapStartBehindALiveAlias() {
        for (NovaFunction function : List.of(dev.nova.functions().gateway(), dev.nova.functions().domains()
                .get("identity"), dev.nova.functions().domains().get("users"),
                dev.nova.functions().domains().get("media"))) {
            Stage.FunctionSize size = dev.nova.stage().functions().of(function.name());
            functions.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "nova-dev-" + function.name(),
                    "Runtime", "java17",
                    "Architectures", List.of("arm64"),
                    "MemorySize", size.memoryMb(),
                    "Timeout", size.timeoutSeconds(),
                    "SnapStart", Map.of("ApplyOn", "PublishedVersions"),
                    "TracingConfig", Map.of("Mode", "Active"),
                    "VpcConfig", Match.anyValue()));
        }
        functions.resourceCountIs("AWS::Lambda::Alias", 7);
        functions.allResourcesProperties("AWS::Lambda::Alias", Map.of("Name", "live"));
    }

    @Test
    void creatorsUploadToAPrivateBucketThatForgetsWhatIsNeverFinished() {
        functions.hasResourceProperties("AWS::S3::Bucket", Map.of(
                "PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
                        "IgnorePublicAcls", true, "RestrictPublicBuckets", true),
                "BucketEncryption", Match.anyValue(),
                "LoggingConfiguration", Match.objectLike(Map.of("LogFilePrefix", "uploads/")),
                "LifecycleConfiguration", Map.of("Rules", List.of(
                        Match.objectLike(Map.of("AbortIncompleteMultipartUpload", Map.of("DaysAfterInitiation", 1),
                                "Status", "Enabled")),
                        Match.objectLike(Map.of("Prefix", "uploads/", "ExpirationInDays", 7))))));
        functions.hasResourceProperties("AWS::S3::BucketPolicy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Effect", "Deny",
                        "Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")))))), "Version",
                "2012-10-17")));
        functions.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "nova-dev-media",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("NOVA_UPLOADS_BUCKET", Match.anyValue(),
                        "NOVA_MEDIA_BUCKET", Match.anyValue())))));
        functions.hasResourceProperties("Custom::S3BucketNotifications", Map.of("NotificationConfiguration",
                Map.of("QueueConfigurations", List.of(Match.objectLike(Map.of("Events", List.of("s3:ObjectCreated:*"),
                        "Filter", Map.of("Key", Map.of("FilterRules", List.of(Map.of("Name", "prefix",
                                "Value", "uploads/"))))))))));
        functions.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "nova-dev-media-events",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("NOVA_MEDIA_BUCKET", Match.anyValue())))));
        functions.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of("Action", List.of("s3:PutObject", "s3:GetObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"),
                        "Effect", "Allow")))), "Version", "2012-10-17")));
    }

    @Test
    void domainFunctionsSignInToTheProxyAsTheirOwnRoleWithIam() {
        for (DomainDescriptor domain : NovaDomains.ALL) {
            functions.hasResourceProperties("AWS::Lambda::Function", Map.of(
                    "FunctionName", "nova-dev-" + domain.name(),
                    "Environment", Map.of("Variables", Match.objectLike(Map.of(
                            "NOVA_DB_USER", domain.databaseUser(),
                            "NOVA_DB_IAM_AUTH", "true",
                            "NOVA_QUEUE_PREFIX", "nova-dev-")))));
            String role = IamGrants.logicalId(dev.nova.functions().domains().get(domain.name()).function().getRole());
            Map<String, Map<String, Object>> connects = functions.findResources("AWS::IAM::Policy", Map.of(
                    "Properties", Map.of("Roles", List.of(Map.of("Ref", role)), "PolicyDocument", Map.of("Statement",
                            Match.arrayWith(List.of(Match.objectLike(Map.of("Action", "rds-db:connect"))))))));
            assertThat(connects).hasSize(1);
            assertThat(connects.values().iterator().next().toString())
                    .contains(":dbuser:", "/" + domain.databaseUser() + "]").doesNotContain("/nova_" + "*");
        }
    }

    @Test
    void theUsersConsumerReadsItsQueueThroughItsAliasReportingPartialFailures() {
        Map<String, Map<String, Object>> mappings = functions.findResources("AWS::Lambda::EventSourceMapping",
                Map.of("Properties", Map.of("BatchSize", 10,
                        "FunctionResponseTypes", List.of("ReportBatchItemFailures"))));
        assertThat(mappings).hasSize(3);
        assertThat(mappings.values().toString())
                .contains(IamGrants.logicalId(dev.nova.functions().consumers().get(0).live()), ":live")
                .contains("UsersIdentityEvents", "MediaPipeline", "UploadNotifications");
    }

    @Test
    void onlyIdentityReadsTheSigningKeysAndTheyRotateEveryThirtyDays() {
        String secret = IamGrants.logicalId(dev.nova.functions().identity().signingKeys());
        functions.resourcePropertiesCountIs("AWS::IAM::Policy", Map.of("PolicyDocument", Map.of("Statement",
                Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("secretsmanager:GetSecretValue")),
                        "Resource", Map.of("Ref", secret))))))), 2);
        functions.hasResourceProperties("AWS::SecretsManager::RotationSchedule", Map.of(
                "SecretId", Map.of("Ref", secret),
                "RotationRules", Map.of("ScheduleExpression", "rate(30 days)")));
        functions.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", NovaFunctions.SIGNING_KEY_ROTATION_HANDLER));
        functions.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "nova-dev-identity",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "NOVA_SIGNING_KEYS_SECRET", Map.of("Ref", secret),
                        "NOVA_MAIL_FROM", "Nova dev <no-reply@dev.nova.example>")))));
    }

    @Test
    void noFunctionButIdentityAndItsRotationReadsASecret() {
        List<String> readers = List.of(
                IamGrants.logicalId(dev.nova.functions().domains().get("identity").function().getRole()),
                IamGrants.logicalId(dev.nova.functions().identity().rotation().function().getRole()));
        for (Template stack : List.of(functions, dev.template(dev.nova.schedulers()), dev.template(dev.nova.api()))) {
            stack.findResources("AWS::IAM::Policy").values().stream()
                    .filter(policy -> policy.toString().contains("secretsmanager:GetSecretValue"))
                    .forEach(policy -> assertThat(readers).anyMatch(role -> policy.toString().contains(role)));
        }
        assertThat(functions.findResources("AWS::IAM::Policy").values().stream()
                .filter(policy -> policy.toString().contains("secretsmanager:GetSecretValue"))).hasSize(2);
    }

    @Test
    void devIntrospectsAndRunsAnyQueryProductionRunsOnlyTheAppsOperations() {
        functions.hasResourceProperties("AWS::Lambda::Function", Map.of("FunctionName", "nova-dev-gateway",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("NOVA_GRAPHQL_INTROSPECTION", "true",
                        "NOVA_PERSISTED_QUERIES", "automatic", "NOVA_SHED_BURST", "300")))));
        Synthesized prod = Synthesized.prod();
        prod.template(prod.nova.functions()).hasResourceProperties("AWS::Lambda::Function", Map.of(
                "FunctionName", "nova-prod-gateway",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("NOVA_GRAPHQL_INTROSPECTION", "false",
                        "NOVA_PERSISTED_QUERIES", "allowlist", "NOVA_SHED_BURST", "300")))));
    }
}
