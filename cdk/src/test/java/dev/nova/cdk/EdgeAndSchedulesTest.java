package dev.nova.cdk;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The API stack's edge and the schedulers' rules. */
class EdgeAndSchedulesTest {

    private final Synthesized dev = Synthesized.dev();

    @Test
    void graphqlRoutesToTheGatewaysLiveAliasWithAccessLogsThrottlingAndCors() {
        Template api = dev.template(dev.nova.api());
        api.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of(
                "ProtocolType", "HTTP",
                "CorsConfiguration", Match.objectLike(Map.of(
                        "AllowOrigins", dev.nova.stage().api().corsOrigins(),
                        "AllowMethods", List.of("GET", "POST", "OPTIONS")))));
        api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "POST /graphql"));
        api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "GET /graphql"));
        api.resourceCountIs("AWS::ApiGatewayV2::Route", 2);
        api.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "AccessLogSettings", Map.of("DestinationArn", Match.anyValue(),
                        "Format", Match.stringLikeRegexp(".*\\$context.requestId.*\\$context.status.*")),
                "DefaultRouteSettings", Map.of("ThrottlingRateLimit", 50, "ThrottlingBurstLimit", 100)));
        Map<String, Map<String, Object>> integrations = api.findResources("AWS::ApiGatewayV2::Integration");
        assertThat(integrations).hasSize(1);
        assertThat(integrations.values().iterator().next().toString()).contains("PayloadFormatVersion=2.0")
                .contains("GatewayLive");
    }

    @Test
    void theOutboxSweeperRunsEveryMinuteOnItsLiveAlias() {
        Template schedulers = dev.template(dev.nova.schedulers());
        schedulers.hasResourceProperties("AWS::Events::Rule", Map.of(
                "ScheduleExpression", "rate(1 minute)",
                "State", "ENABLED",
                "Targets", List.of(Match.objectLike(Map.of("Arn", Map.of("Ref",
                        IamGrants.logicalId(dev.nova.schedulers().outboxSweeper().live())),
                        "RetryPolicy", Map.of("MaximumRetryAttempts", 0, "MaximumEventAgeInSeconds", 60))))));
        schedulers.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", NovaFunctions.OUTBOX_SWEEPER_HANDLER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "NOVA_OUTBOX_DOMAINS", "identity,users,media",
                        "NOVA_IDENTITY_FUNCTION", Match.anyValue(),
                        "NOVA_USERS_FUNCTION", Match.anyValue(),
                        "NOVA_MEDIA_FUNCTION", Match.anyValue())))));
    }
}
