package dev.nova.cdk;

import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Log groups as a stage keeps them: the shortest CloudWatch retention that keeps logs the stage's day count, and kept
 * after the stack's deletion when the stage retains its data.
 */
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

    /** A log group of the stage; {@code name} null lets CloudFormation name it. */
    static LogGroup group(Construct scope, String id, String name, Stage stage) {
        return LogGroup.Builder.create(scope, id)
                .logGroupName(name)
                .retention(retention(stage.logRetentionDays()))
                .removalPolicy(stage.retainData() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY)
                .build();
    }

    static RetentionDays retention(int days) {
        return RETENTIONS.entrySet().stream().filter(entry -> entry.getKey() >= days).findFirst()
                .map(Map.Entry::getValue).orElse(RetentionDays.INFINITE);
    }
}
