package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataStackTest {

    private final Synthesized dev = Synthesized.dev();
    private final Template data = dev.template(dev.nova.data());

    @Test
    void theDatabaseIsEncryptedAuroraPostgresServerlessWithIamAuthAndForcedTls() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "EngineVersion", Match.stringLikeRegexp("^17\\..*"),
                "StorageEncrypted", true,
                "EnableIAMDatabaseAuthentication", true,
                "DatabaseName", "nova",
                "EnableCloudwatchLogsExports", List.of("postgresql"),
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0, "MaxCapacity", 4)));
        data.hasResourceProperties("AWS::RDS::DBClusterParameterGroup",
                Map.of("Parameters", Map.of("rds.force_ssl", "1")));
        data.allResourcesProperties("AWS::RDS::DBInstance", Map.of("PubliclyAccessible", false,
                "DBInstanceClass", "db.serverless"));
    }

    @Test
    void functionsReachTheDatabaseOnlyThroughTheProxyWithIamTokensOverTls() {
        data.hasResourceProperties("AWS::RDS::DBProxy", Map.of(
                "EngineFamily", "POSTGRESQL",
                "RequireTLS", true,
                "Auth", Match.arrayWith(List.of(Match.objectLike(Map.of("IAMAuth", "REQUIRED",
                        "AuthScheme", "SECRETS"))))));
        assertThat(dev.nova.data().jdbcUrl()).contains("sslmode=verify-full")
                .contains("sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory");
    }

    @Test
    void aRegionWhoseRdsRootsTheMigrationsFunctionLacksStopsTheSynth() {
        Artifacts artifacts = new Artifacts(Path.of("..").toAbsolutePath().normalize());
        App app = new App(AppProps.builder().context(Synthesized.committedContext()).outdir("target/cdk-regions")
                .build());
        Stage stage = StageContext.from(app.getNode());
        StackProps inIsrael = StackProps.builder().env(Environment.builder().account("123456789012")
                .region("il-central-1").build()).build();
        NetworkStack network = new NetworkStack(app, "Network", inIsrael, stage);

        assertThat(RdsRootCertificates.regionsIn(artifacts.jar(NovaFunctions.MIGRATIONS_JAR)))
                .hasSize(27).contains("us-east-1", "eu-west-1", "ap-southeast-2", "sa-east-1");
        assertThatThrownBy(() -> new DataStack(app, "Data", inIsrael, new DataStack.Inputs(stage, network,
                artifacts))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but not for il-central-1: add the region's roots to migrations/src/main/"
                        + "resources/dev/nova/migrations/rds-root-cas.pem");
    }

    @Test
    void theJvmTrustsTheAmazonRootsThatTheProxysCertificateChainsTo() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init((KeyStore) null);
        List<String> roots = Arrays.stream(trust.getTrustManagers()).filter(X509TrustManager.class::isInstance)
                .flatMap(manager -> Arrays.stream(((X509TrustManager) manager).getAcceptedIssuers()))
                .map(root -> root.getSubjectX500Principal().getName()).toList();

        assertThat(roots).contains("CN=Amazon Root CA 1,O=Amazon,C=US", "CN=Amazon Root CA 2,O=Amazon,C=US",
                "CN=Amazon Root CA 3,O=Amazon,C=US", "CN=Amazon Root CA 4,O=Amazon,C=US");
    }

    @Test
    void eachDomainHasItsOwnRotatedDatabaseSecret() {
        for (DomainDescriptor domain : NovaDomains.ALL) {
            data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                    "Name", "nova-dev-db-" + domain.name(),
                    "GenerateSecretString", Match.objectLike(Map.of("SecretStringTemplate",
                            Match.stringLikeRegexp(".*\"username\":\"" + domain.databaseUser() + "\".*")))));
        }
        // The admin's and each domain's password rotate every 30 days.
        data.resourceCountIs("AWS::SecretsManager::RotationSchedule", 1 + NovaDomains.ALL.size());
        data.allResourcesProperties("AWS::SecretsManager::RotationSchedule", Map.of("RotationRules",
                Map.of("ScheduleExpression", "rate(30 days)")));
    }

    @Test
    void migrationsRunOnEveryDeployBeforeTheFunctionsMove() {
        data.hasResourceProperties("Custom::NovaMigrations", Map.of(
                "Domains", String.join(",", NovaDomains.names()),
                "Database", "nova",
                "SslMode", "verify-full",
                "DomainSecretArns", Match.anyValue(),
                "Version", Match.stringLikeRegexp("[0-9a-f]{64}")));
        data.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", NovaFunctions.MIGRATIONS_HANDLER,
                "VpcConfig", Match.anyValue()));
        // The functions stack reads the proxy from this one, so CloudFormation finishes the migrations first.
        assertThat(dev.nova.functions().getDependencies()).contains(dev.nova.data());
    }

    @Test
    void prodKeepsItsDataAndHasAReader() {
        Synthesized prod = Synthesized.prod();
        Template data = prod.template(prod.nova.data());
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of("DeletionProtection", true,
                "BackupRetentionPeriod", 30));
        data.hasResource("AWS::RDS::DBCluster", Map.of("DeletionPolicy", "Snapshot"));
        data.resourceCountIs("AWS::RDS::DBInstance", 2);
    }
}
