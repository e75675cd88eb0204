package dev.nova.cdk;

import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.iam.IRole;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of Nova's Java functions as every one is deployed: Java 17 on arm64, SnapStart on the published version behind
 * the {@code live} alias (what callers invoke), in the VPC (isolated subnets unless it must reach the internet), memory and timeout from the stage,
 * its own log group with the stage's retention, active tracing.
 */
public class NovaFunction extends Construct {

    /** Tiered compilation stopped at C1: a third less cold start for short-lived Lambda JVMs (docs/benchmarks.md). */
    static final String JAVA_TOOL_OPTIONS = "-XX:+TieredCompilation -XX:TieredStopAtLevel=1";

    private final Function function;
    private final Alias live;
    private final Stage.FunctionSize size;
    private final String name;

    /**
     * What a function needs.
     *
     * @param name        its name within the stage ({@code gateway}, {@code users-events}, ...); sizes are looked up
     *                    by it and the function is called {@code nova-<stage>-<name>}
     * @param description what it does
     * @param jar         its jar's path
     * @param handler     its handler
     * @param environment its environment, beyond what every function gets
     * @param published   whether callers invoke it through the {@code live} alias, with SnapStart; functions that
     *                    AWS invokes by name at deploy or rotation time are not
     */
    public record Props(String name, String description, String jar, String handler,
                        Map<String, String> environment, boolean published) {

        /** A function invoked through its alias. */
        public Props(String name, String description, String jar, String handler, Map<String, String> environment) {
            this(name, description, jar, handler, environment, true);
        }
    }

    public NovaFunction(Construct scope, String id, Props props, Stage stage, Placement placement) {
        super(scope, id);
        name = props.name();
        size = stage.functions().of(props.name());
        String functionName = stage.resourceName(props.name());
        LogGroup logs = Logs.group(this, "Logs", "/aws/lambda/" + functionName, stage);
        Map<String, String> environment = new HashMap<>(props.environment());
        environment.put("JAVA_TOOL_OPTIONS", JAVA_TOOL_OPTIONS);
        environment.put("NOVA_STAGE", stage.name());
        function = Function.Builder.create(this, "Function")
                .functionName(functionName)
                .description(props.description())
                .runtime(Runtime.JAVA_17)
                .architecture(Architecture.ARM_64)
                .code(Code.fromAsset(props.jar()))
                .handler(props.handler())
                .memorySize(size.memoryMb())
                .timeout(Duration.seconds(size.timeoutSeconds()))
                .snapStart(props.published() ? SnapStartConf.ON_PUBLISHED_VERSIONS : null)
                .tracing(Tracing.ACTIVE)
                .logGroup(logs)
                .vpc(placement.vpc())
                .vpcSubnets(placement.subnets())
                .securityGroups(List.of(placement.group()))
                .environment(environment)
                .build();
        live = props.published()
                ? Alias.Builder.create(this, "Live").aliasName("live").version(function.getCurrentVersion()).build()
                : null;
        if (props.published()) {
            Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                    "every deploy publishes a version (the live alias points at it)");
        }
        IRole role = function.getRole();
        Nag.suppress(function, "AwsSolutions-L1", "Nova targets the Java 17 runtime (docs/decisions.md); newer "
                + "Java runtimes are adopted deliberately, with SnapStart and cold-start figures re-measured.");
        Nag.suppress(role, "AwsSolutions-IAM4", "The AWS-managed Lambda policies for writing logs and for attaching "
                        + "to the VPC are the documented minimum for a VPC function.",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole");
        Nag.suppress(role.getNode().findChild("DefaultPolicy"), "AwsSolutions-IAM5", "Resource '*' is granted only for "
                + "actions that have no resource-level permissions: X-Ray's PutTraceSegments and PutTelemetryRecords "
                + "(active tracing) and, on a rotation function, secretsmanager:GetRandomPassword.", "Resource::*");
    }

    public Function function() {
        return function;
    }

    /** The alias callers invoke: the SnapStart-published version. */
    public Alias live() {
        if (live == null) {
            throw new IllegalStateException(name + " is invoked by name, not through an alias");
        }
        return live;
    }

    public Stage.FunctionSize size() {
        return size;
    }

    /** Its name within the stage: {@code gateway}, {@code users-events}, ... */
    public String name() {
        return name;
    }
}
