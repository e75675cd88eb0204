package dev.nova.cdk;

import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.lambda.IFunction;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.List;

/**
 * The public edge: an HTTP API whose {@code /graphql} (POST, and GET for persisted queries) goes to the gateway's live
 * alias. It logs every request as one JSON line, throttles to the stage's rate and burst, and allows the app origins
 * the stage names (CORS). Authentication is the gateway's: it verifies tokens itself, and sign-up and sign-in have to
 * reach it without one.
 */
public class ApiStack extends Stack {

    /** One JSON line per request: enough to trace a call from the app through the gateway's logs. */
    static final String ACCESS_LOG = "{\"requestId\":\"$context.requestId\",\"ip\":\"$context.identity.sourceIp\","
            + "\"requestTime\":\"$context.requestTime\",\"method\":\"$context.httpMethod\","
            + "\"path\":\"$context.path\",\"status\":\"$context.status\","
            + "\"responseLength\":\"$context.responseLength\",\"latency\":\"$context.responseLatency\","
            + "\"integrationLatency\":\"$context.integrationLatency\","
            + "\"integrationError\":\"$context.integrationErrorMessage\",\"userAgent\":\"$context.identity.userAgent\"}";

    private final HttpApi api;
    private final HttpStage stage;

    public ApiStack(Construct scope, String id, StackProps props, Stage config, IFunction gateway) {
        super(scope, id, props);
        api = HttpApi.Builder.create(this, "Api")
                .apiName(config.resourceName("api"))
                .description("Nova's GraphQL endpoint")
                .createDefaultStage(false)
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(config.api().corsOrigins())
                        .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.OPTIONS))
                        .allowHeaders(List.of("content-type", "authorization", "x-correlation-id",
                                "idempotency-key"))
                        .exposeHeaders(List.of("x-correlation-id"))
                        .maxAge(Duration.hours(1))
                        .build())
                .build();
        LogGroup accessLogs = Logs.group(this, "AccessLogs", "/aws/apigateway/" + config.resourceName("api"),
                config);
        stage = HttpStage.Builder.create(this, "DefaultStage")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .throttle(ThrottleSettings.builder()
                        .rateLimit(config.api().throttleRate()).burstLimit(config.api().throttleBurst()).build())
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public LogGroupLogDestination getDestination() {
                        return new LogGroupLogDestination(accessLogs);
                    }

                    @Override
                    public AccessLogFormat getFormat() {
                        return AccessLogFormat.custom(ACCESS_LOG);
                    }
                })
                .build();
        HttpLambdaIntegration integration = new HttpLambdaIntegration("Gateway", gateway);
        List<HttpRoute> routes = api.addRoutes(AddRoutesOptions.builder()
                .path("/graphql").methods(List.of(HttpMethod.POST, HttpMethod.GET)).integration(integration).build());
        routes.forEach(route -> Nag.suppress(route, "AwsSolutions-APIG4", "The gateway authenticates: it verifies "
                + "identity's RS256 tokens itself and answers UNAUTHENTICATED per field, because sign-up, sign-in "
                + "and public reads must reach it without a token."));
        CfnOutput.Builder.create(this, "GraphQlEndpoint").value(api.getApiEndpoint() + "/graphql")
                .description("Nova's GraphQL endpoint").build();
    }

    public HttpApi api() {
        return api;
    }

    public HttpStage stage() {
        return stage;
    }
}
