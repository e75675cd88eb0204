package dev.nova.cdk;

import software.amazon.awscdk.services.logs.RetentionDays;

import java.util.LinkedHashMap;
import java.util.Map;

/** Log retention from a stage's day count: the shortest CloudWatch retention that keeps logs at least that long. */
final class Logs {

    private static final Map<Integer, RetentionDays> RETENTIONS = new LinkedHashMap<>();

    static {
        RETENTIONS.put(1, RetentionDays.ONE_DAY);
        RETENTIONS.put(7, RetentionDays.ONE_WEEK);
        RETENTIONS.put(14, RetentionDays.TWO_WEEKS);
        RETENTIONS.put(30, RetentionDays.ONE_MONTH);
        RETENTIONS.put(90, RetentionDays.THREE_MONTHS);
        RETENTIONS.put(180, RetentionDays.SIX_MONTHS);
        RETENTIONS.put(365, RetentionDays.ONE_YEAR);
        RETENTIONS.put(731, RetentionDays.TWO_YEARS);
    }

    private Logs() {
    }

    static RetentionDays retention(int days) {
        return RETENTIONS.entrySet().stream().filter(entry -> entry.getKey() >= days).findFirst()
                .map(Map.Entry::getValue).orElse(RetentionDays.INFINITE);
    }
}
