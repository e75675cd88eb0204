package dev.nova.kernel;

import java.time.Duration;

/**
 * How often one caller may do one thing: a token bucket of {@code burst} tokens, refilled evenly over
 * {@code per} (so {@code burst} at once, then one every {@code per / burst}).
 *
 * @param name  the bucket family, part of each bucket's key ({@code users.follow})
 * @param scope whose bucket a call takes from: the signed-in user's, or the client address's (for calls made
 *              before there is a user, such as sign-up)
 */
public record RateLimit(String name, int burst, Duration per, Scope scope) {

    public enum Scope { USER, CLIENT_ADDRESS }

    public RateLimit {
        if (burst < 1 || per.isNegative() || per.isZero()) {
            throw new IllegalArgumentException("a rate limit needs a burst of 1 or more and a positive period");
        }
    }

    public static RateLimit perUser(String name, int burst, Duration per) {
        return new RateLimit(name, burst, per, Scope.USER);
    }

    public static RateLimit perClientAddress(String name, int burst, Duration per) {
        return new RateLimit(name, burst, per, Scope.CLIENT_ADDRESS);
    }

    /** Tokens added per second. */
    public double refillPerSecond() {
        return burst / (per.toMillis() / 1000.0);
    }

    /**
     * The bucket {@code caller} takes from; empty when the limit does not apply to it (Nova's own calls, an
     * anonymous caller of a per-user limit, which the operation refuses anyway, or an unknown address).
     */
    public java.util.Optional<String> bucketOf(Caller caller) {
        if (caller.hasRole(Caller.SYSTEM_ROLE)) {
            return java.util.Optional.empty();
        }
        String who = scope == Scope.USER ? (caller.userId() == null ? null : caller.userId().toString())
                : caller.client().address();
        return who == null ? java.util.Optional.empty() : java.util.Optional.of(name + ":" + who);
    }
}
