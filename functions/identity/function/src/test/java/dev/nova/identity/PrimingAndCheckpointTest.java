package dev.nova.identity;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import dev.nova.events.LocalQueues;
import dev.nova.invocation.FunctionContexts;
import dev.nova.invocation.FunctionPriming;
import dev.nova.invocation.Primer;
import dev.nova.persistence.Transactions;
import dev.nova.routing.NovaRouting;
import dev.nova.testing.TestIdentity;
import dev.nova.testing.TestPostgres;
import dev.nova.testing.TestSqs;
import io.micronaut.context.ApplicationContext;
import io.micronaut.crac.test.CheckpointSimulator;
import io.micronaut.inject.qualifiers.Qualifiers;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identity started and primed as its Lambda init does it, then taken through SnapStart's checkpoint and restore with
 * micronaut-crac's simulator: priming opens the pool and runs the database, argon2id and token paths; the
 * checkpoint leaves no connection open to be frozen into the snapshot; after the restore the pool serves again.
 */
class PrimingAndCheckpointTest {

    @Test
    void primingWarmsTheDatabaseAndTheCheckpointClosesEveryConnection() throws Exception {
        Map<String, Object> properties = TestIdentity.properties(TestPostgres.newDomainDatabase("identity"));
        properties.putAll(LocalQueues.provision(TestSqs.server().endpoint(), NovaRouting.ROUTING, "priming-", 30));
        // Built as the Lambda entry builds it (every singleton made at start); "test" is the environment
        // micronaut-crac's CheckpointSimulator is made in.
        try (ApplicationContext context = FunctionContexts.lambda("identity").environments("test")
                .properties(properties).start()) {
            Transactions transactions = context.getBean(Transactions.class);
            HikariPoolMXBean pool = context.getBean(DataSource.class).unwrap(HikariDataSource.class)
                    .getHikariPoolMXBean();
            long statements = transactions.statementsIssued();

            assertThat(FunctionPriming.run(context)).as("the database, SQS and identity primers").isEqualTo(3);
            assertThat(transactions.statementsIssued()).isGreaterThan(statements);
            assertThat(pool.getTotalConnections()).isPositive();

            CheckpointSimulator snapStart = context.getBean(CheckpointSimulator.class);
            snapStart.runBeforeCheckpoint();
            awaitNoConnections(pool);

            snapStart.runAfterRestore();
            boolean serving = transactions.withConnection(connection -> connection.isValid(1));
            assertThat(serving).isTrue();
        }
    }

    @Test
    void aFailingPrimerIsSkippedAndTheOthersStillRun() {
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false)
                .environments("priming-test").build()) {
            int[] ran = {0};
            context.registerSingleton(Primer.class, () -> {
                throw new IllegalStateException("no database at init");
            }, Qualifiers.byName("failing"));
            context.registerSingleton(Primer.class, () -> ran[0]++,
                    Qualifiers.byName("working"));
            context.start();

            assertThat(FunctionPriming.run(context)).isEqualTo(1);
            assertThat(ran[0]).isEqualTo(1);
        }
    }

    private static void awaitNoConnections(HikariPoolMXBean pool) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (pool.getTotalConnections() > 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
        assertThat(pool.getTotalConnections()).as("connections left for the snapshot").isZero();
    }
}
