package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import software.amazon.awscdk.CustomResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Token;
import software.amazon.awscdk.customresources.Provider;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.iam.IGrantable;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.rds.AuroraPostgresClusterEngineProps;
import software.amazon.awscdk.services.rds.AuroraPostgresEngineVersion;
import software.amazon.awscdk.services.rds.BackupProps;
import software.amazon.awscdk.services.rds.ClusterInstance;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.CredentialsBaseOptions;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.rds.DatabaseClusterEngine;
import software.amazon.awscdk.services.rds.DatabaseProxy;
import software.amazon.awscdk.services.rds.DatabaseProxyOptions;
import software.amazon.awscdk.services.rds.DatabaseSecret;
import software.amazon.awscdk.services.rds.IClusterInstance;
import software.amazon.awscdk.services.rds.ServerlessV2ClusterInstanceProps;
import software.amazon.awscdk.services.secretsmanager.HostedRotation;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.services.secretsmanager.RotationSchedule;
import software.amazon.awscdk.services.secretsmanager.RotationScheduleOptions;
import software.amazon.awscdk.services.secretsmanager.SingleUserHostedRotationOptions;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The data: Aurora PostgreSQL Serverless v2 (encrypted, TLS forced, IAM authentication on) behind RDS Proxy. Each
 * domain has its own database role {@code nova_<domain>} whose credentials live in Secrets Manager, rotated every 30
 * days; functions reach the proxy with IAM tokens as their role and never hold a password. The migrations function
 * runs on every deploy, before the functions stack moves the aliases: it makes the roles and schemas (each role owns
 * its schema and nothing else) and applies each domain's Flyway scripts.
 */
public class DataStack extends Stack {

    public static final String DATABASE_NAME = "nova";
    public static final int PORT = 5432;
    static final Duration ROTATION = Duration.days(30);

    /** Where the data layer is and who may reach it. */
    public record Inputs(Stage stage, NetworkStack network, Artifacts artifacts) {
    }

    private final DatabaseCluster cluster;
    private final DatabaseProxy proxy;
    private final Map<String, ISecret> domainSecrets = new LinkedHashMap<>();
    private final NovaFunction migrations;

    public DataStack(Construct scope, String id, StackProps props, Inputs inputs) {
        super(scope, id, props);
        if (!Token.isUnresolved(getRegion())) {
            RdsRootCertificates.requireRootsFor(getRegion(), inputs.artifacts().jar(NovaFunctions.MIGRATIONS_JAR));
        }
        Stage stage = inputs.stage();
        IVpc vpc = inputs.network().vpc();
        SecurityGroup database = group(vpc, "Database", "Nova database cluster");
        SecurityGroup proxyGroup = group(vpc, "Proxy", "Nova database proxy");
        ISecurityGroup admin = inputs.network().adminSecurityGroup();
        proxyGroup.addIngressRule(inputs.network().functionsSecurityGroup(), Port.tcp(PORT), "functions to proxy");
        database.addIngressRule(proxyGroup, Port.tcp(PORT), "proxy to database");
        database.addIngressRule(admin, Port.tcp(PORT), "migrations and rotation to database");
        // The cluster's log group is made here, with the stage's retention, before the cluster writes to it.
        String clusterName = stage.resourceName("db");
        LogGroup clusterLogs = Logs.group(this, "ClusterLogs", "/aws/rds/cluster/" + clusterName + "/postgresql",
                stage);

        cluster = DatabaseCluster.Builder.create(this, "Cluster")
                .clusterIdentifier(clusterName)
                .engine(DatabaseClusterEngine.auroraPostgres(AuroraPostgresClusterEngineProps.builder()
                        .version(AuroraPostgresEngineVersion.VER_17_5).build()))
                .credentials(Credentials.fromGeneratedSecret("nova_admin", CredentialsBaseOptions.builder()
                        .secretName(stage.resourceName("db-admin")).build()))
                .defaultDatabaseName(DATABASE_NAME)
                .port(PORT)
                .writer(ClusterInstance.serverlessV2("Writer", instance(false)))
                .readers(readers(stage.database().readers()))
                .serverlessV2MinCapacity(stage.database().minCapacity())
                .serverlessV2MaxCapacity(stage.database().maxCapacity())
                .vpc(vpc)
                .vpcSubnets(NetworkStack.PRIVATE)
                .securityGroups(List.of(database))
                .storageEncrypted(true)
                .iamAuthentication(true)
                .parameters(Map.of("rds.force_ssl", "1"))
                .cloudwatchLogsExports(List.of("postgresql"))
                .deletionProtection(stage.database().deletionProtection())
                .backup(BackupProps.builder().retention(Duration.days(stage.database().backupRetentionDays())).build())
                .removalPolicy(stage.retainData() ? RemovalPolicy.SNAPSHOT : RemovalPolicy.DESTROY)
                .build();
        cluster.getNode().addDependency(clusterLogs);
        RotationSchedule adminRotation = rotate(cluster.getSecret(), "AdminRotation", stage, admin);

        for (DomainDescriptor domain : NovaDomains.ALL) {
            DatabaseSecret secret = DatabaseSecret.Builder.create(this, Names.pascal(domain.name()) + "Secret")
                    .secretName(stage.resourceName("db-" + domain.name()))
                    .username(domain.databaseUser())
                    .dbname(DATABASE_NAME)
                    .build();
            domainSecrets.put(domain.name(), secret.attach(cluster));
        }
        proxy = cluster.addProxy("Proxy", DatabaseProxyOptions.builder()
                .dbProxyName(stage.resourceName("db-proxy"))
                .vpc(vpc)
                .vpcSubnets(NetworkStack.PRIVATE)
                .securityGroups(List.of(proxyGroup))
                .secrets(List.copyOf(domainSecrets.values()))
                .iamAuth(true)
                .requireTls(true)
                .build());

        migrations = new NovaFunction(this, "Migrations", new NovaFunction.Props("migrations",
                "Applies every domain's database migrations on deploy",
                inputs.artifacts().jar(NovaFunctions.MIGRATIONS_JAR), NovaFunctions.MIGRATIONS_HANDLER, Map.of(), false),
                stage, inputs.network().adminPlacement());
        cluster.getSecret().grantRead(migrations.function());
        domainSecrets.values().forEach(secret -> secret.grantRead(migrations.function()));
        CustomResource migrated = migrate(inputs, stage);
        migrated.getNode().addDependency(cluster, adminRotation);
        // A domain's password rotates only once its role exists: rotation signs in as the role.
        domainSecrets.forEach((domain, secret) -> rotate(secret, Names.pascal(domain) + "Rotation", stage, admin)
                .getNode().addDependency(migrated));
        suppressFindings(stage);
    }

    private CustomResource migrate(Inputs inputs, Stage stage) {
        Provider provider = Provider.Builder.create(this, "MigrationsProvider")
                .onEventHandler(migrations.function())
                .providerFunctionName(stage.resourceName("migrations-provider"))
                .build();
        Nag.suppressPath(this, provider.getNode().getPath() + "/framework-onEvent/ServiceRole/Resource",
                "AwsSolutions-IAM4", "CDK's custom-resource provider framework: the AWS-managed policy lets it write "
                        + "its own logs.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole");
        Nag.suppressPath(this, provider.getNode().getPath() + "/framework-onEvent/ServiceRole/DefaultPolicy/Resource",
                "AwsSolutions-IAM5", "The provider framework invokes the migrations function, any of its versions.",
                "Resource::<" + getLogicalId((software.amazon.awscdk.CfnElement) migrations.function().getNode()
                        .getDefaultChild()) + ".Arn>:*");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("Host", cluster.getClusterEndpoint().getHostname());
        properties.put("Port", String.valueOf(PORT));
        properties.put("Database", DATABASE_NAME);
        properties.put("SslMode", "verify-full");
        properties.put("AdminSecretArn", cluster.getSecret().getSecretArn());
        properties.put("Domains", NovaDomains.ALL.stream().map(DomainDescriptor::name).collect(Collectors.joining(",")));
        properties.put("DomainSecretArns", domainSecrets.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + entry.getValue().getSecretArn())
                .collect(Collectors.joining(",")));
        // A new jar (new migrations) changes the fingerprint, so CloudFormation calls the function again.
        properties.put("Version", inputs.artifacts().fingerprint(NovaFunctions.MIGRATIONS_JAR));
        return CustomResource.Builder.create(this, "Migrated")
                .serviceToken(provider.getServiceToken())
                .resourceType("Custom::NovaMigrations")
                .properties(properties)
                .build();
    }

    private RotationSchedule rotate(ISecret secret, String id, Stage stage, ISecurityGroup admin) {
        return secret.addRotationSchedule(id, RotationScheduleOptions.builder()
                .automaticallyAfter(ROTATION)
                // A generated password is new already; rotating it during the first deploy would race migrations.
                .rotateImmediatelyOnUpdate(false)
                .hostedRotation(HostedRotation.postgreSqlSingleUser(SingleUserHostedRotationOptions.builder()
                        .functionName(stage.resourceName(Names.kebab(id)))
                        .vpc(cluster.getVpc())
                        .vpcSubnets(NetworkStack.PRIVATE)
                        .securityGroups(List.of(admin))
                        .build()))
                .build());
    }

    private SecurityGroup group(IVpc vpc, String id, String description) {
        return SecurityGroup.Builder.create(this, id + "SecurityGroup").vpc(vpc).description(description).build();
    }

    /** A reader scales with the writer, so that a failover lands on an instance of the writer's size. */
    private static ServerlessV2ClusterInstanceProps instance(boolean reader) {
        return ServerlessV2ClusterInstanceProps.builder().enablePerformanceInsights(true)
                .publiclyAccessible(false).scaleWithWriter(reader ? Boolean.TRUE : null).build();
    }

    private static List<IClusterInstance> readers(int count) {
        return IntStream.rangeClosed(1, count)
                .mapToObj(n -> ClusterInstance.serverlessV2("Reader" + n, instance(true))).toList();
    }

    private void suppressFindings(Stage stage) {
        if (!stage.database().deletionProtection()) {
            Nag.suppress(cluster, "AwsSolutions-RDS10", "Stage " + stage.name() + " is disposable: its context "
                    + "turns deletion protection off so that cdk destroy removes it (prod keeps it on).");
        }
    }

    /** Lets {@code grantee} sign in to the proxy as {@code domain}'s role with IAM tokens. */
    public void grantConnect(IGrantable grantee, DomainDescriptor domain) {
        proxy.grantConnect(grantee, domain.databaseUser());
    }

    /**
     * The JDBC URL functions use: the proxy over TLS, its certificate and host name verified. The proxy's
     * certificate comes from ACM and chains to Amazon's public roots, which the JVM's own trust store holds.
     */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + proxy.getEndpoint() + ":" + PORT + "/" + DATABASE_NAME
                + "?sslmode=verify-full&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory";
    }

    public DatabaseCluster cluster() {
        return cluster;
    }

    public DatabaseProxy proxy() {
        return proxy;
    }

    public NovaFunction migrations() {
        return migrations;
    }
}
