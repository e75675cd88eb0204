package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.Dashboard;
import software.amazon.awscdk.services.cloudwatch.GraphWidget;
import software.amazon.awscdk.services.cloudwatch.IMetric;
import software.amazon.awscdk.services.cloudwatch.Metric;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.kms.Alias;
import software.amazon.awscdk.services.sns.Topic;
import software.amazon.awscdk.services.sns.subscriptions.EmailSubscription;
import software.constructs.Construct;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Alarms and the dashboard. Every alarm notifies the stage's alarm topic; docs/deploy.md says what each one means
 * and what to do. The alarms: a message in any dead-letter queue; any function error or throttle; a function's p99
 * duration above 80% of its timeout; an outbox whose oldest unpublished event is older than five minutes (or whose
 * metric stopped: the sweeper itself is down); an outbox with a parked event (one the relay gave up sending).
 */
public class ObservabilityStack extends Stack {

    static final String NAMESPACE = "Nova";
    static final String OUTBOX_AGE_METRIC = "outbox_oldest_unpublished_seconds";
    static final String OUTBOX_PARKED_METRIC = "outbox_parked";
    static final int OUTBOX_AGE_LIMIT_SECONDS = 300;
    static final double DURATION_SHARE_OF_TIMEOUT = 0.8;

    /** What is watched. */
    public record Inputs(Stage stage, EventsStack events, List<NovaFunction> functions, ApiStack api) {
    }

    private final Topic alarms;
    private final List<Alarm> all = new ArrayList<>();

    public ObservabilityStack(Construct scope, String id, StackProps props, Inputs inputs) {
        super(scope, id, props);
        Stage stage = inputs.stage();
        alarms = Topic.Builder.create(this, "Alarms")
                .topicName(stage.resourceName("alarms"))
                .masterKey(Alias.fromAliasName(this, "SnsKey", "alias/aws/sns"))
                .enforceSsl(true)
                .build();
        if (!stage.alarmEmail().isBlank()) {
            alarms.addSubscription(new EmailSubscription(stage.alarmEmail()));
        }
        Dashboard dashboard = Dashboard.Builder.create(this, "Dashboard")
                .dashboardName(stage.resourceName("overview")).build();
        dashboard.addWidgets(graph("API requests and errors", inputs.api().api().metricCount(),
                        inputs.api().api().metricServerError(), inputs.api().api().metricClientError()),
                graph("API latency p99 (ms)", inputs.api().api().metricLatency(p99())));

        for (EventsStack.RouteQueues queues : inputs.events().queues()) {
            IMetric depth = queues.deadLetters().metricApproximateNumberOfMessagesVisible(maximum());
            alarm(stage, queues.route().queue() + "-dlq-not-empty", depth, 0, 1, TreatMissingData.NOT_BREACHING,
                    "A message of " + queues.route().queue() + " failed " + queues.route().maxReceiveCount()
                            + " times and is parked in its dead-letter queue.");
            dashboard.addWidgets(graph("Queue " + queues.route().queue(),
                    queues.queue().metricApproximateAgeOfOldestMessage(maximum()), depth));
        }
        for (NovaFunction function : inputs.functions()) {
            watch(stage, function, dashboard);
        }
        for (DomainDescriptor domain : NovaDomains.ALL) {
            Metric age = outboxMetric(OUTBOX_AGE_METRIC, domain);
            alarm(stage, domain.name() + "-outbox-stalled", age, OUTBOX_AGE_LIMIT_SECONDS, 3,
                    TreatMissingData.BREACHING, "The oldest unpublished event of " + domain.name()
                            + "'s outbox is over 5 minutes old, or the sweeper stopped reporting.");
            // Parked events are out of the relay's line, so they never age the metric above: they alarm on their own.
            Metric parked = outboxMetric(OUTBOX_PARKED_METRIC, domain);
            alarm(stage, domain.name() + "-outbox-parked", parked, 0, 1, TreatMissingData.NOT_BREACHING,
                    "The relay gave up sending an event of " + domain.name() + "'s outbox after 10 attempts.");
            dashboard.addWidgets(graph("Outbox " + domain.name() + ": oldest unpublished (s)", age),
                    graph("Outbox " + domain.name() + ": parked events", parked));
        }
    }

    /** A metric the outbox sweeper writes for {@code domain}, in embedded metric format, once a minute. */
    private static Metric outboxMetric(String name, DomainDescriptor domain) {
        return Metric.Builder.create().namespace(NAMESPACE).metricName(name)
                .dimensionsMap(Map.of("Domain", domain.name())).statistic("Maximum").period(Duration.minutes(1))
                .build();
    }

    private void watch(Stage stage, NovaFunction function, Dashboard dashboard) {
        String label = function.name();
        IMetric errors = function.function().metricErrors(sum());
        IMetric throttles = function.function().metricThrottles(sum());
        IMetric duration = function.function().metricDuration(p99());
        String fn = stage.resourceName(label);
        alarm(stage, label + "-errors", errors, 0, 1, TreatMissingData.NOT_BREACHING, fn + " failed.");
        alarm(stage, label + "-throttles", throttles, 0, 1, TreatMissingData.NOT_BREACHING,
                fn + " was throttled: concurrency is exhausted.");
        double limit = function.size().timeoutSeconds() * 1000.0 * DURATION_SHARE_OF_TIMEOUT;
        alarm(stage, label + "-p99-duration", duration, limit, 3, TreatMissingData.NOT_BREACHING,
                fn + "'s p99 duration is above 80% of its timeout.");
        dashboard.addWidgets(graph(label, errors, throttles), graph(label + " p99 (ms)", duration));
    }

    private void alarm(Stage stage, String name, IMetric metric, double threshold, int periods,
                       TreatMissingData missing, String description) {
        Alarm alarm = Alarm.Builder.create(this, Names.pascal(name) + "Alarm")
                .alarmName(stage.resourceName(name))
                .alarmDescription(description + " See docs/deploy.md#alarms.")
                .metric(metric)
                .threshold(threshold)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_THRESHOLD)
                .evaluationPeriods(periods)
                .datapointsToAlarm(periods)
                .treatMissingData(missing)
                .build();
        alarm.addAlarmAction(new SnsAction(alarms));
        all.add(alarm);
    }

    private static GraphWidget graph(String title, IMetric... metrics) {
        return GraphWidget.Builder.create().title(title).left(List.of(metrics)).width(12).build();
    }

    private static MetricOptions sum() {
        return MetricOptions.builder().statistic("Sum").period(Duration.minutes(5)).build();
    }

    private static MetricOptions maximum() {
        return MetricOptions.builder().statistic("Maximum").period(Duration.minutes(1)).build();
    }

    private static MetricOptions p99() {
        return MetricOptions.builder().statistic("p99").period(Duration.minutes(5)).build();
    }

    public Topic alarmTopic() {
        return alarms;
    }

    public List<Alarm> alarms() {
        return all;
    }
}
