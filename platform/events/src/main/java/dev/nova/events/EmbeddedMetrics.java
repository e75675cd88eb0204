package dev.nova.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes metrics in CloudWatch's Embedded Metric Format: one JSON line on standard output that Lambda's log
 * pipeline turns into metrics, with no API call on the request path. The lines go through the {@code nova.metrics}
 * logger, which {@code logback.xml} prints raw (not wrapped in the JSON log format) and tests silence.
 */
final class EmbeddedMetrics {

    private static final Logger METRICS = LoggerFactory.getLogger("nova.metrics");

    private EmbeddedMetrics() {
    }

    static void outbox(SweepReport report) {
        METRICS.info(line(report, System.currentTimeMillis()));
    }

    /** A fast-path round's figures; nothing for a round that found nothing to send. */
    static void fastPath(String domain, RelayRound round) {
        if (round.claimed() > 0) {
            METRICS.info(fastPathLine(domain, round, System.currentTimeMillis()));
        }
    }

    static String fastPathLine(String domain, RelayRound round, long timestamp) {
        return "{\"_aws\":{\"Timestamp\":" + timestamp + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Nova\","
                + "\"Dimensions\":[[\"Domain\"]],\"Metrics\":["
                + "{\"Name\":\"outbox_published_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_failures_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_publish_lag_ms\",\"Unit\":\"Milliseconds\"}]}]},"
                + "\"Domain\":\"" + domain + "\","
                + "\"outbox_published_total\":" + round.published() + ","
                + "\"outbox_failures_total\":" + round.failed() + ","
                + "\"outbox_publish_lag_ms\":" + round.maxLagMillis() + "}";
    }

    static String line(SweepReport report, long timestamp) {
        return "{\"_aws\":{\"Timestamp\":" + timestamp + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Nova\","
                + "\"Dimensions\":[[\"Domain\"]],\"Metrics\":["
                + "{\"Name\":\"outbox_published_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_failures_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_parked\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_unpublished\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_oldest_unpublished_seconds\",\"Unit\":\"Seconds\"},"
                + "{\"Name\":\"outbox_publish_lag_ms\",\"Unit\":\"Milliseconds\"}]}]},"
                + "\"Domain\":\"" + report.domain() + "\","
                + "\"outbox_published_total\":" + report.published() + ","
                + "\"outbox_failures_total\":" + report.failed() + ","
                + "\"outbox_parked\":" + report.parkedTotal() + ","
                + "\"outbox_unpublished\":" + report.unpublished() + ","
                + "\"outbox_oldest_unpublished_seconds\":" + report.oldestUnpublishedSeconds() + ","
                + "\"outbox_publish_lag_ms\":" + report.maxLagMillis() + "}";
    }
}
