package dev.nova.identity.application;

import java.time.Instant;

/** Failed sign-ins of the recent past, by throttle key (an account, or an unknown identifier) and client address. */
public interface LoginFailures {

    /**
     * Failures since {@code since}: counts and latest time, for the key, for the key from this address, and for the
     * address against any key (read in one statement).
     */
    Recent since(String key, String address, Instant since);

    void record(String key, String address, Instant at);

    /** Forgets the key's failures from this address (after a correct password from it). */
    void clear(String key, String address);

    /** Deletes failures older than {@code before}. */
    int prune(Instant before);

    /** Recent failures; a latest time is null when its count is zero. */
    record Recent(int forKey, Instant lastForKey, int forPair, Instant lastForPair, int forAddress,
                  Instant lastForAddress) {
    }
}
