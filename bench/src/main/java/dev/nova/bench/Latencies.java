package dev.nova.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Commit and arrival times per event, and what they add up to: throughput and commit-to-queue percentiles. */
final class Latencies {

    private final Map<String, Long> committed = new ConcurrentHashMap<>();
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();

    void committed(String id) {
        committed.put(id, System.nanoTime());
    }

    void arrived(String id) {
        arrived.putIfAbsent(id, System.nanoTime());
    }

    int arrivedCount() {
        return arrived.size();
    }

    String row(String scenario) {
        long[] millis = arrived.entrySet().stream()
                .filter(e -> committed.containsKey(e.getKey()))
                .mapToLong(e -> e.getValue() - committed.get(e.getKey()))
                .sorted().toArray();
        long first = committed.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = arrived.values().stream().mapToLong(Long::longValue).max().orElse(0);
        double seconds = (last - first) / 1e9;
        return String.format("| %s | %d | %.0f | %.1f | %.1f |", scenario, millis.length,
                millis.length / seconds, percentile(millis, 0.50), percentile(millis, 0.99));
    }

    double throughput() {
        long first = committed.values().stream().mapToLong(Long::longValue).min().orElse(0);
        long last = arrived.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return arrived.size() / ((last - first) / 1e9);
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
