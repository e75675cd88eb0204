package dev.nova.users.application;

import dev.nova.kernel.Caller;
import dev.nova.kernel.DomainException;
import dev.nova.kernel.UnitOfWork;
import dev.nova.users.api.NotificationSettings;
import dev.nova.users.api.ProfileUpdate;
import dev.nova.users.api.ProfileView;
import dev.nova.users.api.SettingsUpdate;
import dev.nova.users.api.SettingsView;
import dev.nova.users.domain.Audience;
import dev.nova.users.domain.ProfileFields;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The owner's changes to their profile and settings; nobody else's. A profile change writes {@code ProfileUpdated};
 * making a private account public approves its pending follow requests, as Mastodon does.
 */
public final class ProfileEditing {

    private final Profiles profiles;
    private final FollowGraph follows;
    private final UserEvents events;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public ProfileEditing(Profiles profiles, FollowGraph follows, UserEvents events, UnitOfWork unitOfWork,
                          Clock clock) {
        this.profiles = profiles;
        this.follows = follows;
        this.events = events;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    public ProfileView updateProfile(Caller caller, ProfileUpdate update) {
        UUID owner = caller.requireUser();
        List<String> clear = new ArrayList<>();
        String displayName = field(update.displayName(), ProfileFields.displayName(update.displayName()),
                "display_name", clear);
        String bio = field(update.bio(), ProfileFields.bio(update.bio()), "bio", clear);
        String website = field(update.website(), ProfileFields.website(update.website()), "website", clear);
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            ProfileView updated = profiles.update(owner, displayName, bio, website, clear, now);
            events.profileUpdated(updated, now);
            return updated;
        });
    }

    public SettingsView updateSettings(Caller caller, SettingsUpdate update) {
        UUID owner = caller.requireUser();
        Instant now = clock.instant();
        return unitOfWork.inTransaction(() -> {
            SettingsView current = profiles.settings(owner).orElseThrow(() -> DomainException.notFound("profile"));
            NotificationSettings was = current.notifications();
            SettingsView next = new SettingsView(
                    update.isPrivate() == null ? current.isPrivate() : update.isPrivate(),
                    audience("whoCanMessage", update.whoCanMessage(), current.whoCanMessage()),
                    audience("whoCanMention", update.whoCanMention(), current.whoCanMention()),
                    audience("whoCanTag", update.whoCanTag(), current.whoCanTag()),
                    new NotificationSettings(or(update.notifyLikes(), was.likes()),
                            or(update.notifyComments(), was.comments()), or(update.notifyFollows(), was.follows()),
                            or(update.notifyMentions(), was.mentions()), or(update.notifyMessages(), was.messages())));
            profiles.saveSettings(owner, next, now);
            if (current.isPrivate() && !next.isPrivate()) {
                follows.approveAllRequestsTo(owner, now);
            }
            return next;
        });
    }

    /** A null input leaves the field; an input that clears to nothing names the column to empty. */
    private static String field(String input, String checked, String column, List<String> clear) {
        if (input != null && checked == null) {
            clear.add(column);
        }
        return checked;
    }

    private static String audience(String field, String value, String current) {
        return value == null ? current : Audience.parse(field, value).name();
    }

    private static boolean or(Boolean value, boolean current) {
        return value == null ? current : value;
    }
}
