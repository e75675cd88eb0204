package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

/** Which notifications an account wants. */
@Serdeable
public record NotificationSettings(boolean likes, boolean comments, boolean follows, boolean mentions,
                                   boolean messages) {
}
