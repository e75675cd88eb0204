package dev.nova.events;

/**
 * Writes metrics in CloudWatch's Embedded Metric Format: one JSON line on standard output that Lambda's log
 * pipeline turns into metrics, with no API call on the request path.
 */
final class EmbeddedMetrics {

    private EmbeddedMetrics() {
    }

    static void outbox(SweepReport report) {
        System.out.println(line(report, System.currentTimeMillis()));
    }

    static String line(SweepReport report, long timestamp) {
        return "{\"_aws\":{\"Timestamp\":" + timestamp + ",\"CloudWatchMetrics\":[{\"Namespace\":\"Nova\","
                + "\"Dimensions\":[[\"Domain\"]],\"Metrics\":["
                + "{\"Name\":\"outbox_published_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_failures_total\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_parked\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_unpublished\",\"Unit\":\"Count\"},"
                + "{\"Name\":\"outbox_oldest_unpublished_seconds\",\"Unit\":\"Seconds\"}]}]},"
                + "\"Domain\":\"" + report.domain() + "\","
                + "\"outbox_published_total\":" + report.published() + ","
                + "\"outbox_failures_total\":" + report.failed() + ","
                + "\"outbox_parked\":" + report.parkedTotal() + ","
                + "\"outbox_unpublished\":" + report.unpublished() + ","
                + "\"outbox_oldest_unpublished_seconds\":" + report.oldestUnpublishedSeconds() + "}";
    }
}
