package dev.nova.users.api;

import io.micronaut.serde.annotation.Serdeable;

/** A change of settings: null leaves a value as it is. */
@Serdeable
public record SettingsUpdate(Boolean isPrivate, String whoCanMessage, String whoCanMention, String whoCanTag,
                             Boolean notifyLikes, Boolean notifyComments, Boolean notifyFollows,
                             Boolean notifyMentions, Boolean notifyMessages) {
}
