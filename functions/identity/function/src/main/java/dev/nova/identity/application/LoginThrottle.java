package dev.nova.identity.application;

import dev.nova.identity.domain.Account;
import dev.nova.identity.domain.SecretToken;
import dev.nova.kernel.ClientInfo;
import dev.nova.kernel.DomainException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Slows password guessing without letting anyone lock an owner out. Failures of the last hour are counted three
 * ways, and each count has a delay that the next attempt must wait out, answered as {@code RATE_LIMITED} with a
 * retry-after:
 * <ul>
 *   <li>this identifier from this address: after 5 failures, 1 s, doubling with each further failure, at most 15
 *       minutes (the guesser at one address);</li>
 *   <li>this address against any identifier: after 30 failures, the same doubling (one address spraying many
 *       accounts);</li>
 *   <li>this identifier from anywhere: after 50 failures, one attempt per 72 s account-wide, which caps failures at
 *       about 100 an hour per account however many addresses guess. The owner waits at most 72 s, and an address
 *       the account signed in from during the last 30 days is exempt from this limit (not from the first).</li>
 * </ul>
 * A correct password clears its own address's failures. Identifiers that name no account are counted under a hash
 * of the identifier, exactly as accounts are, so throttling tells nothing about which accounts exist.
 */
public final class LoginThrottle {

    static final Duration WINDOW = Duration.ofHours(1);
    static final int PAIR_FREE = 5;
    static final int ADDRESS_FREE = 30;
    static final int ACCOUNT_FREE = 50;
    static final Duration ACCOUNT_SPACING = Duration.ofSeconds(72);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    private static final Duration KNOWN_ADDRESS_AGE = Duration.ofDays(30);
    private static final String UNKNOWN_ADDRESS = "unknown";
    private static final int PRUNE_EVERY = 256;

    private final LoginFailures failures;
    private final Sessions sessions;
    private final Clock clock;
    private final AtomicLong recorded = new AtomicLong();

    public LoginThrottle(LoginFailures failures, Sessions sessions, Clock clock) {
        this.failures = failures;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The key failures are counted under: the account, or a hash of an identifier that names none. */
    static String keyOf(Optional<Account> account, String normalizedIdentifier) {
        return account.map(found -> found.id().toString())
                .orElseGet(() -> "unknown:" + SecretToken.sha256(normalizedIdentifier));
    }

    /** Refuses with {@code RATE_LIMITED} while a delay is running for this key or address. */
    public void check(String key, UUID accountId, ClientInfo client) {
        Instant now = clock.instant();
        String address = addressOf(client);
        LoginFailures.Recent recent = failures.since(key, address, now.minus(WINDOW));
        Duration wait = longest(
                remaining(now, recent.lastForPair(), doubling(recent.forPair(), PAIR_FREE)),
                remaining(now, recent.lastForAddress(), doubling(recent.forAddress(), ADDRESS_FREE)));
        if (recent.forKey() >= ACCOUNT_FREE) {
            Duration spacing = remaining(now, recent.lastForKey(), ACCOUNT_SPACING);
            if (!spacing.isZero() && !knownAddress(accountId, address, now)) {
                wait = longest(wait, spacing);
            }
        }
        if (!wait.isZero()) {
            throw DomainException.rateLimited("too many failed sign-ins; try again later", wait);
        }
    }

    /** Records a failure; every 256th also deletes the failures that have left the window. */
    public void failed(String key, ClientInfo client) {
        Instant now = clock.instant();
        failures.record(key, addressOf(client), now);
        if (recorded.incrementAndGet() % PRUNE_EVERY == 0) {
            failures.prune(now.minus(WINDOW));
        }
    }

    public void succeeded(String key, ClientInfo client) {
        failures.clear(key, addressOf(client));
    }

    private boolean knownAddress(UUID accountId, String address, Instant now) {
        return accountId != null && !address.equals(UNKNOWN_ADDRESS)
                && sessions.signedInFrom(accountId, address, now.minus(KNOWN_ADDRESS_AGE));
    }

    /** No delay up to {@code free} failures, then 1 s doubling with each one, at most {@link #MAX_DELAY}. */
    static Duration doubling(int count, int free) {
        if (count < free) {
            return Duration.ZERO;
        }
        int exponent = Math.min(count - free, 20);
        Duration delay = Duration.ofSeconds(1L << exponent);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static Duration remaining(Instant now, Instant last, Duration delay) {
        if (last == null || delay.isZero()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(now, last.plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static Duration longest(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String addressOf(ClientInfo client) {
        return client == null || client.address() == null || client.address().isBlank() ? UNKNOWN_ADDRESS
                : client.address();
    }
}
