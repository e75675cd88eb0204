package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

import java.util.UUID;

/**
 * @param durationSeconds how long the mute lasts; null for until unmuted
 * @param notifications   mute their notifications too
 */
@Serdeable
public record MuteRequest(UUID userId, Long durationSeconds, boolean notifications) {
}
