package dev.nova.events;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric lines are CloudWatch Embedded Metric Format: JSON with the metadata and a value for each metric. */
class EmbeddedMetricsTest {

    @Test
    void aSweepReportBecomesOneEmfLineWithEveryDeclaredMetric() throws Exception {
        String line = EmbeddedMetrics.line(new SweepReport("identity", 7, 2, 1, 30, 4, 1, 12, 950), 1_795_320_000_000L);

        assertEmf(line, Map.of("outbox_published_total", 7, "outbox_failures_total", 2, "outbox_parked", 1,
                "outbox_unpublished", 4, "outbox_oldest_unpublished_seconds", 12, "outbox_publish_lag_ms", 950));
    }

    @Test
    void aFastPathRoundReportsItsPublishedFailuresAndLag() throws Exception {
        String line = EmbeddedMetrics.fastPathLine("identity", new RelayRound(3, 3, 0, 0, 41), 1_795_320_000_000L);

        assertEmf(line, Map.of("outbox_published_total", 3, "outbox_failures_total", 0, "outbox_publish_lag_ms", 41));
    }

    @SuppressWarnings("unchecked")
    private static void assertEmf(String line, Map<String, Integer> values) throws Exception {
        Map<String, Object> emf = ObjectMapper.getDefault().readValue(line, Argument.mapOf(String.class, Object.class));
        Map<String, Object> aws = (Map<String, Object>) emf.get("_aws");
        Map<String, Object> directive = ((List<Map<String, Object>>) aws.get("CloudWatchMetrics")).get(0);
        List<Map<String, Object>> declared = (List<Map<String, Object>>) directive.get("Metrics");

        assertThat(aws).containsEntry("Timestamp", 1_795_320_000_000L);
        assertThat(directive).containsEntry("Namespace", "Nova");
        assertThat(emf).containsEntry("Domain", "identity");
        assertThat(declared).extracting(m -> m.get("Name")).containsExactlyInAnyOrderElementsOf(values.keySet());
        values.forEach((name, value) -> assertThat(((Number) emf.get(name)).intValue()).as(name).isEqualTo(value));
    }
}
