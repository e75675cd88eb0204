package dev.nova.cdk;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.ec2.FlowLogDestination;
import software.amazon.awscdk.services.ec2.FlowLogOptions;
import software.amazon.awscdk.services.ec2.FlowLogTrafficType;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.GatewayVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointAwsService;
import software.amazon.awscdk.services.ec2.InterfaceVpcEndpointOptions;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.Port;
import software.amazon.awscdk.services.ec2.SecurityGroup;
import software.amazon.awscdk.services.ec2.SubnetConfiguration;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.ec2.Vpc;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;
import java.util.Map;

/**
 * The network: a VPC whose functions and database live in isolated subnets (no route out), reaching every AWS
 * service they call through VPC endpoints (Lambda, SQS, Secrets Manager, SES; S3 through a gateway endpoint). Flow
 * logs record what crosses it. A stage that needs the internet for one function (identity, when Google or Apple
 * sign-in is on) sets {@code natGateways}: the VPC then also gets public subnets with NAT and egress subnets for
 * that function alone.
 */
public class NetworkStack extends Stack {

    /** The subnets functions and the database are placed in. */
    public static final SubnetSelection PRIVATE = SubnetSelection.builder()
            .subnetType(SubnetType.PRIVATE_ISOLATED).build();

    private static final Map<String, InterfaceVpcEndpointAwsService> ENDPOINTS = Map.of(
            "Lambda", InterfaceVpcEndpointAwsService.LAMBDA,
            "Sqs", InterfaceVpcEndpointAwsService.SQS,
            "SecretsManager", InterfaceVpcEndpointAwsService.SECRETS_MANAGER,
            "Ses", InterfaceVpcEndpointAwsService.EMAIL);

    private final Vpc vpc;
    private final SecurityGroup functionsSecurityGroup;
    private final SecurityGroup endpointsSecurityGroup;
    private final SecurityGroup adminSecurityGroup;

    public NetworkStack(Construct scope, String id, StackProps props, Stage stage) {
        super(scope, id, props);
        LogGroup flowLogs = Logs.group(this, "FlowLogs", null, stage);
        vpc = Vpc.Builder.create(this, "Vpc")
                .vpcName(stage.resourceName("vpc"))
                .maxAzs(stage.maxAzs())
                .natGateways(stage.natGateways())
                .subnetConfiguration(subnets(stage.natGateways()))
                .flowLogs(Map.of("All", FlowLogOptions.builder()
                        .destination(FlowLogDestination.toCloudWatchLogs(flowLogs))
                        .trafficType(FlowLogTrafficType.ALL).build()))
                .build();
        // Egress is left open on purpose: the subnets have no route out of the VPC, so "anywhere" means the
        // endpoints and the database proxy, and rules per endpoint would only repeat the route tables.
        functionsSecurityGroup = SecurityGroup.Builder.create(this, "Functions")
                .vpc(vpc).description("Nova functions").allowAllOutbound(true).build();
        endpointsSecurityGroup = SecurityGroup.Builder.create(this, "Endpoints")
                .vpc(vpc).description("AWS service endpoints of the Nova VPC").allowAllOutbound(false).build();
        // The migrations and rotation functions talk to the database cluster itself: roles and passwords are not
        // proxied.
        adminSecurityGroup = SecurityGroup.Builder.create(this, "DatabaseAdmin")
                .vpc(vpc).description("Functions that administer the Nova database").allowAllOutbound(true).build();
        allowHttps(functionsSecurityGroup, "functions");
        allowHttps(adminSecurityGroup, "database administration");
        vpc.addGatewayEndpoint("S3", GatewayVpcEndpointOptions.builder()
                .service(GatewayVpcEndpointAwsService.S3).subnets(List.of(PRIVATE)).build());
        ENDPOINTS.forEach((name, service) -> vpc.addInterfaceEndpoint(name, InterfaceVpcEndpointOptions.builder()
                .service(service).subnets(PRIVATE).privateDnsEnabled(true).open(false)
                .securityGroups(List.of(endpointsSecurityGroup)).build()));
    }

    private static List<SubnetConfiguration> subnets(int natGateways) {
        SubnetConfiguration isolated = SubnetConfiguration.builder()
                .name("private").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(22).build();
        if (natGateways == 0) {
            return List.of(isolated);
        }
        return List.of(isolated,
                SubnetConfiguration.builder().name("egress").subnetType(SubnetType.PRIVATE_WITH_EGRESS)
                        .cidrMask(24).build(),
                SubnetConfiguration.builder().name("public").subnetType(SubnetType.PUBLIC).cidrMask(26)
                        .mapPublicIpOnLaunch(false).build());
    }

    /** Where a function runs that needs no internet: every function but one that says why it does. */
    public Placement placement() {
        return new Placement(vpc, PRIVATE, functionsSecurityGroup);
    }

    /** Where the database administration functions run. */
    public Placement adminPlacement() {
        return new Placement(vpc, PRIVATE, adminSecurityGroup);
    }

    /** Subnets with a NAT route, for a function that must reach the internet; the stage must have asked for NAT. */
    public Placement internetPlacement(String why) {
        if (vpc.getPrivateSubnets().isEmpty()) {
            throw new IllegalArgumentException(why + " needs the internet: set natGateways to 1 or more in the "
                    + "stage's context");
        }
        return new Placement(vpc, SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build(),
                functionsSecurityGroup);
    }

    private void allowHttps(ISecurityGroup group, String who) {
        endpointsSecurityGroup.addIngressRule(group, Port.tcp(443), who + " to AWS service endpoints");
    }

    public Vpc vpc() {
        return vpc;
    }

    public SecurityGroup functionsSecurityGroup() {
        return functionsSecurityGroup;
    }

    /** The database administration functions' group: migrations and password rotation. */
    public SecurityGroup adminSecurityGroup() {
        return adminSecurityGroup;
    }
}
