package dev.nova.cdk;

import dev.nova.invocation.DomainDescriptor;
import dev.nova.routing.NovaDomains;
import dev.nova.routing.NovaRouting;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

import java.util.List;
import java.util.Map;

class ObservabilityStackTest {

    private final Synthesized dev = Synthesized.dev();
    private final Template alarms = dev.template(dev.nova.observability());

    @Test
    void anyMessageInADeadLetterQueueAlarms() {
        for (var route : NovaRouting.ROUTING.routes()) {
            alarms.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "nova-dev-" + route.queue() + "-dlq-not-empty",
                    "MetricName", "ApproximateNumberOfMessagesVisible",
                    "Namespace", "AWS/SQS",
                    "Threshold", 0,
                    "ComparisonOperator", "GreaterThanThreshold",
                    "AlarmActions", List.of(Match.anyValue())));
        }
    }

    @Test
    void everyFunctionAlarmsOnErrorsThrottlesAndANearTimeoutP99() {
        for (NovaFunction function : List.of(dev.nova.functions().gateway(), dev.nova.schedulers().outboxSweeper(),
                dev.nova.functions().consumers().get(0))) {
            String name = "nova-dev-" + function.name();
            alarms.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", name + "-errors",
                    "MetricName", "Errors", "Statistic", "Sum", "Threshold", 0));
            alarms.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", name + "-throttles",
                    "MetricName", "Throttles", "Threshold", 0));
            alarms.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of("AlarmName", name + "-p99-duration",
                    "MetricName", "Duration", "ExtendedStatistic", "p99",
                    "Threshold", function.size().timeoutSeconds() * 1000 * 0.8));
        }
    }

    @Test
    void aStalledOutboxOrASilentSweeperAlarms() {
        assertOutboxAlarms("outbox-stalled", "outbox_oldest_unpublished_seconds", 300, "TreatMissingData", "breaching");
    }

    @Test
    void aParkedOutboxEventAlarmsThoughItNoLongerAgesTheOutbox() {
        assertOutboxAlarms("outbox-parked", "outbox_parked", 0, "EvaluationPeriods", 1);
    }

    /** Each domain's alarm on a metric of the outbox sweeper, with one more property that sets it apart. */
    private void assertOutboxAlarms(String alarm, String metric, int threshold, String property, Object value) {
        for (DomainDescriptor domain : NovaDomains.ALL) {
            alarms.hasResourceProperties("AWS::CloudWatch::Alarm", Map.of(
                    "AlarmName", "nova-dev-" + domain.name() + "-" + alarm,
                    "Namespace", "Nova",
                    "MetricName", metric,
                    "Dimensions", List.of(Map.of("Name", "Domain", "Value", domain.name())),
                    "Threshold", threshold,
                    property, value));
        }
    }

    @Test
    void alarmsGoToAnEncryptedTopicAndADashboardShowsTheSystem() {
        alarms.hasResourceProperties("AWS::SNS::Topic", Map.of("TopicName", "nova-dev-alarms",
                "KmsMasterKeyId", Match.anyValue()));
        alarms.resourceCountIs("AWS::CloudWatch::Dashboard", 1);
    }
}
