package dev.nova.persistence;

import java.util.Optional;

/**
 * A long job cut into bounded steps over a keyset (user ids, row ids): each step starts after a position and
 * answers the position it reached, or nothing once the job is done. A step runs in a transaction that also records
 * the checkpoint, so its work and its progress are kept together.
 */
public interface ResumableJob {

    /** The job's name, unique within the domain. */
    String name();

    /** Does one step after {@code position} (null: from the beginning); answers the next position, or empty. */
    Optional<String> step(String position);
}
