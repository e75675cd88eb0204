package dev.nova.cdk;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NetworkStackTest {

    private final Template network = Synthesized.dev().template(Synthesized.dev().nova.network());

    @Test
    void theVpcHasNoRouteToTheInternet() {
        network.resourceCountIs("AWS::EC2::InternetGateway", 0);
        network.resourceCountIs("AWS::EC2::NatGateway", 0);
        network.resourceCountIs("AWS::EC2::Subnet", 2);
        network.allResourcesProperties("AWS::EC2::Subnet", Map.of("MapPublicIpOnLaunch", false));
        network.resourcePropertiesCountIs("AWS::EC2::Route",
                Map.of("DestinationCidrBlock", "0.0.0.0/0"), 0);
    }

    @Test
    void everyAwsServiceTheFunctionsCallHasAnEndpoint() {
        for (String service : List.of("lambda", "sqs", "secretsmanager", "email")) {
            network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of(
                    "VpcEndpointType", "Interface",
                    "PrivateDnsEnabled", true,
                    "ServiceName", Map.of("Fn::Join", List.of("", List.of("com.amazonaws.",
                            Map.of("Ref", "AWS::Region"), "." + service)))));
        }
        network.hasResourceProperties("AWS::EC2::VPCEndpoint", Map.of("VpcEndpointType", "Gateway"));
    }

    @Test
    void onlyNovasFunctionsReachTheEndpoints() {
        Map<String, Map<String, Object>> rules = network.findResources("AWS::EC2::SecurityGroupIngress");
        assertThat(rules).hasSize(2).allSatisfy((id, rule) -> assertThat(rule.toString())
                .contains("FromPort=443").contains("SourceSecurityGroupId").doesNotContain("CidrIp"));
    }

    @Test
    void flowLogsRecordAllTraffic() {
        network.hasResourceProperties("AWS::EC2::FlowLog", Map.of("TrafficType", "ALL",
                "LogDestinationType", "cloud-watch-logs"));
    }
}
