package dev.nova.identity.domain;

import java.time.Instant;
import java.util.UUID;

/** An account: who someone is to Nova, and the hash that proves it. */
public record Account(UUID id, EmailAddress email, Username username, String passwordHash, Instant createdAt) {

    /** The one answer for an unknown identifier and a wrong password alike: no user enumeration. */
    public static final String WRONG_CREDENTIALS = "wrong email, username or password";
}
