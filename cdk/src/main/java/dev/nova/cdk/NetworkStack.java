package dev.nova.cdk;

import software.amazon.awscdk.RemovalPolicy;
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
 * The network: a VPC of isolated subnets only (no internet gateway, no NAT), so nothing in it can reach the
 * internet, and VPC endpoints for every AWS service the functions call (Lambda, SQS, Secrets Manager, SES; S3 through
 * a gateway endpoint). Functions and the database live in these subnets; flow logs record what crosses them.
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
        LogGroup flowLogs = LogGroup.Builder.create(this, "FlowLogs")
                .retention(Logs.retention(stage.logRetentionDays()))
                .removalPolicy(stage.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
        vpc = Vpc.Builder.create(this, "Vpc")
                .vpcName(stage.resourceName("vpc"))
                .maxAzs(stage.maxAzs())
                .natGateways(0)
                .subnetConfiguration(List.of(SubnetConfiguration.builder()
                        .name("private").subnetType(SubnetType.PRIVATE_ISOLATED).cidrMask(22).build()))
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
