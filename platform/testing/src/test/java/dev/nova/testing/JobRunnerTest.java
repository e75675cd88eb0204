package dev.nova.testing;

import com.zaxxer.hikari.HikariDataSource;
import dev.nova.persistence.DomainDataSources;
import dev.nova.persistence.JobRunner;
import dev.nova.persistence.ResumableJob;
import dev.nova.persistence.StandaloneTransactions;
import dev.nova.persistence.Transactions;
import org.junit.jupiter.api.Test;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A long job stopped by its time budget or by a failure resumes where it stopped, touching every row once. */
class JobRunnerTest {

    @Test
    void resumesAfterABudgetAndAFailureAndTouchesEveryRowExactlyOnce() {
        try (HikariDataSource dataSource = DomainDataSources.open(TestPostgres.newDomainDatabase("epsilon"));
             StandaloneTransactions standalone = StandaloneTransactions.over(dataSource)) {
            Transactions transactions = standalone.transactions();
            JobRunner runner = new JobRunner(transactions, Clock.systemUTC());
            TouchItems job = new TouchItems(transactions);
            Instant later = Instant.now().plusSeconds(60);

            JobRunner.JobProgress first = runner.run(job, later, 3);
            job.failAtStep = job.steps.get() + 2;
            assertThatThrownBy(() -> runner.run(job, later, 100)).hasMessageContaining("crashed");
            JobRunner.JobProgress last = runner.run(job, later, 100);

            assertThat(first.finished()).isFalse();
            assertThat(first.steps()).isEqualTo(3);
            assertThat(last.finished()).isTrue();
            assertThat(count(transactions, "SELECT count(*) FROM items WHERE touched = 1")).isEqualTo(1000);
            assertThat(count(transactions, "SELECT count(*) FROM items WHERE touched <> 1")).isZero();
            assertThat(count(transactions, "SELECT count(*) FROM job_checkpoints")).isZero();
            assertThat(runner.run(job, Instant.now().minusSeconds(1), 100).steps())
                    .as("a run past its deadline does nothing").isZero();
        }
    }

    private static long count(Transactions transactions, String sql) {
        return transactions.withConnection(connection -> {
            try (ResultSet row = connection.createStatement().executeQuery(sql)) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    /** Touches items in id order, 100 a step, and can be told to crash mid-step, after writing. */
    private static final class TouchItems implements ResumableJob {

        final AtomicInteger steps = new AtomicInteger();
        int failAtStep = -1;
        private final Transactions transactions;

        TouchItems(Transactions transactions) {
            this.transactions = transactions;
        }

        @Override
        public String name() {
            return "touch-items";
        }

        @Override
        public Optional<String> step(String position) {
            int after = position == null ? 0 : Integer.parseInt(position);
            int last = transactions.withConnection(connection -> {
                try (PreparedStatement touch = connection.prepareStatement("""
                        UPDATE items SET touched = touched + 1
                        WHERE id IN (SELECT id FROM items WHERE id > ? ORDER BY id LIMIT 100)
                        RETURNING id""")) {
                    touch.setInt(1, after);
                    int max = 0;
                    try (ResultSet row = touch.executeQuery()) {
                        while (row.next()) {
                            max = Math.max(max, row.getInt(1));
                        }
                    }
                    return max;
                }
            });
            if (steps.incrementAndGet() == failAtStep) {
                throw new IllegalStateException("crashed after writing, before committing");
            }
            return last == 0 ? Optional.empty() : Optional.of(Integer.toString(last));
        }
    }
}
