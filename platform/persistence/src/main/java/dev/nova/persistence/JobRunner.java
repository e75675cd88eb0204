package dev.nova.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Runs a {@link ResumableJob} for as long as a run may last (a Lambda has at most 15 minutes), saving a checkpoint
 * after every step in the step's own transaction. The next run resumes where the last one stopped, whether it ran
 * out of time or failed; a finished job forgets its checkpoint, so its next run starts a new pass.
 */
public final class JobRunner {

    private final Transactions transactions;
    private final Clock clock;

    public JobRunner(Transactions transactions, Clock clock) {
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs steps until the job is done, {@code deadline} has passed, or {@code maxSteps} steps have run. */
    public JobProgress run(ResumableJob job, Instant deadline, int maxSteps) {
        int steps = 0;
        boolean finished = false;
        while (!finished && steps < maxSteps && clock.instant().isBefore(deadline)) {
            finished = transactions.inTransaction(() -> {
                Optional<String> next = job.step(checkpoint(job.name()));
                if (next.isPresent()) {
                    save(job.name(), next.get());
                } else {
                    forget(job.name());
                }
                return next.isEmpty();
            });
            steps++;
        }
        return new JobProgress(job.name(), steps, finished);
    }

    private String checkpoint(String job) {
        return transactions.withConnection(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT position FROM job_checkpoints WHERE job = ? FOR UPDATE")) {
                query.setString(1, job);
                try (ResultSet row = query.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        });
    }

    private void save(String job, String position) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.withConnection(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO job_checkpoints (job, position, started_at, updated_at) VALUES (?, ?, ?, ?)
                    ON CONFLICT (job) DO UPDATE SET position = excluded.position, updated_at = excluded.updated_at""")) {
                upsert.setString(1, job);
                upsert.setString(2, position);
                upsert.setTimestamp(3, now);
                upsert.setTimestamp(4, now);
                return upsert.executeUpdate();
            }
        });
    }

    private void forget(String job) {
        transactions.withConnection(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM job_checkpoints WHERE job = ?")) {
                delete.setString(1, job);
                return delete.executeUpdate();
            }
        });
    }

    /**
     * How far a run got.
     *
     * @param finished true when the job completed its pass in this run
     */
    public record JobProgress(String job, int steps, boolean finished) {
    }
}
