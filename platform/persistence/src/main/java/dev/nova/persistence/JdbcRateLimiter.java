package dev.nova.persistence;

import dev.nova.kernel.DomainException;
import dev.nova.kernel.RateLimit;
import dev.nova.kernel.RateLimiter;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * Token buckets in the domain's {@code rate_limits} table: one statement a check, which refills the bucket for
 * the time since its last use, takes a token when there is one, and says whether it did. Concurrent checks of one
 * bucket queue on its row, so no token is taken twice. The check runs in its own statement, outside the use case's
 * transaction: a refused call changes nothing, an allowed one has spent its token even if it then fails.
 */
public final class JdbcRateLimiter implements RateLimiter {

    /**
     * The bucket's tokens after refilling, {@code LEAST(burst, tokens + elapsed seconds x refill)}; written out in
     * each place it is needed, as an upsert's SET cannot name it once. Binds the burst, then the refill per second.
     */
    private static final String REFILLED = "LEAST(?, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM (EXCLUDED.updated_at "
            + "- b.updated_at))) * ?)";
    private static final int REFILLED_USES = 3;
    private static final String TAKE = """
            INSERT INTO rate_limits AS b (bucket, tokens, updated_at, allowed) VALUES (?, ? - 1, ?, true)
            ON CONFLICT (bucket) DO UPDATE SET
                tokens = %1$s - CASE WHEN %1$s >= 1 THEN 1 ELSE 0 END,
                allowed = %1$s >= 1,
                updated_at = EXCLUDED.updated_at
            RETURNING b.tokens, b.allowed""".formatted(REFILLED);

    private final Transactions transactions;
    private final Clock clock;
    private final double scale;

    /**
     * @param scale multiplies every limit's burst and refill: 1 in AWS; the local runtime and the shared test
     *              fixtures raise it, since every client there is one loopback address
     */
    public JdbcRateLimiter(Transactions transactions, Clock clock, double scale) {
        this.transactions = transactions;
        this.clock = clock;
        this.scale = scale;
    }

    @Override
    public void acquire(String bucket, RateLimit declared) {
        RateLimit limit = new RateLimit(declared.name(), (int) Math.max(1, Math.round(declared.burst() * scale)),
                declared.per(), declared.scope());
        double refill = limit.refillPerSecond();
        Timestamp now = Timestamp.from(clock.instant());
        Taken taken = transactions.withConnection(connection -> {
            try (PreparedStatement take = connection.prepareStatement(TAKE)) {
                take.setString(1, bucket);
                take.setInt(2, limit.burst());
                take.setTimestamp(3, now);
                for (int use = 0; use < REFILLED_USES; use++) {
                    take.setInt(4 + 2 * use, limit.burst());
                    take.setDouble(5 + 2 * use, refill);
                }
                try (ResultSet row = take.executeQuery()) {
                    row.next();
                    return new Taken(row.getDouble(1), row.getBoolean(2));
                }
            }
        });
        if (!taken.allowed()) {
            long seconds = (long) Math.ceil((1 - taken.tokensLeft()) / refill);
            throw DomainException.rateLimited("too many requests of this kind: try again in " + seconds + " s",
                    Duration.ofSeconds(Math.max(1, seconds)));
        }
    }

    private record Taken(double tokensLeft, boolean allowed) {
    }
}
