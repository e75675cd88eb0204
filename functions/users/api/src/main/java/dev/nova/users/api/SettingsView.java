package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An account's settings.
 *
 * @param whoCanMessage  {@code EVERYONE}, {@code FOLLOWING} (people I follow) or {@code NOBODY}; likewise the others
 */
@Serdeable
public record SettingsView(boolean isPrivate, String whoCanMessage, String whoCanMention, String whoCanTag,
                           NotificationSettings notifications) {
}
