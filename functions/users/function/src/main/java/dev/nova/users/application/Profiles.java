package dev.nova.users.application;

import dev.nova.users.api.ProfileView;
import dev.nova.users.api.SettingsView;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Profiles and their settings. Reads answer live profiles only. */
public interface Profiles {

    /** Makes the profile of a new account; false when it exists already (a redelivered event). */
    boolean create(UUID userId, String username, Instant at);

    void rename(UUID userId, String username, Instant at);

    /** Hides the profile for good: it answers no read from now on. */
    void markDeleted(UUID userId, Instant at);

    /** The live profile with this lower-cased username, unless its owner blocks {@code viewer}. */
    Optional<ProfileView> byUsername(String normalizedUsername, UUID viewer);

    /** Of {@code ids}, the live profiles that do not block {@code viewer}, in one statement. */
    List<ProfileView> byIds(Collection<UUID> ids, UUID viewer);

    /**
     * What {@code viewer} may see of {@code target}'s account, in one statement; empty for no live profile.
     */
    Optional<Visibility> visibility(UUID target, UUID viewer);

    /** {@link #visibility} of each live account of {@code targets}, in one statement. */
    List<Visibility> visibilities(Collection<UUID> targets, UUID viewer);

    /** Sets the given profile fields (a null field is left as it is; {@code clear} names fields to empty). */
    ProfileView update(UUID userId, String displayName, String bio, String website, Collection<String> clear,
                       Instant at);

    Optional<SettingsView> settings(UUID userId);

    void saveSettings(UUID userId, SettingsView settings, Instant at);

    /** Adds {@code delta} to the followee's follower count and the follower's following count, in one statement. */
    void countFollow(UUID follower, UUID followee, int delta);

    /**
     * One account as another sees it.
     *
     * @param blocksViewer   the account blocks the viewer
     * @param viewerFollows  the viewer follows the account
     */
    record Visibility(ProfileView profile, boolean blocksViewer, boolean viewerFollows) {

        /** Followers and following lists: the owner's, a public account's, or a private one's for its followers. */
        public boolean listsVisibleTo(UUID viewer) {
            return profile.id().equals(viewer) || !profile.isPrivate() || viewerFollows;
        }
    }
}
