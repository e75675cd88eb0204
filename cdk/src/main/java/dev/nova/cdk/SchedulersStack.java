package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.Schedule;
import software.amazon.awscdk.services.events.targets.LambdaFunction;
import software.amazon.awscdk.services.events.targets.LambdaFunctionProps;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The scheduled jobs, as EventBridge rules on the schedulers' functions. The outbox sweeper runs every minute: it
 * asks each domain to publish what its fast path missed, and reports each outbox's backlog and oldest event as
 * metrics. Orphan cleaners and retention jobs join here as they land, each a function and a rule.
 */
public class SchedulersStack extends Stack {

    private final List<NovaFunction> jobs = new ArrayList<>();
    private final NovaFunction outboxSweeper;

    public SchedulersStack(Construct scope, String id, StackProps props, Stage stage, NetworkStack network,
                           FunctionsStack functions, Artifacts artifacts) {
        super(scope, id, props);
        Map<String, String> environment = new HashMap<>(functions.invokeEnvironment());
        environment.put("NOVA_OUTBOX_DOMAINS", NovaDomains.ALL.stream().map(DomainDescriptor::name)
                .collect(Collectors.joining(",")));
        outboxSweeper = new NovaFunction(this, "OutboxSweeper", new NovaFunction.Props("outbox-sweeper",
                "Sweeps every domain's outbox and reports its backlog", artifacts.jar(NovaFunctions.SCHEDULERS_JAR),
                NovaFunctions.OUTBOX_SWEEPER_HANDLER, environment), stage, network.placement());
        functions.domains().values().forEach(domain -> domain.live().grantInvoke(outboxSweeper.function()));
        schedule("OutboxSweep", Schedule.rate(Duration.minutes(1)), outboxSweeper);
    }

    private void schedule(String id, Schedule schedule, NovaFunction job) {
        Rule.Builder.create(this, id + "Schedule")
                .schedule(schedule)
                .targets(List.of(new LambdaFunction(job.live(), LambdaFunctionProps.builder()
                        // A missed run is made up by the next one: no retries piling onto a slow database.
                        .retryAttempts(0)
                        .maxEventAge(Duration.minutes(1))
                        .build())))
                .build();
        jobs.add(job);
    }

    public NovaFunction outboxSweeper() {
        return outboxSweeper;
    }

    public List<NovaFunction> jobs() {
        return jobs;
    }
}
