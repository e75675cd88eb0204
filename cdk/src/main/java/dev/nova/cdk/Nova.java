package dev.nova.cdk;

import dev.nova.routing.NovaRouting;
import io.github.cdklabs.cdknag.AwsSolutionsChecks;
import io.github.cdklabs.cdknag.NagPackProps;
import software.amazon.awscdk.App;
import software.amazon.awscdk.Aspects;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.Tags;

import java.util.ArrayList;
import java.util.List;

/**
 * Nova's stacks for one stage, wired through their constructors: network, then data and events, then the functions,
 * then the API, the schedulers and the alarms that use them. cdk-nag's AwsSolutions checks run on all of it at synth.
 */
public record Nova(Stage stage, NetworkStack network, DataStack data, EventsStack events, FunctionsStack functions,
                   ApiStack api, SchedulersStack schedulers, ObservabilityStack observability) {

    /** Builds every stack of the stage the context names into {@code app}. */
    public static Nova build(App app, Artifacts artifacts) {
        Stage stage = StageContext.from(app.getNode());
        StackProps props = StackProps.builder().env(environment()).build();
        String prefix = "Nova-" + stage.name() + "-";
        NetworkStack network = new NetworkStack(app, prefix + "Network", props, stage);
        DataStack data = new DataStack(app, prefix + "Data", props, new DataStack.Inputs(stage, network, artifacts));
        EventsStack events = new EventsStack(app, prefix + "Events", props, stage, NovaRouting.ROUTING);
        FunctionsStack functions = new FunctionsStack(app, prefix + "Functions", props,
                new FunctionsStack.Inputs(stage, network, data, events, artifacts));
        ApiStack api = new ApiStack(app, prefix + "Api", props, stage, functions.gateway().live());
        SchedulersStack schedulers = new SchedulersStack(app, prefix + "Schedulers", props, stage, network,
                functions, artifacts);
        List<NovaFunction> watched = new ArrayList<>(functions.all());
        watched.addAll(schedulers.jobs());
        ObservabilityStack observability = new ObservabilityStack(app, prefix + "Observability", props,
                new ObservabilityStack.Inputs(stage, events, watched, api));
        Tags.of(app).add("project", "nova");
        Tags.of(app).add("stage", stage.name());
        Aspects.of(app).add(new AwsSolutionsChecks(NagPackProps.builder().verbose(true).build()));
        return new Nova(stage, network, data, events, functions, api, schedulers, observability);
    }

    /** The account and region of the CLI's credentials, when it has some; otherwise an environment-agnostic app. */
    private static Environment environment() {
        return Environment.builder()
                .account(System.getenv("CDK_DEFAULT_ACCOUNT"))
                .region(System.getenv("CDK_DEFAULT_REGION"))
                .build();
    }
}
